package dev.aivoice.sandbox;

import java.time.Duration;


/**
 * A failure the sandbox plays instead of (or around) its normal answer, so routes can exercise their error handling.
 * Inject with {@link ProviderSandbox#failNext(int, String, Fault)}.
 */
public final class Fault {

    /** What the fault does. */
    public enum Kind {
        /** answer with the given status and body; the request has no effect */
        STATUS,
        /** wait, then answer normally (or with the status, when one is set) */
        DELAY,
        /** close the connection without answering; the request has no effect */
        DROP,
        /** carry out the request (a call is placed), then close the connection without answering */
        DROP_AFTER_PROCESSING
    }

    private final Kind kind;
    private final int status;
    private final String body;
    private final Duration delay;

    private Fault(Kind kind, int status, String body, Duration delay) {
        this.kind = kind;
        this.status = status;
        this.body = body;
        this.delay = delay;
    }

    /** Answer with this status and JSON body. */
    public static Fault status(int status, String jsonBody) {
        return new Fault(Kind.STATUS, status, jsonBody, Duration.ZERO);
    }

    /** One of Ringly's six documented error answers. */
    public static Fault ringly(RinglyError error) {
        return status(error.status(), error.body());
    }

    /** Hold the answer back for this long (real time, to trip client timeouts), then answer normally. */
    public static Fault delay(Duration delay) {
        return new Fault(Kind.DELAY, 0, null, delay);
    }

    /** Close the connection without an answer, before the request takes effect. */
    public static Fault drop() {
        return new Fault(Kind.DROP, 0, null, Duration.ZERO);
    }

    /** Carry out the request, then close the connection without an answer: "did my call go through?". */
    public static Fault dropAfterProcessing() {
        return new Fault(Kind.DROP_AFTER_PROCESSING, 0, null, Duration.ZERO);
    }

    /** The same fault, answered only after this delay. */
    public Fault after(Duration wait) {
        return new Fault(kind == Kind.DELAY ? Kind.DELAY : kind, status, body, wait);
    }

    public Kind kind() {
        return kind;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    public Duration delay() {
        return delay;
    }

    @Override
    public String toString() {
        return switch (kind) {
            case STATUS -> "status " + status + (delay.isZero() ? "" : " after " + delay);
            case DELAY -> "delay " + delay;
            case DROP -> "drop";
            case DROP_AFTER_PROCESSING -> "drop after processing";
        };
    }
}
