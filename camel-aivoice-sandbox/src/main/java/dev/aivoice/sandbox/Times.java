package dev.aivoice.sandbox;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import dev.aivoice.sandbox.http.RinggStyle;

/** Ringg's two timestamp styles: with microseconds and offset, and naive (no offset, meant as UTC). */
final class Times {

    private static final DateTimeFormatter WITH_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSSxxx");
    private static final DateTimeFormatter NAIVE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS");

    private Times() {
    }

    static String withOffset(Instant instant) {
        return instant == null ? null : WITH_OFFSET.format(instant.atOffset(ZoneOffset.UTC));
    }

    static String naive(Instant instant) {
        return instant == null ? null : NAIVE.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** A history filter bound: ISO-8601 with offset, as Ringg asks for it. */
    static Instant parseFilter(String field, String value) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw RinggStyle.invalid("query", field, "invalid datetime format, expected ISO-8601 with offset");
        }
    }
}
