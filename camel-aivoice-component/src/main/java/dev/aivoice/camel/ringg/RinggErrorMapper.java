package dev.aivoice.camel.ringg;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.http.RetryAfter;
import dev.aivoice.camel.provider.ErrorBodies;
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
        JsonNode body = ErrorBodies.jsonObject(response);
        if (body == null) {
            text = ErrorBodies.firstLine(response);
        } else if (body.path("error").isObject()) {
            code = ErrorBodies.text(body.path("error").get("code"));
            text = ErrorBodies.text(body.path("error").get("message"));
        } else if (body.has("detail")) {
            JsonNode detail = body.get("detail");
            if (detail.isObject()) {
                code = ErrorBodies.text(detail.get("code"));
                text = ErrorBodies.text(detail.get("message"));
            } else if (detail.isArray()) {
                text = validationErrors(detail);
            } else {
                text = ErrorBodies.text(detail);
            }
        } else if (body.has("message")) {
            text = ErrorBodies.text(body.get("message"));
        } else if (body.has("error")) {
            text = ErrorBodies.text(body.get("error"));
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
}
