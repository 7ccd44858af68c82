package dev.aivoice.sandbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.sandbox.http.Json;

/**
 * One request the sandbox received, as it arrived. Header names are lower-cased. {@code fault} names the injected
 * fault that answered it, or is null when the sandbox answered normally.
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers, byte[] body,
        Instant receivedAt, String fault) {

    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase());
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as JSON, or null when it is not JSON. */
    public JsonNode json() {
        return Json.parseOrNull(body);
    }

    /** Without headers and body: they carry API keys and personal data. */
    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query) + (fault == null ? "" : " [fault " + fault + "]");
    }
}
