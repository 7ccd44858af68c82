package dev.aivoice.camel.http;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import javax.net.ssl.SSLHandshakeException;

import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.impl.TunnelRefusedException;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;

/** Tells, from a send failure, whether the request may have reached the provider. */
public final class ConnectionFailures {

    private ConnectionFailures() {
    }

    /**
     * False only when no byte of the request can have been delivered: it was never built or handed on, or the
     * connection was never made (refused, connect timeout, unknown host, no pooled connection free in time, a proxy
     * that refused the tunnel, a failed TLS handshake). Anything later (deadline, reset, closed stream, a stale
     * connection the server had closed) may have been received and acted upon.
     */
    public static boolean mayHaveReachedProvider(Throwable failure) {
        for (Throwable t = unwrap(failure); t != null; t = t.getCause()) {
            if (t instanceof RequestNotSentException || t instanceof ConnectException
                    || t instanceof ConnectTimeoutException || t instanceof NoRouteToHostException
                    || t instanceof UnknownHostException || t instanceof UnresolvedAddressException
                    || t instanceof ConnectionRequestTimeoutException || t instanceof TunnelRefusedException
                    || t instanceof SSLHandshakeException) {
                return false;
            }
            if (t instanceof AnswerDeadlineException || t instanceof AnswerTooLargeException) {
                return true;
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

    /**
     * A short description without the stack. The client's messages carry host and port, never headers; the caller
     * still redacts them.
     */
    public static String describe(Throwable failure) {
        Throwable t = unwrap(failure);
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}
