package dev.aivoice.camel.http;

import java.io.IOException;

/** The transport failed before any byte of the request left: the request could not be built or handed on. */
public final class RequestNotSentException extends IOException {

    public RequestNotSentException(String message, Throwable cause) {
        super(message, cause);
    }
}
