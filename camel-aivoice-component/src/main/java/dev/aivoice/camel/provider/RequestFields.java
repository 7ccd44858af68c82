package dev.aivoice.camel.provider;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.json.Json;
import dev.aivoice.camel.validation.FieldValidator;
import org.apache.camel.Exchange;

/**
 * Reads a request body into the provider's JSON fields. Accepted bodies: nothing, one of the component's typed
 * request classes, a {@code Map} keyed by the provider's JSON field names, or a JSON object as text (String,
 * byte[], InputStream, anything Camel converts to String).
 */
public final class RequestFields {

    private static final TypeReference<LinkedHashMap<String, Object>> FIELD_MAP = new TypeReference<>() {
    };

    private RequestFields() {
    }

    public static Map<String, Object> read(Exchange exchange, Class<?> typedRequest, FieldValidator validator) {
        Object body = exchange.getMessage().getBody();
        if (body == null || typedRequest.isInstance(body) || body instanceof Map<?, ?> || body instanceof CharSequence) {
            return fromValue(body, "body", typedRequest, validator);
        }
        String text = exchange.getMessage().getBody(String.class);
        if (text == null) {
            throw validator.invalid("body", "of type " + body.getClass().getName() + " is not supported: use "
                                            + typedRequest.getSimpleName() + ", a Map or a JSON object string");
        }
        return parse(text, "body", validator);
    }

    /**
     * Reads fields from a value given somewhere other than the body (e.g. a header): null, an instance of the typed
     * request class, a {@code Map} keyed by the provider's JSON field names, or a JSON object as text.
     */
    public static Map<String, Object> fromValue(Object value, String field, Class<?> typedRequest,
                                                FieldValidator validator) {
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((key, item) -> {
                if (!(key instanceof String)) {
                    throw validator.invalid(field, "map keys must be the provider's JSON field names (strings), found "
                                                   + (key == null ? "null" : key.getClass().getSimpleName()));
                }
                fields.put((String) key, item);
            });
            return fields;
        }
        if (typedRequest.isInstance(value)) {
            return Json.mapper().convertValue(value, FIELD_MAP);
        }
        if (value instanceof CharSequence text) {
            return parse(text.toString(), field, validator);
        }
        throw validator.invalid(field, "of type " + value.getClass().getName() + " is not supported: use "
                                       + typedRequest.getSimpleName() + ", a Map or a JSON object string");
    }

    /** A map of string keys to string values (variables), copied; null reads as empty. */
    public static Map<Object, Object> stringMap(Object value, String field, FieldValidator validator) {
        if (value == null) {
            return new LinkedHashMap<>();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw validator.invalid(field, "must be an object of string keys and string values, was "
                                           + value.getClass().getSimpleName());
        }
        return new LinkedHashMap<>(map);
    }

    /** Puts the value unless it is null, so that a missing header or option never erases a field. */
    public static void putIfPresent(Map<String, Object> fields, String name, Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static Map<String, Object> parse(String text, String field, FieldValidator validator) {
        if (text.isBlank()) {
            return new LinkedHashMap<>();
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw validator.invalid(field, "is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw validator.invalid(field, "must be a JSON object, was a JSON "
                                            + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
        }
        return Json.mapper().convertValue(node, FIELD_MAP);
    }
}
