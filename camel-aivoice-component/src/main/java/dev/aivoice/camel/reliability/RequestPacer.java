package dev.aivoice.camel.reliability;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Spaces requests evenly so that at most {@code requestsPerSecond} start in any second: each request reserves the
 * next free start time and is told how long to wait for it. It never blocks; the waiting is the caller's (done on a
 * scheduler, so no route thread sleeps).
 */
public final class RequestPacer {

    private final long intervalNanos;
    private final LongSupplier nanoClock;
    private final AtomicLong nextStart;

    public RequestPacer(double requestsPerSecond, LongSupplier nanoClock) {
        this(intervalOf(requestsPerSecond), nanoClock);
    }

    private RequestPacer(long intervalNanos, LongSupplier nanoClock) {
        this.intervalNanos = Math.max(1, intervalNanos);
        this.nanoClock = nanoClock;
        this.nextStart = new AtomicLong(nanoClock.getAsLong() - this.intervalNanos);
    }

    /** Start times this far apart (e.g. a {@link dev.aivoice.camel.pacer.SendBudget}'s slot interval). */
    public static RequestPacer spacedBy(long intervalNanos, LongSupplier nanoClock) {
        return new RequestPacer(intervalNanos, nanoClock);
    }

    private static long intervalOf(double requestsPerSecond) {
        if (!(requestsPerSecond > 0)) {
            throw new IllegalArgumentException("maxRequestsPerSecond must be above 0, was " + requestsPerSecond);
        }
        return (long) (1_000_000_000d / requestsPerSecond);
    }

    /** Reserves the next start time; returns the nanoseconds to wait until it (0: go now). */
    public long reserve() {
        long now = nanoClock.getAsLong();
        long start = nextStart.getAndUpdate(previous -> Math.max(previous, now) + intervalNanos);
        return Math.max(0, Math.max(start, now) - now);
    }
}
