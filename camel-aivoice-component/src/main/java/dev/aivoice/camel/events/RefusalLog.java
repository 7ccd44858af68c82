package dev.aivoice.camel.events;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WARN lines for refused webhook requests, at most one per cause (HTTP answer) per window: a burst of refusals (a
 * provider holding a wrong token retries every event) becomes one line with the count, the path and the last remote
 * address, written when the window ends. Never the token, a header or the body.
 */
final class RefusalLog {

    static final Logger LOG = LoggerFactory.getLogger("dev.aivoice.camel.webhook.refusals");
    static final Duration WINDOW = Duration.ofMinutes(1);

    private static final Map<Integer, String> CAUSES = Map.of(401, "missing or wrong bearer token", 413,
            "body above webhookMaxBodySize", 400, "not a call event");

    /** Refusals of one cause in the open window. */
    private static final class Window {
        final long openedAt;
        int count;
        String lastRemote;

        Window(long openedAt) {
            this.openedAt = openedAt;
        }
    }

    private final String provider;
    private final String path;
    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final Map<Integer, Window> open = new ConcurrentHashMap<>();

    RefusalLog(String provider, String path, Duration window, LongSupplier nanoClock) {
        this.provider = provider;
        this.path = path;
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
    }

    static boolean isRefusal(int answer) {
        return CAUSES.containsKey(answer);
    }

    /** Counts one refusal; the line comes when its window ends ({@link #flushDue()}). */
    void refused(int answer, String remote) {
        long now = nanoClock.getAsLong();
        open.compute(answer, (cause, window) -> {
            Window current = window == null ? new Window(now) : window;
            current.count++;
            current.lastRemote = remote;
            return current;
        });
    }

    /** Writes the lines of windows that have ended; called periodically, and at stop with {@code all}. */
    void flushDue() {
        flush(false);
    }

    void flush(boolean all) {
        long now = nanoClock.getAsLong();
        for (Integer cause : open.keySet()) {
            open.computeIfPresent(cause, (answer, window) -> {
                if (!all && now - window.openedAt < windowNanos) {
                    return window;
                }
                LOG.warn("aivoice {} webhook {} refused {} request{} with {} ({}) in the last {} s; last from {}",
                        provider, path, window.count, window.count == 1 ? "" : "s", answer, CAUSES.get(answer),
                        Math.max(1, (now - window.openedAt) / 1_000_000_000L), window.lastRemote);
                return null;
            });
        }
    }
}
