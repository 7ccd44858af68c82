package dev.aivoice.camel.ringg.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.events.CallEventBuilder;
import dev.aivoice.camel.events.NotAnEventException;
import dev.aivoice.camel.events.TranscriptTurn;
import dev.aivoice.camel.json.Json;

/**
 * Reads Ringg's webhook bodies into {@link CallEvent}: the flat event bodies ({@code event_type} at the top) and the
 * legacy per-call callback ({@code {"status","message","data":{call_id,...}}}). Accepts every documented variant:
 * transcripts as a list of {@code {bot}}/{@code {user}} or {@code role}/{@code content} turns or as that list
 * encoded in a string, timestamps with or without an offset.
 */
public final class CallEventParser {

    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT_MAP = new TypeReference<>() {
    };
    private static final List<String> TURN_ROLES = List.of("bot", "user", "agent", "assistant", "customer");

    private final String provider;

    public CallEventParser(String provider) {
        this.provider = provider;
    }

    public CallEvent parse(byte[] body) throws NotAnEventException {
        JsonNode root;
        try {
            // trailing content (a second event back to back) is not one event: refused, not half-routed
            root = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
        } catch (IOException e) {
            if (e instanceof MismatchedInputException && String.valueOf(e.getMessage()).startsWith("Trailing token")) {
                throw new NotAnEventException("the body has content after the JSON event (one event per request)", e);
            }
            throw new NotAnEventException("the body is not JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new NotAnEventException("the body is not a JSON object");
        }
        CallEventBuilder event = new CallEventBuilder(provider, root, new String(body, StandardCharsets.UTF_8));
        JsonNode type = root.get("event_type");
        JsonNode data = root.get("data");
        if (type != null && type.isTextual() && !type.asText().isBlank()) {
            readCall(root, type.asText(), event);
        } else if (data != null && data.isObject() && text(data, "call_id") != null) {
            readCall(data, EventTypes.CALLBACK, event);
        } else {
            throw new NotAnEventException("the body has neither an event_type nor a callback's data.call_id");
        }
        return event.build();
    }

    private static void readCall(JsonNode node, String eventType, CallEventBuilder event) {
        event.eventType(eventType)
                .callId(text(node, "call_id"))
                .callSid(text(node, "call_sid"))
                .agentId(text(node, "agent_id"))
                .agentName(text(node, "agent_name"))
                .workspaceId(text(node, "workspace_id"))
                .versionId(text(node, "version_id"))
                .status(firstText(node, "status", "call_status"))
                .subStatus(firstText(node, "sub_status", "call_sub_status"))
                .attempt(integer(node.has("retry_count") ? node.get("retry_count") : node.get("retry")))
                .direction(firstText(node, "call_type", "call_direction"))
                .toNumber(text(node, "to_number"))
                .fromNumber(text(node, "from_number"))
                .durationSeconds(number(node.get("call_duration")))
                .cost(number(node.get("call_cost")))
                .calledOn(timestamp(text(node, "called_on")))
                .bulkListId(text(node, "bulk_list_id"))
                .recordingUrl(text(node, "recording_url"))
                .recordingDurationSeconds(number(node.get("recording_duration")))
                .customVariables(stringMap(node.get("custom_args_values")));
        readTranscript(node.get("transcript"), event);
        readAnalysis(node, eventType, event);
    }

    private static void readAnalysis(JsonNode node, String eventType, CallEventBuilder event) {
        Map<String, Object> analysis = objectMap(node.has("analysis_data") ? node.get("analysis_data")
                : node.get("analysis"));
        Map<String, Object> platformAnalysis = objectMap(node.get("platform_analysis"));
        Map<String, Object> clientAnalysis = objectMap(node.get("client_analysis"));
        if (EventTypes.PLATFORM_ANALYSIS_COMPLETED.equals(eventType) && platformAnalysis.isEmpty()) {
            platformAnalysis = analysis;
        } else if (EventTypes.CLIENT_ANALYSIS_COMPLETED.equals(eventType) && clientAnalysis.isEmpty()) {
            clientAnalysis = analysis;
        }
        event.analysis(analysis).platformAnalysis(platformAnalysis).clientAnalysis(clientAnalysis);
    }

    private static void readTranscript(JsonNode transcript, CallEventBuilder event) {
        if (transcript == null || transcript.isNull()) {
            return;
        }
        JsonNode turns = transcript;
        if (transcript.isTextual()) {
            String text = transcript.asText();
            turns = jsonArrayOrNull(text);
            if (turns == null) {
                event.transcriptText(text.isBlank() ? null : text);
                return;
            }
        }
        if (!turns.isArray()) {
            return;
        }
        List<TranscriptTurn> result = new ArrayList<>();
        for (JsonNode turn : turns) {
            TranscriptTurn parsed = turn(turn);
            if (parsed != null) {
                result.add(parsed);
            }
        }
        event.transcript(Collections.unmodifiableList(result));
    }

    /** A {@code {role, content}} turn, or a single-key {@code {bot: text}} / {@code {user: text}} one. */
    private static TranscriptTurn turn(JsonNode turn) {
        if (!turn.isObject()) {
            return null;
        }
        String timestamp = text(turn, "timestamp");
        String role = text(turn, "role");
        if (role != null) {
            return new TranscriptTurn(TranscriptTurn.Speaker.of(role), role,
                    firstText(turn, "content", "text", "message"), timestamp);
        }
        for (String candidate : TURN_ROLES) {
            if (turn.has(candidate)) {
                return new TranscriptTurn(TranscriptTurn.Speaker.of(candidate), candidate, text(turn, candidate),
                        timestamp);
            }
        }
        return null;
    }

    private static JsonNode jsonArrayOrNull(String text) {
        String trimmed = text.trim();
        if (!trimmed.startsWith("[")) {
            return null;
        }
        try {
            JsonNode node = Json.mapper().readTree(trimmed);
            return node != null && node.isArray() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** ISO-8601 with or without an offset; a time without one is UTC. An unreadable value is left out. */
    static OffsetDateTime timestamp(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

    private static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            String value = text(node, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return value.asText();
    }

    private static Double number(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        try {
            return value.isTextual() ? Double.valueOf(value.asText().trim()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(JsonNode value) {
        Double number = number(value);
        return number == null ? null : number.intValue();
    }

    private static Map<String, Object> objectMap(JsonNode value) {
        if (value == null || !value.isObject()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(Json.mapper().convertValue(value, OBJECT_MAP));
    }

    private static Map<String, String> stringMap(JsonNode value) {
        if (value == null || !value.isObject()) {
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode v = field.getValue();
            result.put(field.getKey(), v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString());
        }
        return Collections.unmodifiableMap(result);
    }
}
