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

    SendWindow(SendBudget budget, LongSupplier nanoClock) {
        this.sent = new long[budget.sends()];
        this.windowNanos = budget.windowNanos();
        this.nanoClock = nanoClock;
    }

    /** Records a send now and returns true, or returns false when the window is full. */
    synchronized boolean admit() {
        long now = nanoClock.getAsLong();
        if (count == sent.length && now - sent[oldest] < windowNanos) {
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
}
