package dev.aivoice.camel;

/** The provider refused the API key (HTTP 401 or 403, Ringly "API key is missing or invalid"). */
public class AiVoiceAuthenticationException extends AiVoiceException {

    public AiVoiceAuthenticationException(String message, AiVoiceError error) {
        super(message, error);
    }

    public AiVoiceAuthenticationException(String message, AiVoiceError error, Throwable cause) {
        super(message, error, cause);
    }
}
