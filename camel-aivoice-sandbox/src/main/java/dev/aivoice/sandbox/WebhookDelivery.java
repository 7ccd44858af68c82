package dev.aivoice.sandbox;

import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.sandbox.http.Json;

/**
 * One attempt to deliver an event (or a legacy {@code callback_url} update): where, what, and what came back.
 * {@code status} is -1 when no answer came (refused, timeout); {@code error} then says why. {@code attempt} counts
 * from 1.
 */
public record WebhookDelivery(String url, String method, String eventType, String callId, int attempt,
        Map<String, String> headers, String body, int status, String error, Instant at) {

    /** Ringg counts exactly 200 as delivered. */
    public boolean delivered() {
        return status == 200;
    }

    public JsonNode json() {
        return Json.parseOrNull(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Without headers and body: they carry the receiver's secret and personal data. */
    @Override
    public String toString() {
        return method + " " + url + " " + eventType + " call " + callId + " attempt " + attempt + " -> "
               + (status < 0 ? error : String.valueOf(status));
    }
}
