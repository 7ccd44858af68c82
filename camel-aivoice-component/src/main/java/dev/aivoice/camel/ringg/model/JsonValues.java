package dev.aivoice.camel.ringg.model;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.json.Json;

/** Lenient reads of single JSON values: a value of the wrong kind reads as absent rather than failing the whole. */
final class JsonValues {

    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT_MAP = new TypeReference<>() {
    };

    private JsonValues() {
    }

    /** The text of a scalar field; null when missing, null or not a scalar. */
    static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        return value.asText();
    }

    static String firstText(JsonNode node, String... names) {
        for (String name : names) {
            String value = text(node, name);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** A number, or a string holding one. */
    static Double number(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.asDouble();
        }
        return value.isTextual() ? number(value.asText()) : null;
    }

    /** A number written as text; null when blank or not a number. */
    static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(text.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    static Integer integer(JsonNode value) {
        Double number = number(value);
        return number == null ? null : number.intValue();
    }

    static Map<String, Object> objectMap(JsonNode value) {
        if (value == null || !value.isObject()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(Json.mapper().convertValue(value, OBJECT_MAP));
    }

    /** An object's values as text (nested ones as their JSON), e.g. a call's {@code custom_args_values}. */
    static Map<String, String> stringMap(JsonNode value) {
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
