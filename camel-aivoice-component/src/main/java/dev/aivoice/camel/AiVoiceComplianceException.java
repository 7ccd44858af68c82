package dev.aivoice.camel;

import java.time.Instant;

/**
 * The pre-dial compliance gate refused a call before anything was sent: the recipient is on the do-not-call list, or
 * it is outside the calling window (hours and days) in the recipient's time zone.
 */
public class AiVoiceComplianceException extends AiVoiceValidationException {

    /** {@link #getReason()} of a call refused because of the recipient's local time or day. */
    public static final String OUTSIDE_CALLING_WINDOW = "outside calling window";
    /** {@link #getReason()} of a call to a number on the do-not-call list. */
    public static final String DO_NOT_CALL = "do not call";

    private final String reason;
    private final Instant nextAllowedTime;

    public AiVoiceComplianceException(String field, String message, AiVoiceError error, String reason,
                                      Instant nextAllowedTime) {
        super(field, message, error);
        this.reason = reason;
        this.nextAllowedTime = nextAllowedTime;
    }

    /** {@value #OUTSIDE_CALLING_WINDOW} or {@value #DO_NOT_CALL}. */
    public String getReason() {
        return reason;
    }

    /**
     * The first instant at which the call would be allowed in every time zone of the recipient; null for a do-not-call
     * number, or when no such time exists (unknown zone, no window for the recipient's country).
     */
    public Instant getNextAllowedTime() {
        return nextAllowedTime;
    }
}
