package dev.aivoice.camel.ringly;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

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
 * Ringly answers errors as {@code {"error_message": "..."}}, possibly with HTTP 200: the documented text decides the
 * exception, the status only when the text is unknown. Bubble, Ringly's backend, may answer first with
 * {@code {"statusCode":400,"body":{"status":..,"message":..}}} or {@code {"error_class":..}}.
 */
final class RinglyErrorMapper implements ErrorMapper {

    /** The keys the three error shapes below are told apart by, quoted as they appear in JSON. */
    private static final byte[][] ERROR_KEYS = {
            "\"error_message\"".getBytes(StandardCharsets.UTF_8),
            "\"statusCode\"".getBytes(StandardCharsets.UTF_8),
            "\"error_class\"".getBytes(StandardCharsets.UTF_8) };

    @Override
    public AiVoiceException toException(ApiResponse response, OperationContext context) {
        if (response.isSuccessful() && !mentionsErrorKey(response.body())) {
            // the common case: a 2xx call answer; parsing it here too would read every answer twice
            return null;
        }
        JsonNode body = ErrorBodies.jsonObject(response);
        int status = response.status();
        String text;
        String code = null;
        Kind kind;
        if (body != null && body.hasNonNull("error_message")) {
            text = body.get("error_message").asText();
            kind = kindOfText(text);
            if (kind == null) {
                kind = Kind.ofStatus(status);
            }
        } else if (body != null && body.has("statusCode") && body.get("statusCode").canConvertToInt()) {
            int bubbleStatus = body.get("statusCode").asInt();
            JsonNode inner = body.path("body");
            code = ErrorBodies.text(inner.get("status"));
            text = ErrorBodies.text(inner.get("message"));
            kind = Kind.ofStatus(bubbleStatus >= 400 ? bubbleStatus : status);
        } else if (body != null && body.hasNonNull("error_class")) {
            code = body.get("error_class").asText();
            text = ErrorBodies.text(body.has("translation") ? body.get("translation") : body.get("message"));
            kind = code.toLowerCase(Locale.ROOT).contains("unauthorized") ? Kind.AUTHENTICATION : Kind.ofStatus(status);
        } else if (!response.isSuccessful()) {
            text = body == null ? ErrorBodies.firstLine(response) : ErrorBodies.text(body.get("message"));
            kind = Kind.ofStatus(status);
        } else {
            return null;
        }
        return ErrorTypes.create(kind, context, status, code, text, RetryAfter.of(response, context.clock()).orElse(null));
    }

    /** Whether any of the keys a 2xx error answer carries appears in the body at all. */
    static boolean mentionsErrorKey(byte[] body) {
        for (byte[] key : ERROR_KEYS) {
            if (indexOf(body, key) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int indexOf(byte[] body, byte[] key) {
        outer:
        for (int i = 0; i <= body.length - key.length; i++) {
            for (int j = 0; j < key.length; j++) {
                if (body[i + j] != key[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** The six documented Ringly error texts. */
    static Kind kindOfText(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.contains("invalid request format")) {
            return Kind.INVALID_REQUEST;
        } else if (lower.contains("api key is missing or invalid")) {
            return Kind.AUTHENTICATION;
        } else if (lower.contains("trial has ended")) {
            return Kind.PAYMENT_REQUIRED;
        } else if (lower.contains("cannot find requested asset")) {
            return Kind.NOT_FOUND;
        } else if (lower.contains("rate limited")) {
            return Kind.RATE_LIMIT;
        } else if (lower.contains("unexpected server error")) {
            return Kind.SERVER;
        }
        return null;
    }
}
