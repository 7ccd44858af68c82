package dev.aivoice.camel.ringg.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.events.NotAnEventException;
import dev.aivoice.camel.json.Json;
import dev.aivoice.camel.ringg.model.CallEventReader;

/**
 * Reads Ringg's webhook bodies into {@link CallEvent}: the flat event bodies ({@code event_type} at the top) and the
 * legacy per-call callback ({@code {"status","message","data":{call_id,...}}}); the call's fields are read by
 * {@link CallEventReader#read}, with the same transcript reader and timestamp parser as the call answers.
 */
public final class CallEventParser {

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
        String rawJson = new String(body, StandardCharsets.UTF_8);
        JsonNode type = root.get("event_type");
        JsonNode data = root.get("data");
        if (type != null && type.isTextual() && !type.asText().isBlank()) {
            return CallEventReader.read(provider, type.asText(), root, root, rawJson);
        }
        if (data != null && data.isObject() && data.hasNonNull("call_id") && data.get("call_id").isValueNode()) {
            return CallEventReader.read(provider, EventTypes.CALLBACK, data, root, rawJson);
        }
        throw new NotAnEventException("the body has neither an event_type nor a callback's data.call_id");
    }
}
