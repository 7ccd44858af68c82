package dev.aivoice.camel;

import java.util.List;

/**
 * Bad input found before any request was sent: a missing field, a number that is not E.164, a bad variable key.
 * {@link #getField()} names the (first) offending field in the provider's JSON terms (e.g. {@code to_number},
 * {@code dynamic_variables.first name}); {@link #getViolations()} lists every bad field of the request, so that
 * fixing one does not just reveal the next.
 */
public class AiVoiceValidationException extends AiVoiceException {

    /** One bad field and what was wrong with it (the message of its own check). */
    public record Violation(String field, String message) {
    }

    private final String field;
    private final List<Violation> violations;

    public AiVoiceValidationException(String field, String message, AiVoiceError error) {
        super(message, error);
        this.field = field;
        this.violations = List.of(new Violation(field, message));
    }

    /**
     * Several bad fields of one request at once.
     *
     * @param violations at least one; the first gives {@link #getField()}
     */
    public AiVoiceValidationException(List<Violation> violations, String message, AiVoiceError error) {
        super(message, error);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure needs at least one violation");
        }
        this.field = violations.get(0).field();
        this.violations = List.copyOf(violations);
    }

    /** The field that was wrong (the first one when several were), as the provider's JSON names it. */
    public String getField() {
        return field;
    }

    /** Every bad field of the request, in the order checked; one entry when only one was wrong. */
    public List<Violation> getViolations() {
        return violations;
    }
}
