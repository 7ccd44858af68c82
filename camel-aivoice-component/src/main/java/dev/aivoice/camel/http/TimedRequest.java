package dev.aivoice.camel.http;

import java.net.URI;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;

/**
 * An HTTP request with a deadline: once its connection is made ({@link DeadlineStart}), a timer aborts the exchange
 * after {@code requestTimeout} wherever it stands, sending the request or reading a stalled answer. Waiting for a
 * pooled connection and connecting are bounded by their own timeouts, and are not counted: until the connection is
 * made, nothing of the request has left.
 */
final class TimedRequest extends HttpUriRequestBase implements Runnable {

    private final ScheduledExecutorService timer;
    private final long timeoutMillis;
    private volatile boolean expired;
    private ScheduledFuture<?> deadline;

    TimedRequest(String method, URI uri, ScheduledExecutorService timer, long timeoutMillis) {
        super(method, uri);
        this.timer = timer;
        this.timeoutMillis = timeoutMillis;
    }

    /** Starts the deadline, once (a proxy's authentication challenge makes the client send again). */
    void startDeadline() {
        if (deadline == null) {
            deadline = timer.schedule(this, timeoutMillis, TimeUnit.MILLISECONDS);
        }
    }

    void stopDeadline() {
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    boolean expired() {
        return expired;
    }

    /** The deadline passed: abort the exchange (closes its connection, so a blocked read fails at once). */
    @Override
    public void run() {
        expired = true;
        cancel();
    }
}
