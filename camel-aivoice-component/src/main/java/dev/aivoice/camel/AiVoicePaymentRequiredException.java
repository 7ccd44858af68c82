package dev.aivoice.camel;

import java.util.Optional;

/**
 * The account cannot pay for the call (HTTP 402, Ringly "Trial has ended"), or Ringg's credit check before a
 * {@code bulkStart} with {@code checkBalance=true} found too few credits: then nothing was dialled and the exception
 * carries the credits required and available.
 */
public class AiVoicePaymentRequiredException extends AiVoiceException {

    private final Double requiredCredits;
    private final Double availableCredits;

    public AiVoicePaymentRequiredException(String message, AiVoiceError error) {
        this(message, error, null, null);
    }

    public AiVoicePaymentRequiredException(String message, AiVoiceError error, Throwable cause) {
        super(message, error, cause);
        this.requiredCredits = null;
        this.availableCredits = null;
    }

    /** A refusal with the figures of the provider's credit check (each null when the provider did not give it). */
    public AiVoicePaymentRequiredException(String message, AiVoiceError error, Double requiredCredits,
                                           Double availableCredits) {
        super(message, error);
        this.requiredCredits = requiredCredits;
        this.availableCredits = availableCredits;
    }

    /** The credits the work needs, when the provider said. */
    public Optional<Double> getRequiredCredits() {
        return Optional.ofNullable(requiredCredits);
    }

    /** The credits the account has, when the provider said. */
    public Optional<Double> getAvailableCredits() {
        return Optional.ofNullable(availableCredits);
    }
}
