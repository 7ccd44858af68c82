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
        if (body == null) {
            return new LinkedHashMap<>();
        }
        if (typedRequest.isInstance(body)) {
            return Json.mapper().convertValue(body, FIELD_MAP);
        }
        if (body instanceof Map<?, ?> map) {
            Map<String, Object> fields = new LinkedHashMap<>();
            map.forEach((key, value) -> {
                if (!(key instanceof String)) {
                    throw validator.invalid("body", "map keys must be the provider's JSON field names (strings), found "
                                                    + (key == null ? "null" : key.getClass().getSimpleName()));
                }
                fields.put((String) key, value);
            });
            return fields;
        }
        String text = exchange.getMessage().getBody(String.class);
        if (text == null) {
            throw validator.invalid("body", "of type " + body.getClass().getName() + " is not supported: use "
                                            + typedRequest.getSimpleName() + ", a Map or a JSON object string");
        }
        return parse(text, validator);
    }

    private static Map<String, Object> parse(String text, FieldValidator validator) {
        if (text.isBlank()) {
            return new LinkedHashMap<>();
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw validator.invalid("body", "is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (node == null || !node.isObject()) {
            throw validator.invalid("body", "must be a JSON object, was a JSON "
                                            + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
        }
        return Json.mapper().convertValue(node, FIELD_MAP);
    }
}
