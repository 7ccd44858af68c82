package dev.aivoice.camel;

/**
 * Bad input found before any request was sent: a missing field, a number that is not E.164, a bad variable key.
 * {@link #getField()} names the offending field in the provider's JSON terms (e.g. {@code to_number},
 * {@code dynamic_variables.first name}).
 */
public class AiVoiceValidationException extends AiVoiceException {

    private final String field;

    public AiVoiceValidationException(String field, String message, AiVoiceError error) {
        super(message, error);
        this.field = field;
    }

    /** The field that was wrong, as the provider's JSON names it. */
    public String getField() {
        return field;
    }
}
