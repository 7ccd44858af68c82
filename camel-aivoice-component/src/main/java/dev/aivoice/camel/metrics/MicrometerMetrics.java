package dev.aivoice.camel.metrics;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import org.apache.camel.CamelContext;

/** The component's meters in a Micrometer {@link MeterRegistry} (names and tags as documented in the README). */
final class MicrometerMetrics implements AiVoiceMetrics {

    static final String REQUESTS = "aivoice.requests";
    static final String CALLS_PLACED = "aivoice.calls.placed";
    static final String RETRIES = "aivoice.retries";
    static final String PACING_DELAY = "aivoice.pacing.delay";
    static final String WEBHOOK_DELIVERIES = "aivoice.webhook.deliveries";
    static final String WEBHOOK_DUPLICATES = "aivoice.webhook.duplicates";
    static final String BACKFILL_EVENTS = "aivoice.backfill.events";

    private final MeterRegistry registry;

    private MicrometerMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The registry's only MeterRegistry, or its composite one when there are several (as Spring Boot may have). */
    static AiVoiceMetrics from(CamelContext context) {
        java.util.Set<MeterRegistry> registries = context.getRegistry().findByType(MeterRegistry.class);
        MeterRegistry registry = registries.size() == 1 ? registries.iterator().next()
                : registries.stream().filter(CompositeMeterRegistry.class::isInstance).findFirst().orElse(null);
        return registry == null ? AiVoiceMetrics.NONE : new MicrometerMetrics(registry);
    }

    @Override
    public void request(String provider, String api, String operation, String outcome, long nanos) {
        Timer.builder(REQUESTS).description("Operations sent to the provider, per outcome")
                .tags("provider", provider, "api", api, "operation", operation, "outcome", outcome)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void callPlaced(String provider) {
        Counter.builder(CALLS_PLACED).description("Call-placing requests the provider accepted")
                .tag("provider", provider).register(registry).increment();
    }

    @Override
    public void retry(String provider) {
        Counter.builder(RETRIES).description("Requests sent again after a retryable failure")
                .tag("provider", provider).register(registry).increment();
    }

    @Override
    public void pacingDelay(String provider, long nanos) {
        Timer.builder(PACING_DELAY).description("Waits for a maxRequestsPerSecond slot").tag("provider", provider)
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void webhookDelivery(String provider, String eventType, int answer) {
        Counter.builder(WEBHOOK_DELIVERIES).description("Webhook requests, per HTTP answer")
                .tags("provider", provider, "event_type", eventType == null ? "unknown" : eventType,
                        "answer", String.valueOf(answer))
                .register(registry).increment();
    }

    @Override
    public void webhookDuplicate(String provider) {
        Counter.builder(WEBHOOK_DUPLICATES).description("Webhook deliveries of events already routed")
                .tag("provider", provider).register(registry).increment();
    }

    @Override
    public void backfillEvent(String provider) {
        Counter.builder(BACKFILL_EVENTS).description("Outcomes routed from the call history")
                .tag("provider", provider).register(registry).increment();
    }
}
