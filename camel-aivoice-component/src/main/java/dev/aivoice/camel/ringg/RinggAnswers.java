package dev.aivoice.camel.ringg;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.aivoice.camel.provider.OperationContext;

/**
 * Ringg's envelopes are not uniform ({@code {data:{agents:[..]}}}, {@code {agents:{..}}}, {@code {calls:[..]}},
 * {@code {status, data:{..}}}, bare arrays): these find the payload wherever the documented shapes put it.
 */
public final class RinggAnswers {

    private RinggAnswers() {
    }

    /** The value of {@code key} at the top level or inside {@code data}; else {@code data} itself; else the root. */
    public static JsonNode payload(JsonNode answer, String key) {
        if (key != null) {
            if (answer.has(key)) {
                return answer.get(key);
            }
            JsonNode data = answer.path("data");
            if (data.has(key)) {
                return data.get(key);
            }
        }
        JsonNode data = answer.path("data");
        return data.isObject() || data.isArray() ? data : answer;
    }

    /** The list under {@code key} (or a bare array); an absent list reads as empty. */
    public static JsonNode items(JsonNode answer, String key) {
        if (answer.isArray()) {
            return answer;
        }
        JsonNode items = payload(answer, key);
        return items.isArray() ? items : MissingNode.getInstance();
    }

    /** The list under {@code key} read as typed items; an absent list reads as empty. */
    public static <T> List<T> list(JsonNode answer, String key, Class<T> type, OperationContext context) {
        List<T> items = new ArrayList<>();
        for (JsonNode item : items(answer, key)) {
            items.add(context.readAnswer(item, type));
        }
        return items;
    }

    /** {@code total} at the top level, in {@code pagination} or in {@code data}; null when absent or a word. */
    public static Long total(JsonNode answer) {
        for (JsonNode candidate : new JsonNode[] {
                answer.path("total"), answer.path("pagination").path("total"), answer.path("data").path("total") }) {
            if (candidate.isNumber()) {
                return candidate.asLong();
            }
            if (candidate.isTextual() && !candidate.asText().isBlank()
                    && candidate.asText().strip().chars().allMatch(Character::isDigit)) {
                return Long.parseLong(candidate.asText().strip());
            }
        }
        return null;
    }

    /** A text field at the top level or inside {@code data}, or null. */
    public static String text(JsonNode answer, String key) {
        JsonNode value = answer.has(key) ? answer.get(key) : answer.path("data").get(key);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }
}
