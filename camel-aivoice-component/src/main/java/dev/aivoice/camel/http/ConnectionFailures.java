package dev.aivoice.camel.http;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Tells, from a send failure, whether the request may have reached the provider. */
public final class ConnectionFailures {

    private ConnectionFailures() {
    }

    /**
     * False only when no byte of the request can have been delivered: the connection was never made (refused,
     * connect timeout, unknown host). Anything later (timeout waiting for the answer, reset, closed stream) may
     * have been received and acted upon.
     */
    public static boolean mayHaveReachedProvider(Throwable failure) {
        for (Throwable t = unwrap(failure); t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException
                    || t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return false;
            }
        }
        return true;
    }

    public static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    /** A short description without the stack: the JDK client's messages carry no secrets, only host and port. */
    public static String describe(Throwable failure) {
        Throwable t = unwrap(failure);
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
