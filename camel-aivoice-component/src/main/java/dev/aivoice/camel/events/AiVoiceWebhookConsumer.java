package dev.aivoice.camel.events;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceEndpoint;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
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
 * platform-http. Each request is authenticated (bearer token), size-checked and parsed before anything is routed;
 * the route runs on a new exchange that carries only the {@link CallEvent} and the event headers, so no request
 * header reaches it. Answers: 200 once routed (or a duplicate, or a type not asked for), 401, 413, 400, and 500
 * when the route failed so that the provider delivers again.
 */
public class AiVoiceWebhookConsumer extends DefaultConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(AiVoiceWebhookConsumer.class);

    /** Below Ringg's 30 s delivery timeout: a repeated delivery still gets an answer the provider reads. */
    static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(25);
    /** Events remembered by the default in-memory repository (least recently used forgotten first). */
    static final int DEFAULT_REPOSITORY_SIZE = 100_000;
    /** A Ringg subscription names its method_type: POST (the default), PUT or PATCH. */
    static final String DELIVERY_METHODS = "POST,PUT,PATCH";
    private static final String SUBSCRIBE_API = "agent";
    private static final String SUBSCRIBE = "subscribeEvents";

    private final AiVoiceEndpoint endpoint;
    private final CallEventParser parser;

    private BearerToken token;
    private List<String> routedTypes;
    private IdempotentRepository repository;
    private boolean ownRepository;
    private DeliveryGate gate;
    private Consumer httpConsumer;
    private WebhookOperations operations; // issue 11: monitor, refusal log, health check, backfill
    private Runnable removeEarlyRefusal;

    public AiVoiceWebhookConsumer(AiVoiceEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.endpoint = endpoint;
        this.parser = new CallEventParser(endpoint.getProvider());
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        AiVoiceConfiguration configuration = endpoint.getConfiguration();
        token = bearerToken(configuration);
        routedTypes = EventTypes.parse(configuration.getEventTypes(), "eventTypes");
        if (configuration.getWebhookMaxBodySize() <= 0) {
            throw new IllegalArgumentException("webhookMaxBodySize must be positive, was "
                                               + configuration.getWebhookMaxBodySize());
        }
        if (configuration.isAutoSubscribe()) {
            checkSubscribable(configuration);
        }
        repository = configuration.getIdempotentRepository();
        ownRepository = repository == null;
        if (ownRepository) {
            repository = MemoryIdempotentRepository.memoryIdempotentRepository(DEFAULT_REPOSITORY_SIZE);
        }
        ServiceHelper.startService(repository);
        gate = new DeliveryGate(repository, IN_FLIGHT_WAIT);
        try {
            operations = WebhookOperations.start(this, endpoint); // issue 11
            RestConsumerFactory factory = RestConsumerFactories.resolve(endpoint.getCamelContext());
            // issue 12: a missing token or a too large Content-Length answered before the body is read (Vert.x)
            removeEarlyRefusal = EarlyRefusal.install(endpoint.getCamelContext(), factory,
                    configuration.getWebhookPath(), token, configuration.getWebhookMaxBodySize(),
                    operations.monitor()::refusedEarly); // issue 11: early refusals counted and logged too
            // no "consumes": Ringg's legacy callback sends no Content-Type unless the user adds one
            httpConsumer = factory.createConsumer(endpoint.getCamelContext(), this::answer, DELIVERY_METHODS,
                    configuration.getWebhookPath(), null, null, null, endpoint.getCamelContext().getRestConfiguration(),
                    Map.of());
            ServiceHelper.startService(httpConsumer);
            LOG.info("aivoice {} webhook consumer listening on {} {}", endpoint.getProvider(), DELIVERY_METHODS,
                    configuration.getWebhookPath());
            if (configuration.isAutoSubscribe()) {
                subscribe(configuration);
            }
        } catch (Exception e) {
            doStop();
            throw e;
        }
    }

    private static BearerToken bearerToken(AiVoiceConfiguration configuration) {
        String secret = configuration.getWebhookToken();
        if (secret != null && !secret.isBlank()) {
            return new BearerToken(secret);
        }
        if (!configuration.isWebhookAuthDisabled()) {
            throw new IllegalArgumentException(
                    "The aivoice webhook consumer needs a webhookToken: the provider must send it as"
                                               + " 'Authorization: Bearer <token>', or anyone who finds the URL can"
                                               + " inject call events. Set webhookAuthDisabled=true only behind"
                                               + " another authenticating proxy (insecure otherwise).");
        }
        LOG.warn("aivoice webhook consumer started WITHOUT authentication (webhookAuthDisabled=true):"
                 + " any request to the webhook path is routed");
        return null;
    }

    private void checkSubscribable(AiVoiceConfiguration configuration) {
        if (!endpoint.getProviderSpi().producerApis().getOrDefault(SUBSCRIBE_API, List.of()).contains(SUBSCRIBE)) {
            throw new IllegalArgumentException(subscribing() + ": the provider has no subscription operation");
        }
        for (String[] required : new String[][] {
                { "publicUrl", configuration.getPublicUrl() }, { "agentId", configuration.getAgentId() },
                { "apiKey", configuration.getApiKey() } }) {
            if (required[1] == null || required[1].isBlank()) {
                throw new IllegalArgumentException(subscribing() + " needs the option " + required[0]);
            }
        }
    }

    private String subscribing() {
        return "autoSubscribe on aivoice:" + endpoint.getProvider() + ":" + endpoint.getApi();
    }

    /**
     * Registers this webhook on the agent through the provider's own {@code agent/subscribeEvents} operation, which
     * reads the agent's subscriptions, replaces ours and keeps the others.
     */
    private void subscribe(AiVoiceConfiguration configuration) throws Exception {
        // the legacy callback is set per call, not subscribed; no types left means every documented one
        List<String> types = routedTypes.stream().filter(type -> !EventTypes.CALLBACK.equals(type)).toList();
        Exchange exchange = endpoint.createExchange();
        exchange.getMessage().setBody(Map.of("callback_url", configuration.getPublicUrl(),
                "event_type", types.isEmpty() ? EventTypes.DOCUMENTED : types));
        try {
            endpoint.getProviderSpi().handler(SUBSCRIBE_API, SUBSCRIBE)
                    .handle(exchange, endpoint.operationContext(SUBSCRIBE_API, SUBSCRIBE))
                    .toCompletableFuture().get();
        } catch (ExecutionException e) {
            // issue 12: no secret in the start failure's message or causes
            throw endpoint.getSecrets().scrub(e.getCause() instanceof Exception cause ? cause : e);
        }
        LOG.info("{}: subscribed {} to {}", subscribing(), configuration.getPublicUrl(), exchange.getMessage().getBody());
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
        onRequest(http);
        WebhookOperations current = operations;
        if (current != null) {
            current.monitor().answered(http, remote);
        }
    }

    /** Answers one HTTP request of the provider. */
    private void onRequest(Exchange http) {
        Message request = http.getMessage();
        if (token != null && !token.matches(WebhookAuthorization.presented(request))) {
            respond(http, 401, "Missing or wrong bearer token");
            http.getMessage().setHeader("WWW-Authenticate", "Bearer");
            return;
        }
        byte[] body;
        try {
            body = BoundedBody.read(request, endpoint.getConfiguration().getWebhookMaxBodySize());
        } catch (BoundedBody.TooLargeException e) {
            respond(http, 413, e.getMessage());
            return;
        } catch (IOException e) {
            respond(http, 400, "Unreadable request body");
            return;
        }
        CallEvent event;
        try {
            event = parser.parse(body);
        } catch (NotAnEventException e) {
            LOG.debug("Rejected a webhook request: {}", e.getMessage());
            respond(http, 400, "Not a call event: " + e.getMessage());
            return;
        }
        http.setProperty(WebhookMonitor.EVENT_TYPE, event.getEventType()); // issue 11 (metrics tag)
        if (!routedTypes.isEmpty() && !routedTypes.contains(event.getEventType())) {
            respond(http, 200, "Ignored: event type not routed");
            return;
        }
        OutcomeLedger ledger = operations == null ? OutcomeLedger.OFF : operations.ledger(); // issue 11 (backfill)
        if (ledger.routedFromHistory(event)) {
            operations.monitor().duplicate();
            respond(http, 200, "Duplicate: the outcome was routed from the call history");
            return;
        }
        try {
            DeliveryGate.Result result = event.getCallId() == null
                    ? routeUnkeyed(event)
                    : gate.deliver(dedupeKey(event), () -> routeWebhook(event, ledger));
            if (result == DeliveryGate.Result.DUPLICATE && operations != null) {
                operations.monitor().duplicate(); // issue 11
            }
            if (result == DeliveryGate.Result.STILL_IN_PROGRESS) {
                respond(http, 500, "The same event is still being processed; deliver it again later");
            } else {
                respond(http, 200, result == DeliveryGate.Result.DUPLICATE ? "Duplicate" : "");
            }
        } catch (Exception e) {
            // the exception handler was told by route(); the provider delivers again after a non-200
            respond(http, 500, "Error processing the event");
        }
    }

    /** An event without a call id cannot be told from another one: route every delivery of it. */
    private DeliveryGate.Result routeUnkeyed(CallEvent event) throws Exception {
        route(event);
        return DeliveryGate.Result.ROUTED;
    }

    /** A webhook event, its final outcome claimed in the ledger while it is routed (issue 11: backfill). */
    private void routeWebhook(CallEvent event, OutcomeLedger ledger) throws Exception {
        if (!ledger.webhookRouting(event)) {
            return; // issue 15: the outcome is claimed by the history or another delivery, here or on another instance
        }
        try {
            route(event, WebhookOperations.SOURCE_WEBHOOK);
        } catch (Exception | Error failure) {
            ledger.webhookFailed(event);
            throw failure;
        }
    }

    /**
     * Routes a final outcome the backfill found in the call history, unless the webhook routed it (issue 11).
     *
     * @return true when routed now
     */
    boolean routeFromHistory(CallEvent event, OutcomeLedger ledger) throws Exception {
        if (ledger.deliveredByWebhook(event) || !ledger.historyRouting(event)) {
            return false; // issue 15: the outcome is claimed cluster-wide before it is routed
        }
        DeliveryGate.Result result = DeliveryGate.Result.STILL_IN_PROGRESS; // issue 15: released unless routed
        try {
            result = gate.deliver(OutcomeLedger.historyKey(event), () -> route(event, WebhookOperations.SOURCE_HISTORY));
            return result == DeliveryGate.Result.ROUTED;
        } finally {
            if (result == DeliveryGate.Result.STILL_IN_PROGRESS) {
                ledger.historyFailed(event); // issue 15
            }
        }
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
        return routedTypes;
    }

    private void route(CallEvent event) throws Exception {
        route(event, WebhookOperations.SOURCE_WEBHOOK);
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

    /**
     * Provider, call, event type and attempt. The legacy callback fires on every status change of a call, so its
     * status is part of its key.
     */
    static String dedupeKey(CallEvent event) {
        String attempt = event.getAttempt() == null ? "0" : event.getAttempt().toString();
        String status = EventTypes.CALLBACK.equals(event.getEventType()) ? event.getStatus() : null;
        // issue 12: length-prefixed parts, so a '|' inside an id cannot make two events share a key
        return DedupeKey.of(event.getProvider(), event.getCallId(), event.getEventType(), attempt, status);
    }

    /** Only the status and a short text: the request's headers (its token among them) are not echoed back. */
    private static void respond(Exchange http, int status, String text) {
        Message message = http.getMessage();
        message.getHeaders().clear();
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        message.setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=utf-8");
        message.setBody(text);
    }
}
