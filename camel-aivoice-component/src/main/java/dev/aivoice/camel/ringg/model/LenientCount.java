package dev.aivoice.camel.ringg.model;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

/** A count that Ringg may send as a number, a numeric string, or a word such as {@code "many"} (read as null). */
final class LenientCount extends JsonDeserializer<Long> {

    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.currentToken() == JsonToken.VALUE_NUMBER_INT || parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
            return parser.getValueAsLong();
        }
        String text = parser.getValueAsString();
        if (text != null && !text.isBlank() && text.strip().chars().allMatch(Character::isDigit)) {
            return Long.parseLong(text.strip());
        }
        if (parser.currentToken().isStructStart()) {
            parser.skipChildren();
        }
        return null;
    }

    @Override
    public Long getNullValue(DeserializationContext context) {
        return null;
    }
}
