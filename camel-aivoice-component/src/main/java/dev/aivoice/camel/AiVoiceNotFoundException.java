package dev.aivoice.camel;

/** The provider cannot find what the request names (HTTP 404, Ringly "Cannot find requested asset"). */
public class AiVoiceNotFoundException extends AiVoiceException {

    public AiVoiceNotFoundException(String message, AiVoiceError error) {
        super(message, error);
    }

    public AiVoiceNotFoundException(String message, AiVoiceError error, Throwable cause) {
        super(message, error, cause);
    }
}
