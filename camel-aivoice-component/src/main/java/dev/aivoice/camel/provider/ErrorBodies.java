package dev.aivoice.camel.provider;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.json.Json;

/** Reading provider error answers, whatever they are: a JSON object, an HTML page, plain text or nothing. */
public final class ErrorBodies {

    private static final int MAX_TEXT = 200;

    private ErrorBodies() {
    }

    /** The body as a JSON object, or null when it is empty, not JSON, or JSON of another kind. */
    public static JsonNode jsonObject(ApiResponse response) {
        if (response.body().length == 0) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(response.body());
            return node != null && node.isObject() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }

    /** A value as text: strings as they are, objects and arrays as JSON; null for a missing or null value. */
    public static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString();
    }

    /** An HTML error page or plain text: its first line, short, so messages stay readable; null when empty. */
    public static String firstLine(ApiResponse response) {
        String text = response.bodyAsString().strip();
        if (text.isEmpty()) {
            return null;
        }
        String line = text.lines().findFirst().orElse("");
        return line.length() > MAX_TEXT ? line.substring(0, MAX_TEXT) + "..." : line;
    }
}
