package dev.aivoice.camel.console;

import java.util.Map;

import dev.aivoice.camel.AiVoiceEndpoint;
import dev.aivoice.camel.events.AiVoiceWebhookConsumer;
import dev.aivoice.camel.events.Backfill;
import dev.aivoice.camel.events.WebhookMonitor;
import dev.aivoice.camel.events.WebhookOperations;
import dev.aivoice.camel.metrics.EndpointMonitor;
import dev.aivoice.camel.metrics.RecentRequests;
import org.apache.camel.Route;
import org.apache.camel.support.console.AbstractDevConsole;
import org.apache.camel.util.URISupport;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;

/**
 * The {@code aivoice} dev console: per endpoint its last operations (outcome, latency), the pacing queue, and for
 * webhook consumers the requests per answer, duplicates, last delivery and the backfill watermark. URIs are
 * sanitized; no key, token, number or body is shown.
 */
@org.apache.camel.spi.annotations.DevConsole(name = "aivoice", displayName = "AI Voice",
                                            description = "aivoice endpoints: recent requests, pacing, webhook, backfill")
public class AiVoiceDevConsole extends AbstractDevConsole {

    public AiVoiceDevConsole() {
        super("camel", "aivoice", "AI Voice", "aivoice endpoints: recent requests, pacing, webhook, backfill");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        JsonObject json = doCallJson(options);
        for (Object item : (JsonArray) json.get("endpoints")) {
            JsonObject endpoint = (JsonObject) item;
            text.append(endpoint.get("uri")).append('\n');
            endpoint.forEach((key, value) -> {
                if (!"uri".equals(key)) {
                    text.append("    ").append(key).append(": ").append(value).append('\n');
                }
            });
        }
        return text.toString();
    }

    @Override
    protected JsonObject doCallJson(Map<String, Object> options) {
        JsonArray endpoints = new JsonArray();
        for (org.apache.camel.Endpoint candidate : getCamelContext().getEndpoints()) {
            if (candidate instanceof AiVoiceEndpoint endpoint) {
                endpoints.add(describe(endpoint));
            }
        }
        JsonObject root = new JsonObject();
        root.put("endpoints", endpoints);
        return root;
    }

    private JsonObject describe(AiVoiceEndpoint endpoint) {
        JsonObject json = new JsonObject();
        json.put("uri", URISupport.sanitizeUri(endpoint.getEndpointUri()));
        json.put("provider", endpoint.getProvider());
        json.put("api", endpoint.getApi());
        EndpointMonitor monitor = endpoint.monitor();
        if (monitor != null) {
            JsonArray recent = new JsonArray();
            for (RecentRequests.Entry entry : monitor.recent().list()) {
                JsonObject row = new JsonObject();
                row.put("at", entry.at().toString());
                row.put("operation", entry.operation());
                row.put("outcome", entry.outcome());
                row.put("millis", entry.millis());
                recent.add(row);
            }
            json.put("recentRequests", recent);
            json.put("pacedRequests", monitor.pacedRequests());
            json.put("pacingQueueMillis", monitor.pacingQueueMillis());
        }
        for (Route route : getCamelContext().getRoutes()) {
            if (route.getConsumer() instanceof AiVoiceWebhookConsumer consumer && consumer.getEndpoint() == endpoint
                    && consumer.operations() != null) {
                webhook(json, consumer.operations());
            }
        }
        return json;
    }

    private static void webhook(JsonObject json, WebhookOperations operations) {
        WebhookMonitor webhook = operations.webhookMonitor();
        JsonObject answers = new JsonObject();
        webhook.answers().forEach((answer, count) -> answers.put(String.valueOf(answer), count));
        json.put("webhookAnswers", answers);
        json.put("webhookDuplicates", webhook.duplicates());
        json.put("webhookLastDelivery", String.valueOf(webhook.lastDelivery()));
        json.put("webhookUnauthorizedInARow", webhook.unauthorizedInARow());
        Backfill backfill = operations.backfill();
        json.put("backfillWatermark", backfill == null ? "off" : String.valueOf(backfill.watermark()));
        if (backfill != null) {
            json.put("backfillRouted", backfill.routed());
        }
    }
}
