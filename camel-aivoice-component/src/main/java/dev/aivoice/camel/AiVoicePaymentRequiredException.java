package dev.aivoice.camel;

/** The account cannot pay for the call (HTTP 402, Ringly "Trial has ended"). */
public class AiVoicePaymentRequiredException extends AiVoiceException {

    public AiVoicePaymentRequiredException(String message, AiVoiceError error) {
        super(message, error);
    }

    public AiVoicePaymentRequiredException(String message, AiVoiceError error, Throwable cause) {
        super(message, error, cause);
    }
}
