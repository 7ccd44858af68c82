package dev.aivoice.camel.ringg.model;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.json.Json;

/**
 * Transcripts come as an array of turns or as a JSON-encoded string of that array; turns are single-key
 * {@code {"bot": ...}} / {@code {"user": ...}} objects, or {@code {"role", "content"}}, possibly with
 * {@code message_id} and {@code timestamp}. A string that is not JSON is kept as one turn without speaker.
 */
public final class TranscriptReader extends JsonDeserializer<List<TranscriptTurn>> {

    private static final Set<String> META = Set.of("timestamp", "message_id", "role", "speaker", "content", "text",
            "message", "extra");

    @Override
    public List<TranscriptTurn> deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return read(parser.readValueAsTree());
    }

    @Override
    public List<TranscriptTurn> getNullValue(DeserializationContext context) {
        return List.of();
    }

    public static List<TranscriptTurn> read(JsonNode node) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isTextual()) {
            String text = node.asText().strip();
            if (text.isEmpty()) {
                return List.of();
            }
            try {
                JsonNode parsed = Json.mapper().readTree(text);
                if (parsed != null && (parsed.isArray() || parsed.isObject())) {
                    return read(parsed);
                }
            } catch (IOException notJson) {
                // plain text transcript
            }
            return List.of(new TranscriptTurn(null, text, null, Map.of()));
        }
        List<TranscriptTurn> turns = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(item -> turns.add(turn(item)));
        } else if (node.isObject()) {
            turns.add(turn(node));
        }
        return turns;
    }

    private static TranscriptTurn turn(JsonNode item) {
        if (!item.isObject()) {
            return new TranscriptTurn(null, item.asText(), null, Map.of());
        }
        // {role, content} (one doc revision), {speaker, text} (this component's own TranscriptTurn written as JSON)
        String speaker = firstText(item, "role", "speaker");
        String text = firstText(item, "content", "text", "message");
        Map<String, Object> extra = new LinkedHashMap<>();
        var fields = item.fields();
        while (fields.hasNext()) {
            var field = fields.next();
            if (!META.contains(field.getKey()) && speaker == null) {
                speaker = field.getKey();
                text = field.getValue().isValueNode() ? field.getValue().asText() : field.getValue().toString();
            } else if (!META.contains(field.getKey()) || "message_id".equals(field.getKey())) {
                extra.put(field.getKey(), Json.mapper().convertValue(field.getValue(), Object.class));
            }
        }
        if (item.path("extra").isObject()) {
            extra.putAll(Json.mapper().convertValue(item.get("extra"), Map.class));
        }
        String timestamp = item.hasNonNull("timestamp") ? item.get("timestamp").asText() : null;
        return new TranscriptTurn(speaker, text, timestamp, extra);
    }

    private static String firstText(JsonNode item, String... names) {
        for (String name : names) {
            if (item.hasNonNull(name)) {
                return item.get(name).asText();
            }
        }
        return null;
    }
}
