package dev.aivoice.camel.ringg;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.http.RetryAfter;
import dev.aivoice.camel.json.Json;
import dev.aivoice.camel.provider.ErrorMapper;
import dev.aivoice.camel.provider.ErrorTypes;
import dev.aivoice.camel.provider.ErrorTypes.Kind;
import dev.aivoice.camel.provider.OperationContext;

/**
 * Ringg reports errors by HTTP status, with one of several bodies: {@code {"error":{"code","message"}}} (documented),
 * {@code {"detail":"..."}}, {@code {"detail":{"code","message"}}}, FastAPI's
 * {@code {"detail":[{"loc","msg","type"}]}}, {@code {"message":"..."}} or plain text. All are read.
 */
final class RinggErrorMapper implements ErrorMapper {

    @Override
    public AiVoiceException toException(ApiResponse response, OperationContext context) {
        if (response.isSuccessful()) {
            return null;
        }
        String code = null;
        String text;
        JsonNode body = parse(response);
        if (body == null) {
            text = plainText(response);
        } else if (body.path("error").isObject()) {
            code = textOrNull(body.path("error").get("code"));
            text = textOrNull(body.path("error").get("message"));
        } else if (body.has("detail")) {
            JsonNode detail = body.get("detail");
            if (detail.isObject()) {
                code = textOrNull(detail.get("code"));
                text = textOrNull(detail.get("message"));
            } else if (detail.isArray()) {
                text = validationErrors(detail);
            } else {
                text = textOrNull(detail);
            }
        } else if (body.has("message")) {
            text = textOrNull(body.get("message"));
        } else if (body.has("error")) {
            text = textOrNull(body.get("error"));
        } else {
            text = body.toString();
        }
        return ErrorTypes.create(Kind.ofStatus(response.status()), context, response.status(), code, text,
                RetryAfter.of(response, context.clock()).orElse(null));
    }

    /** "body.mobile_number: field required; body.agent_id: value is not a valid uuid". */
    private static String validationErrors(JsonNode detail) {
        StringBuilder text = new StringBuilder();
        for (JsonNode item : detail) {
            if (text.length() > 0) {
                text.append("; ");
            }
            if (item.has("loc") && item.get("loc").isArray()) {
                StringBuilder loc = new StringBuilder();
                item.get("loc").forEach(part -> loc.append(loc.length() > 0 ? "." : "").append(part.asText()));
                text.append(loc).append(": ");
            }
            text.append(item.has("msg") ? item.get("msg").asText() : item.toString());
        }
        return text.toString();
    }

    private static JsonNode parse(ApiResponse response) {
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

    private static String textOrNull(JsonNode node) {
        return node == null || node.isNull() ? null : node.isValueNode() ? node.asText() : node.toString();
    }

    private static String plainText(ApiResponse response) {
        String text = response.bodyAsString().strip();
        if (text.isEmpty()) {
            return null;
        }
        String firstLine = text.lines().findFirst().orElse("");
        return firstLine.length() > 200 ? firstLine.substring(0, 200) + "..." : firstLine;
    }
}
