package dev.aivoice.camel.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceEndpoint;
import dev.aivoice.camel.provider.WebhookFacet;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.RestConsumerFactory;
import org.apache.camel.support.DefaultConsumer;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives call events a provider POSTs to a webhook, served by the application's own HTTP server through
 * platform-http. The provider's {@link WebhookFacet} reads its deliveries; {@link WebhookDeliveries} answers each
 * request (auth, size, parse, dedupe); the route runs on a new exchange that carries only the {@link CallEvent} and
 * the event headers, so no request header reaches it. This class starts and stops the parts.
 */
public class AiVoiceWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(AiVoiceWebhookConsumer.class);

    /** Below Ringg's 30 s delivery timeout: a repeated delivery still gets an answer the provider reads. */
    static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(25);
    /** Events remembered by the default in-memory repository (least recently used forgotten first). */
    static final int DEFAULT_REPOSITORY_SIZE = 100_000;

    private final AiVoiceEndpoint endpoint;
    private final WebhookFacet webhooks;

    private WebhookSettings settings;
    private IdempotentRepository repository;
    private boolean ownRepository;
    private WebhookDeliveries deliveries;
    private Consumer httpConsumer;
    private volatile WebhookOperations operations; // issue 11: monitor, refusal log, health check, backfill
    private Runnable removeEarlyRefusal;

    public AiVoiceWebhookConsumer(AiVoiceEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.webhooks = endpoint.getProviderSpi().webhooks().orElseThrow(() -> new IllegalArgumentException(
                "aivoice provider " + endpoint.getProvider() + " has no webhook"));
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        AiVoiceConfiguration configuration = endpoint.getConfiguration();
        settings = WebhookSettings.of(endpoint, webhooks);
        repository = configuration.getIdempotentRepository();
        ownRepository = repository == null;
        if (ownRepository) {
            repository = MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REPOSITORY_SIZE);
        }
        ServiceHelper.startService(repository);
        deliveries = new WebhookDeliveries(settings, webhooks, new DeliveryGate(repository, IN_FLIGHT_WAIT),
                this::route, () -> operations);
        try {
            operations = WebhookOperations.start(this, endpoint); // issue 11
            RestConsumerFactory factory = RestConsumerFactories.resolve(endpoint.getCamelContext());
            // issue 12: a missing token or a too large Content-Length answered before the body is read (Vert.x)
            removeEarlyRefusal = EarlyRefusal.install(endpoint.getCamelContext(), factory, settings.path(),
                    settings.token(), settings.maxBodySize(),
                    operations.monitor()::refusedEarly); // issue 11: early refusals counted and logged too
            // no "consumes": Ringg's legacy callback sends no Content-Type unless the user adds one
            httpConsumer = factory.createConsumer(endpoint.getCamelContext(), this::answer, webhooks.deliveryMethods(),
                    settings.path(), null, null, null, endpoint.getCamelContext().getRestConfiguration(), Map.of());
            ServiceHelper.startService(httpConsumer);
            LOG.info("aivoice {} webhook consumer listening on {} {}", endpoint.getProvider(),
                    webhooks.deliveryMethods(), settings.path());
            if (configuration.isAutoSubscribe()) {
                subscribe();
            }
        } catch (Exception e) {
            doStop();
            throw e;
        }
    }

    /** Registers this webhook with the provider ({@code autoSubscribe}; checked in {@link WebhookSettings}). */
    private void subscribe() throws Exception {
        Object subscribed = webhooks.subscription().orElseThrow().subscribe(endpoint, settings.routedTypes());
        LOG.info("autoSubscribe on aivoice:{}:{}: subscribed {} to {}", endpoint.getProvider(), endpoint.getApi(),
                endpoint.getConfiguration().getPublicUrl(), subscribed);
    }

    @Override
    protected void doStop() throws Exception {
        ServiceHelper.stopService(httpConsumer);
        httpConsumer = null;
        if (removeEarlyRefusal != null) {
            removeEarlyRefusal.run();
            removeEarlyRefusal = null;
        }
        if (operations != null) {
            operations.stop(); // issue 11
            operations = null;
        }
        if (ownRepository) {
            ServiceHelper.stopService(repository);
            repository = null;
        }
        super.doStop();
    }

    /** Answers one HTTP request of the provider and records the answer (issue 11). */
    private void answer(Exchange http) {
        String remote = WebhookMonitor.remoteAddress(http); // read before the answer replaces the headers
        deliveries.answer(http);
        WebhookOperations current = operations;
        if (current != null) {
            current.monitor().answered(http, remote);
        }
    }

    /** Routes a final outcome the backfill found in the call history (issue 11); true when routed now. */
    boolean routeFromHistory(CallEvent event, OutcomeLedger ledger) throws Exception {
        return deliveries.routeFromHistory(event, ledger);
    }

    /** The consumer's monitor and backfill (issue 11), null while stopped. */
    public WebhookOperations operations() {
        return operations;
    }

    /** True while the HTTP engine serves the webhook path and this consumer routes (issue 11: health check). */
    boolean listening() {
        Consumer http = httpConsumer;
        return isRunAllowed() && !isSuspended() && http != null
               && (!(http instanceof org.apache.camel.StatefulService service) || service.isStarted());
    }

    IdempotentRepository repository() {
        return repository;
    }

    List<String> routedTypes() {
        return settings.routedTypes();
    }

    WebhookFacet webhooks() {
        return webhooks;
    }

    /** The HTTP path served (the provider's default when the endpoint left {@code webhookPath} at the documented one). */
    String path() {
        return settings.path();
    }

    private void route(CallEvent event, String source) throws Exception {
        Exchange exchange = createExchange(false);
        try {
            EventHeaders.describe(exchange.getMessage(), event);
            exchange.getMessage().setHeader(AiVoiceConstants.EVENT_SOURCE, source); // issue 11
            getProcessor().process(exchange);
            Exception failure = exchange.getException();
            if (failure != null) {
                getExceptionHandler().handleException("Error processing " + event, exchange, failure);
                throw failure;
            }
        } finally {
            releaseExchange(exchange, false);
        }
    }
}
