package dev.aivoice.camel.pacer;

import java.time.Duration;

/**
 * What {@code maxRequestsPerSecond} allows, as both pacers enforce it: at most {@code sends} requests admitted in any
 * {@code window}, and slots handed out {@code slotInterval} apart.
 * <p>
 * The guarantee is meant at the provider, where requests arrive a little after they were admitted (threads, the HTTP
 * client, the network) and not all equally late. So the window is the rate's own span (one second for a whole rate)
 * plus an <b>arrival margin</b>: as long as no request takes more than the margin longer from its admission to the
 * provider than another, the provider never sees more than {@code sends} in the rate's span. Slots are spaced so that
 * {@code sends} of them span the window plus one more margin, room for threads that wake a little late, so that a
 * request on time is seldom refused. With the default margin of 40 ms, 20 requests per second are spaced 52.5 ms
 * apart: 100 of them take about 5.2 s instead of 4.95 s.
 */
public record SendBudget(int sends, long windowNanos, long slotIntervalNanos) {

    /** The default arrival margin: the spread of admission-to-arrival delays the window absorbs. */
    public static final Duration DEFAULT_ARRIVAL_MARGIN = Duration.ofMillis(40);

    /** The most sends one window counts (the shared pacer keeps that many send times per account). */
    static final int MOST_SENDS_PER_WINDOW = 1_000;

    /**
     * @param requestsPerSecond above 0; a whole rate counts its requests per second, a fraction one request per its
     *                          span (0.5: one in any 2 s), a rate above {@value #MOST_SENDS_PER_WINDOW} per a shorter
     *                          window
     * @param arrivalMargin     zero or positive
     */
    public static SendBudget of(double requestsPerSecond, Duration arrivalMargin) {
        if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
            throw new IllegalArgumentException("maxRequestsPerSecond must be above 0, was " + requestsPerSecond);
        }
        if (arrivalMargin == null || arrivalMargin.isNegative()) {
            throw new IllegalArgumentException("arrivalMargin must be zero or positive, was " + arrivalMargin);
        }
        int sends = (int) Math.max(1, Math.min(MOST_SENDS_PER_WINDOW, Math.floor(requestsPerSecond)));
        long span = Math.round(sends * 1_000_000_000d / requestsPerSecond);
        long margin = arrivalMargin.toNanos();
        // a quarter margin more between slots: room for threads waking a little late
        return new SendBudget(sends, span + margin, Math.max(1, (span + margin + margin / 4) / sends));
    }
}
