package dev.aivoice.camel.events;

import java.io.IOException;
import java.util.function.Supplier;

import dev.aivoice.camel.provider.WebhookFacet;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the provider's HTTP requests, one at a time each: bearer token, body size, the provider's parser, the type
 * filter, the dedupe gate, then the route. Answers: 200 once routed (or a duplicate, or a type not asked for), 401,
 * 413, 400, and 500 when the route failed so that the provider delivers again.
 */
final class WebhookDeliveries {

    /** Routes one event on a new exchange, tagged with its source. */
    interface Router {
        void route(CallEvent event, String source) throws Exception;
    }

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDeliveries.class);

    private final WebhookSettings settings;
    private final WebhookFacet webhooks;
    private final DeliveryGate gate;
    private final Router router;
    /** The consumer's monitor and ledger (issue 11), null while stopped. */
    private final Supplier<WebhookOperations> operations;

    WebhookDeliveries(WebhookSettings settings, WebhookFacet webhooks, DeliveryGate gate, Router router,
                      Supplier<WebhookOperations> operations) {
        this.settings = settings;
        this.webhooks = webhooks;
        this.gate = gate;
        this.router = router;
        this.operations = operations;
    }

    /** Answers one HTTP request of the provider. */
    void answer(Exchange http) {
        Message request = http.getMessage();
        if (settings.token() != null && !settings.token().matches(WebhookAuthorization.presented(request))) {
            respond(http, 401, "Missing or wrong bearer token");
            http.getMessage().setHeader("WWW-Authenticate", "Bearer");
            return;
        }
        byte[] body;
        try {
            body = BoundedBody.read(request, settings.maxBodySize());
        } catch (BoundedBody.TooLargeException e) {
            respond(http, 413, e.getMessage());
            return;
        } catch (IOException e) {
            respond(http, 400, "Unreadable request body");
            return;
        }
        CallEvent event;
        try {
            event = webhooks.parse(body);
        } catch (NotAnEventException e) {
            LOG.debug("Rejected a webhook request: {}", e.getMessage());
            respond(http, 400, "Not a call event: " + e.getMessage());
            return;
        }
        http.setProperty(WebhookMonitor.EVENT_TYPE, event.getEventType()); // issue 11 (metrics tag)
        if (!settings.routedTypes().isEmpty() && !settings.routedTypes().contains(event.getEventType())) {
            respond(http, 200, "Ignored: event type not routed");
            return;
        }
        route(http, event);
    }

    private void route(Exchange http, CallEvent event) {
        WebhookOperations current = operations.get();
        OutcomeLedger ledger = current == null ? OutcomeLedger.OFF : current.ledger(); // issue 11 (backfill)
        if (ledger.routedFromHistory(event)) {
            current.monitor().duplicate();
            respond(http, 200, "Duplicate: the outcome was routed from the call history");
            return;
        }
        try {
            String key = webhooks.dedupeKey(event);
            DeliveryGate.Result result = key == null
                    ? routeUnkeyed(event)
                    : gate.deliver(key, () -> routeWebhook(event, ledger));
            if (result == DeliveryGate.Result.DUPLICATE && current != null) {
                current.monitor().duplicate(); // issue 11
            }
            if (result == DeliveryGate.Result.STILL_IN_PROGRESS) {
                respond(http, 500, "The same event is still being processed; deliver it again later");
            } else {
                respond(http, 200, result == DeliveryGate.Result.DUPLICATE ? "Duplicate" : "");
            }
        } catch (Exception e) {
            // the exception handler was told by the router; the provider delivers again after a non-200
            respond(http, 500, "Error processing the event");
        }
    }

    /** An event without a key cannot be told from another one: route every delivery of it. */
    private DeliveryGate.Result routeUnkeyed(CallEvent event) throws Exception {
        router.route(event, WebhookOperations.SOURCE_WEBHOOK);
        return DeliveryGate.Result.ROUTED;
    }

    /** A webhook event, its final outcome claimed in the ledger while it is routed (issue 11: backfill). */
    private void routeWebhook(CallEvent event, OutcomeLedger ledger) throws Exception {
        if (!ledger.webhookRouting(event)) {
            return; // issue 15: the outcome is claimed by the history or another delivery, here or on another instance
        }
        try {
            router.route(event, WebhookOperations.SOURCE_WEBHOOK);
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
            result = gate.deliver(OutcomeLedger.historyKey(event),
                    () -> router.route(event, WebhookOperations.SOURCE_HISTORY));
            return result == DeliveryGate.Result.ROUTED;
        } finally {
            if (result == DeliveryGate.Result.STILL_IN_PROGRESS) {
                ledger.historyFailed(event); // issue 15
            }
        }
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
