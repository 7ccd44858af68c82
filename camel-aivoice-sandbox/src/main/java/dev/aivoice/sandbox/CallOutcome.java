package dev.aivoice.sandbox;

import java.time.Duration;

/** What happens when the sandbox dials a number: the callee talks for a while, or the call is not picked up. */
public final class CallOutcome {

    /** How an attempt ends. */
    public enum Result {
        /** picked up; the call completes after the talk time */
        ANSWERED,
        /** rings out; retried as the call's retry config says, then {@code failed} */
        NOT_ANSWERED,
        /** line busy; retried like {@link #NOT_ANSWERED} after {@code retry_busy} */
        BUSY
    }

    private final Result result;
    private final Duration talkTime;
    private final String summary;
    private final String classification;

    private CallOutcome(Result result, Duration talkTime, String summary, String classification) {
        this.result = result;
        this.talkTime = talkTime;
        this.summary = summary;
        this.classification = classification;
    }

    /** Picked up, 42 s of conversation, a friendly summary. */
    public static CallOutcome answered() {
        return answered(Duration.ofSeconds(42), "The callee confirmed the appointment and asked for an SMS reminder.");
    }

    public static CallOutcome answered(Duration talkTime, String summary) {
        return new CallOutcome(Result.ANSWERED, talkTime, summary, "interested");
    }

    public static CallOutcome notAnswered() {
        return new CallOutcome(Result.NOT_ANSWERED, Duration.ZERO, "The callee did not pick up.", "not_reachable");
    }

    public static CallOutcome busy() {
        return new CallOutcome(Result.BUSY, Duration.ZERO, "The line was busy.", "not_reachable");
    }

    /** The same outcome with another classification label (platform analysis {@code classification}). */
    public CallOutcome classifiedAs(String label) {
        return new CallOutcome(result, talkTime, summary, label);
    }

    public Result result() {
        return result;
    }

    public Duration talkTime() {
        return talkTime;
    }

    public String summary() {
        return summary;
    }

    public String classification() {
        return classification;
    }

    @Override
    public String toString() {
        return result == Result.ANSWERED ? "answered (" + talkTime.toSeconds() + " s)" : result.name().toLowerCase();
    }
}
