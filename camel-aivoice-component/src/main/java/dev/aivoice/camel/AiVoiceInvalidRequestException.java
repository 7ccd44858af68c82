package dev.aivoice.camel;

/** The provider says the request is invalid (HTTP 400 or 422, Ringly "Invalid request format"). */
public class AiVoiceInvalidRequestException extends AiVoiceException {

    public AiVoiceInvalidRequestException(String message, AiVoiceError error) {
        super(message, error);
    }

    public AiVoiceInvalidRequestException(String message, AiVoiceError error, Throwable cause) {
        super(message, error, cause);
    }
}
