package dev.aivoice.camel;

/**
 * The provider rate limited the account (HTTP 429, Ringly "Account rate limited"). {@link #getRetryAfter()} holds
 * the wait the provider asked for, when it sent a {@code Retry-After} header.
 */
public class AiVoiceRateLimitException extends AiVoiceException {

    public AiVoiceRateLimitException(String message, AiVoiceError error) {
        super(message, error);
    }

    public AiVoiceRateLimitException(String message, AiVoiceError error, Throwable cause) {
        super(message, error, cause);
    }
}
