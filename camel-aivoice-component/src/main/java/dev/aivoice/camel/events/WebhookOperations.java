package dev.aivoice.camel.events;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceEndpoint;
import dev.aivoice.camel.health.WebhookHealthCheck;
import dev.aivoice.camel.metrics.AiVoiceMetrics;
import dev.aivoice.camel.provider.WebhookFacet;
import org.apache.camel.health.HealthCheckRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operational side of a webhook consumer (issue 11): its monitor (metrics, counts), the rate-limited refusal log,
 * its health check, and the history backfill when {@code backfillInterval} is set. Started and stopped with the
 * consumer.
 */
public final class WebhookOperations {

    static final String SOURCE_WEBHOOK = "webhook";
    static final String SOURCE_HISTORY = "history";
    /** How often due refusal lines are written. */
    static final Duration FLUSH_EVERY = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(WebhookOperations.class);

    private final AiVoiceWebhookConsumer consumer;
    private final AiVoiceEndpoint endpoint;
    private final WebhookMonitor monitor;
    private final ScheduledFuture<?> flushing;
    private WebhookHealthCheck healthCheck;
    private OutcomeLedger ledger = OutcomeLedger.OFF;
    private Backfill backfill;
    private ScheduledExecutorService backfillThread;

    private WebhookOperations(AiVoiceWebhookConsumer consumer, AiVoiceEndpoint endpoint) {
        this.consumer = consumer;
        this.endpoint = endpoint;
        String path = consumer.path();
        AiVoiceMetrics metrics = endpoint.monitor() != null ? endpoint.monitor().metrics()
                : AiVoiceMetrics.of(endpoint.getCamelContext());
        this.monitor = new WebhookMonitor(endpoint.getProvider(), metrics,
                new RefusalLog(endpoint.getProvider(), path, RefusalLog.WINDOW, System::nanoTime), Clock.systemUTC());
        this.flushing = endpoint.scheduler().scheduleWithFixedDelay(() -> monitor.flushRefusals(false),
                FLUSH_EVERY.toMillis(), FLUSH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    static WebhookOperations start(AiVoiceWebhookConsumer consumer, AiVoiceEndpoint endpoint) {
        WebhookOperations operations = new WebhookOperations(consumer, endpoint);
        operations.registerHealthCheck();
        operations.startBackfill();
        return operations;
    }

    private void registerHealthCheck() {
        HealthCheckRegistry registry = HealthCheckRegistry.get(endpoint.getCamelContext());
        if (registry == null) {
            return;
        }
        healthCheck = new WebhookHealthCheck(consumer.path(), monitor,
                consumer::listening);
        healthCheck.setEnabled(((AiVoiceComponent) endpoint.getComponent()).isHealthCheckConsumerEnabled());
        registry.register(healthCheck);
    }

    private void startBackfill() {
        long interval = endpoint.getConfiguration().getBackfillInterval();
        if (interval < 0) {
            throw new IllegalArgumentException("backfillInterval must be 0 (off) or a positive duration such as 5m, was "
                                               + interval + " ms");
        }
        if (interval == 0) {
            return;
        }
        String apiKey = endpoint.getConfiguration().getApiKey();
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("backfillInterval on aivoice:" + endpoint.getProvider() + ":"
                                               + endpoint.getApi() + " needs the option apiKey to read the call history");
        }
        WebhookFacet.OutcomeBackfill history = consumer.webhooks().backfill().orElseThrow(
                () -> new IllegalArgumentException("backfillInterval: aivoice provider " + endpoint.getProvider()
                                                   + " has no call history to read"));
        String outcomeType = history.outcomeType(consumer.routedTypes());
        ledger = new OutcomeLedger(consumer.repository(), eventType -> history.carriesOutcome(eventType, outcomeType));
        WatermarkMarks marks = new WatermarkMarks(consumer.repository(), endpoint.getProvider(), consumer.path());
        Backfill.Delivery delivery = new Backfill.Delivery() {
            @Override
            public boolean alreadyRouted(String callId) {
                return ledger.routed(endpoint.getProvider(), callId);
            }

            @Override
            public boolean route(CallEvent event) throws Exception {
                boolean routed = consumer.routeFromHistory(event, ledger);
                if (routed) {
                    monitor.metrics().backfillEvent(endpoint.getProvider());
                }
                return routed;
            }
        };
        // grace: a call must have been final for one interval, so the webhook had its chance to deliver it first
        backfill = history.create(endpoint, delivery, outcomeType, Duration.ofMillis(interval), marks, Clock.systemUTC());
        backfillThread = endpoint.getCamelContext().getExecutorServiceManager()
                .newSingleThreadScheduledExecutor(consumer, "AiVoiceBackfill");
        // the first round at once: it finds what ended while the application was down
        backfillThread.scheduleWithFixedDelay(this::pollSafely, 0, interval, TimeUnit.MILLISECONDS);
    }

    /** One round; a failure is logged and the next round tries again from the same watermark. */
    void pollSafely() {
        try {
            backfill.poll();
        } catch (Exception | Error e) {
            LOG.warn("aivoice {} backfill round failed (next round in {} ms, from the same watermark): {}",
                    endpoint.getProvider(), endpoint.getConfiguration().getBackfillInterval(), e.toString());
        }
    }

    WebhookMonitor monitor() {
        return monitor;
    }

    OutcomeLedger ledger() {
        return ledger;
    }

    /** Null when backfill is off. */
    public Backfill backfill() {
        return backfill;
    }

    public WebhookMonitor webhookMonitor() {
        return monitor;
    }

    void stop() {
        flushing.cancel(false);
        monitor.flushRefusals(true);
        if (backfillThread != null) {
            endpoint.getCamelContext().getExecutorServiceManager().shutdownNow(backfillThread);
            backfillThread = null;
        }
        if (healthCheck != null) {
            HealthCheckRegistry registry = HealthCheckRegistry.get(endpoint.getCamelContext());
            if (registry != null) {
                registry.unregister(healthCheck);
            }
        }
    }
}
