package dev.aivoice.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Ringg's FastAPI-style error bodies: {@code {"detail": "..."}} and validation lists. */
public final class RinggStyle {

    private RinggStyle() {
    }

    /** {@code {"detail": message}} with the given status. */
    public static Reply detail(int status, String message) {
        return Reply.json(status, Json.object().put("detail", message));
    }

    /** A FastAPI validation error: 422 {@code {"detail":[{"loc":[where, field],"msg":..,"type":..}]}}. */
    public static Reply validation(String where, String field, String message) {
        ObjectNode item = Json.object();
        item.putArray("loc").add(where).add(field);
        item.put("msg", message);
        item.put("type", "value_error");
        ObjectNode body = Json.object();
        body.putArray("detail").add(item);
        return Reply.json(422, body);
    }

    public static ApiError notFound(String what) {
        return new ApiError(detail(404, what + " not found"));
    }

    public static ApiError invalid(String where, String field, String message) {
        return new ApiError(validation(where, field, message));
    }

    /** The request body as a JSON object, or a 422. */
    public static JsonNode jsonObject(HttpCall call) {
        JsonNode body = call.jsonOrNull();
        if (body == null || !body.isObject()) {
            throw invalid("body", "body", "a JSON object is required");
        }
        return body;
    }

    /** A non-blank text field, or a 422 naming it. */
    public static String requiredText(JsonNode body, String field) {
        String value = Json.text(body, field);
        if (value == null || value.isBlank()) {
            throw invalid("body", field, "field required");
        }
        return value;
    }
}
