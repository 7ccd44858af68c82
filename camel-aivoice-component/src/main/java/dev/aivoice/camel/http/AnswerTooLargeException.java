package dev.aivoice.camel.http;

import java.io.IOException;

/** The answer was longer than {@code maxAnswerSize}: reading stopped at the cap and the connection was dropped. */
public final class AnswerTooLargeException extends IOException {

    private final long limit;

    public AnswerTooLargeException(long limit, long announced) {
        super("the answer " + (announced >= 0 ? "announced " + announced + " bytes, " : "")
              + "more than maxAnswerSize (" + limit + " bytes); reading stopped at the limit");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
