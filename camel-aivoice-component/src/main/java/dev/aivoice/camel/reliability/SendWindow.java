package dev.aivoice.camel.reliability;

import java.util.function.LongSupplier;

import dev.aivoice.camel.pacer.SendBudget;

/**
 * The in-memory pacer's record of an account's real send instants (one JVM): a send is admitted only when fewer than
 * {@link SendBudget#sends()} were admitted within the last {@link SendBudget#windowNanos() window}. A ring of the last
 * {@code sends} instants; the oldest one decides.
 */
final class SendWindow {

    private final long[] sent;
    private final long windowNanos;
    private final LongSupplier nanoClock;
    private int oldest;
    private int count;
    /** The window is this much wider until widenedUntil (a request answered late may have arrived late). */
    private long widenedNanos;
    private long widenedUntil;

    SendWindow(SendBudget budget, LongSupplier nanoClock) {
        this.sent = new long[budget.sends()];
        this.windowNanos = budget.windowNanos();
        this.nanoClock = nanoClock;
    }

    /** Records a send now and returns true, or returns false when the window is full. */
    synchronized boolean admit() {
        long now = nanoClock.getAsLong();
        long window = windowNanos + (now - widenedUntil < 0 ? widenedNanos : 0);
        if (count == sent.length && now - sent[oldest] < window) {
            return false;
        }
        sent[(oldest + count) % sent.length] = now;
        if (count == sent.length) {
            oldest = (oldest + 1) % sent.length;
        } else {
            count++;
        }
        return true;
    }

    /** Widens the window by {@code nanos} for two windows and that long: the sends after a late one wait for it. */
    synchronized void widen(long nanos) {
        if (nanos <= 0) {
            return;
        }
        long now = nanoClock.getAsLong();
        boolean widened = now - widenedUntil < 0;
        widenedNanos = widened ? Math.max(widenedNanos, nanos) : nanos;
        long until = now + 2 * windowNanos + nanos;
        if (!widened || until - widenedUntil > 0) {
            widenedUntil = until;
        }
    }
}
