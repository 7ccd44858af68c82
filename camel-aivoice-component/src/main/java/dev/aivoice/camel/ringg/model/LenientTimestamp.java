package dev.aivoice.camel.ringg.model;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;

/**
 * Ringg sends ISO-8601 timestamps with an offset ({@code 2025-11-24T11:37:43.678043+00:00}) and without one
 * ({@code 2025-11-24T07:33:49.629642}); naive ones are read as UTC. A value that is no timestamp reads as null rather
 * than failing the whole answer (the raw JSON of the answer is the place to look then).
 */
final class LenientTimestamp extends JsonDeserializer<OffsetDateTime> {

    @Override
    public OffsetDateTime deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        return parse(parser.getValueAsString());
    }

    static OffsetDateTime parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().replace(' ', 'T');
        try {
            // pick the form from the text: trying the offset form first threw (stack trace and all) for every naive
            // timestamp, and Ringg's call answer carries one
            return hasOffset(value)
                    ? OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    : LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atOffset(ZoneOffset.UTC);
        } catch (DateTimeParseException notATimestamp) {
            return null;
        }
    }

    /** {@code Z}, {@code +hh:mm} or {@code -hh:mm} after the time (the date's own dashes come before the T). */
    private static boolean hasOffset(String value) {
        int time = value.indexOf('T');
        return time >= 0 && (value.indexOf('+', time) >= 0 || value.indexOf('-', time) >= 0
                             || Character.toUpperCase(value.charAt(value.length() - 1)) == 'Z');
    }
}
