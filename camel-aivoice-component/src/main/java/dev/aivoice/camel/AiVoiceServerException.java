package dev.aivoice.camel;

/** The provider failed (HTTP 5xx, Ringly "An unexpected server error occurred"). */
public class AiVoiceServerException extends AiVoiceException {

    public AiVoiceServerException(String message, AiVoiceError error) {
        super(message, error);
    }

    public AiVoiceServerException(String message, AiVoiceError error, Throwable cause) {
        super(message, error, cause);
    }
}
