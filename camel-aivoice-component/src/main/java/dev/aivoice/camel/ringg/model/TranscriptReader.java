package dev.aivoice.camel.ringg.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.events.TranscriptTurn;
import dev.aivoice.camel.events.TranscriptTurn.Speaker;
import dev.aivoice.camel.json.Json;

/**
 * Reads Ringg's transcripts wherever they come (call details, call history, webhook events): a list of turns, or that
 * list encoded in a string. Turns are single-key {@code {"bot": ...}} / {@code {"user": ...}} objects or
 * {@code {role, content}} (one doc revision), possibly with {@code message_id} and {@code timestamp}; this
 * component's own {@link TranscriptTurn} written as JSON reads back too. Text that is no such list is the transcript
 * as text, with no turns.
 */
final class TranscriptReader {

    /** A transcript: its turns (empty when none), or the text the provider sent instead (else null). */
    record Transcript(List<TranscriptTurn> turns, String text) {
    }

    static final Transcript NONE = new Transcript(List.of(), null);

    private static final Set<String> NOT_A_ROLE = Set.of("timestamp", "message_id", "role", "speaker", "content",
            "text", "message", "extra");

    private TranscriptReader() {
    }

    static Transcript read(JsonNode node) {
        JsonNode list = node;
        if (node != null && node.isTextual()) {
            list = jsonArrayOrNull(node.asText());
            if (list == null) {
                return node.asText().isBlank() ? NONE : new Transcript(List.of(), node.asText());
            }
        }
        if (list == null || !list.isArray()) {
            return NONE;
        }
        List<TranscriptTurn> turns = new ArrayList<>();
        for (JsonNode item : list) {
            TranscriptTurn turn = turn(item);
            if (turn != null) {
                turns.add(turn);
            }
        }
        return new Transcript(Collections.unmodifiableList(turns), null);
    }

    private static TranscriptTurn turn(JsonNode item) {
        if (item.isValueNode() && !item.isNull()) {
            return new TranscriptTurn(Speaker.OTHER, null, item.asText(), null);
        }
        if (!item.isObject()) {
            return null;
        }
        String role = JsonValues.firstText(item, "role", "speaker");
        String text = JsonValues.firstText(item, "content", "text", "message");
        Map<String, Object> extra = new LinkedHashMap<>();
        for (var fields = item.fields(); fields.hasNext();) {
            var field = fields.next();
            String key = field.getKey();
            if (NOT_A_ROLE.contains(key) && !"message_id".equals(key)) {
                continue;
            }
            JsonNode value = field.getValue();
            if (role == null && !"message_id".equals(key)) {
                // the single-key shape: the key is the role, its value what was said
                role = key;
                text = value.isValueNode() ? value.asText() : value.toString();
            } else {
                extra.put(key, Json.mapper().convertValue(value, Object.class));
            }
        }
        extra.putAll(JsonValues.objectMap(item.get("extra")));
        if (role == null && text == null) {
            return null;
        }
        return new TranscriptTurn(Speaker.of(role), role, text, JsonValues.text(item, "timestamp"), extra);
    }

    private static JsonNode jsonArrayOrNull(String text) {
        String trimmed = text.strip();
        if (!trimmed.startsWith("[")) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(trimmed);
            return node != null && node.isArray() ? node : null;
        } catch (IOException notJson) {
            return null;
        }
    }
}
