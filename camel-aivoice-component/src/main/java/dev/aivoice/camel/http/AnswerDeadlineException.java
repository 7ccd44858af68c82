package dev.aivoice.camel.http;

import java.io.IOException;

/** No complete answer within {@code requestTimeout}: the exchange was cut off, wherever it stood. */
public final class AnswerDeadlineException extends IOException {

    public AnswerDeadlineException(long timeoutMillis) {
        super("no complete answer within requestTimeout (" + timeoutMillis + " ms)");
    }
}
