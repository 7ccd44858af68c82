package dev.aivoice.camel.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import dev.aivoice.camel.metrics.AiVoiceMetrics;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * What the webhook consumer answered since it started: counts per HTTP answer, duplicates, the last delivery and
 * how many requests in a row were refused with 401 (the provider holds a wrong token). Feeds the metrics, the
 * health check, the dev console and the rate-limited refusal log.
 */
public final class WebhookMonitor {

    /** Exchange property the consumer sets once it knows the event type (metrics tag). */
    static final String EVENT_TYPE = "AiVoiceWebhookEventType";
    /** Headers an HTTP engine may carry the caller's address in (Vert.x platform-http sets the first). */
    private static final String[] REMOTE_ADDRESS_HEADERS = { "CamelVertxPlatformHttpRemoteAddress",
            "CamelHttpRemoteAddress" };

    private final String provider;
    private final AiVoiceMetrics metrics;
    private final RefusalLog refusals;
    private final Clock clock;
    private final Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong unauthorizedInARow = new AtomicLong();
    private volatile Instant lastDelivery;
    private volatile Instant startedAt;

    WebhookMonitor(String provider, AiVoiceMetrics metrics, RefusalLog refusals, Clock clock) {
        this.provider = provider;
        this.metrics = metrics;
        this.refusals = refusals;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /** Records the answer the consumer just gave to {@code http}. */
    void answered(Exchange http, String remote) {
        Message message = http.getMessage();
        Integer answer = message.getHeader(Exchange.HTTP_RESPONSE_CODE, Integer.class);
        record(answer == null ? 200 : answer, http.getProperty(EVENT_TYPE, String.class), remote);
    }

    /** A request the HTTP engine refused from its headers, before the consumer saw it. */
    void refusedEarly(String remote, int status) {
        record(status, null, remote);
    }

    private void record(int status, String eventType, String remote) {
        answers.computeIfAbsent(status, any -> new AtomicLong()).incrementAndGet();
        lastDelivery = clock.instant();
        if (status == 401) {
            unauthorizedInARow.incrementAndGet();
        } else {
            unauthorizedInARow.set(0);
        }
        metrics.webhookDelivery(provider, eventType, status);
        if (RefusalLog.isRefusal(status)) {
            refusals.refused(status, remote);
        }
    }

    void duplicate() {
        duplicates.incrementAndGet();
        metrics.webhookDuplicate(provider);
    }

    void flushRefusals(boolean all) {
        refusals.flush(all);
    }

    /** The caller's address as the HTTP engine reports it (never a header the caller chose). */
    static String remoteAddress(Exchange http) {
        for (String header : REMOTE_ADDRESS_HEADERS) {
            Object address = http.getMessage().getHeader(header);
            if (address != null) {
                return String.valueOf(address);
            }
        }
        return "an unknown address";
    }

    /** Requests per HTTP answer since start, by answer. */
    public Map<Integer, Long> answers() {
        Map<Integer, Long> counts = new TreeMap<>();
        answers.forEach((status, count) -> counts.put(status, count.get()));
        return counts;
    }

    public long duplicates() {
        return duplicates.get();
    }

    /** How many of the latest requests, in a row, were answered 401. */
    public long unauthorizedInARow() {
        return unauthorizedInARow.get();
    }

    /** When the last request came, null if none did. */
    public Instant lastDelivery() {
        return lastDelivery;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public AiVoiceMetrics metrics() {
        return metrics;
    }

    public String provider() {
        return provider;
    }
}
