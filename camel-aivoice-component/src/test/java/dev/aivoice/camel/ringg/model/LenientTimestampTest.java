package dev.aivoice.camel.ringg.model;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Both timestamp forms Ringg sends, naive ones as UTC; anything else reads as null. */
class LenientTimestampTest {

    @Test
    void offsetTimestampKeepsItsOffset() {
        assertThat(LenientTimestamp.parse("2025-11-24T11:37:43.678043+05:30"))
                .isEqualTo(OffsetDateTime.parse("2025-11-24T11:37:43.678043+05:30"));
        assertThat(LenientTimestamp.parse("2025-11-24T11:37:43-03:00"))
                .isEqualTo(OffsetDateTime.parse("2025-11-24T11:37:43-03:00"));
        assertThat(LenientTimestamp.parse("2026-03-02T10:16:01.2Z"))
                .isEqualTo(OffsetDateTime.parse("2026-03-02T10:16:01.2Z"));
    }

    @Test
    void naiveTimestampIsReadAsUtc() {
        assertThat(LenientTimestamp.parse("2026-03-02T10:15:00.123456"))
                .isEqualTo(OffsetDateTime.parse("2026-03-02T10:15:00.123456Z"));
        assertThat(LenientTimestamp.parse(" 2025-11-24 07:33:49 "))
                .isEqualTo(OffsetDateTime.parse("2025-11-24T07:33:49Z"));
    }

    @Test
    void textThatIsNoTimestampReadsAsNull() {
        assertThat(LenientTimestamp.parse("yesterday")).isNull();
        assertThat(LenientTimestamp.parse("2025-11-24")).isNull();
        assertThat(LenientTimestamp.parse("2025-11-24T25:00:00")).isNull();
        assertThat(LenientTimestamp.parse("")).isNull();
        assertThat(LenientTimestamp.parse(null)).isNull();
    }
}
