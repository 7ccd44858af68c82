package dev.aivoice.camel.metrics;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.aivoice.camel.http.ApiRequest;

/**
 * What one endpoint has done, for metrics, health checks and the dev console: its operations' outcomes and
 * latencies, and the last failure of a call-placing operation. Producers report to it from a few marked lines.
 */
public final class EndpointMonitor implements SendObserver {

    static final int RECENT = 20;

    private final String provider;
    private final String api;
    private final AiVoiceMetrics metrics;
    private final Clock clock;
    private final RecentRequests recent = new RecentRequests(RECENT);
    private volatile Throwable lastFailure;
    private volatile Instant lastOutcomeAt;
    private final AtomicLong pacedRequests = new AtomicLong();
    private final AtomicLong lastSlotNanos = new AtomicLong(System.nanoTime());

    public EndpointMonitor(String provider, String api, AiVoiceMetrics metrics, Clock clock) {
        this.provider = provider;
        this.api = api;
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public Trace start(ApiRequest request) {
        return new RequestStory(request, provider, metrics, this::paced);
    }

    /** One exchange's operation ended: {@code failure} null on success. */
    public void operationDone(String operation, Throwable failure, long nanos) {
        String outcome = failure == null ? "success" : failure.getClass().getSimpleName();
        metrics.request(provider, api, operation, outcome, nanos);
        Instant now = clock.instant();
        recent.add(new RecentRequests.Entry(now, operation, outcome, TimeUnit.NANOSECONDS.toMillis(nanos)));
        lastFailure = failure;
        lastOutcomeAt = now;
    }

    private void paced(long waitNanos) {
        pacedRequests.incrementAndGet();
        long slot = System.nanoTime() + waitNanos;
        lastSlotNanos.accumulateAndGet(slot, (a, b) -> a - b > 0 ? a : b);
    }

    /** Requests that had to wait for a {@code maxRequestsPerSecond} slot since start. */
    public long pacedRequests() {
        return pacedRequests.get();
    }

    /** How long until the last reserved pacing slot (0 when no request waits): the pacing queue's length in time. */
    public long pacingQueueMillis() {
        return Math.max(0, TimeUnit.NANOSECONDS.toMillis(lastSlotNanos.get() - System.nanoTime()));
    }

    /** The failure of the last operation, null when it succeeded (or none ran yet). */
    public Throwable lastFailure() {
        return lastFailure;
    }

    public Instant lastOutcomeAt() {
        return lastOutcomeAt;
    }

    public RecentRequests recent() {
        return recent;
    }

    public AiVoiceMetrics metrics() {
        return metrics;
    }

    public String provider() {
        return provider;
    }

    public String api() {
        return api;
    }
}
