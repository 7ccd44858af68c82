package dev.aivoice.sandbox.http;

/** Thrown by an endpoint handler to answer with an error body instead of its normal answer. */
public final class ApiError extends RuntimeException {

    private final transient Reply reply;

    public ApiError(Reply reply) {
        super("sandbox answers " + reply.status(), null, false, false);
        this.reply = reply;
    }

    public Reply reply() {
        return reply;
    }
}
