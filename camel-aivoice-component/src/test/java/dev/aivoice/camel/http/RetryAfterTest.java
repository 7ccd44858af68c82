package dev.aivoice.camel.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Retry-After is read in both forms RFC 9110 allows; anything else is ignored rather than guessed. */
class RetryAfterTest {

    final Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void delaySecondsAreReadAsADuration() {
        assertThat(RetryAfter.parse("120", clock)).contains(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", clock)).contains(Duration.ZERO);
    }

    @Test
    void httpDateIsReadAsTheWaitUntilThen() {
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 10:00:45 GMT", clock)).contains(Duration.ofSeconds(45));
    }

    @Test
    void httpDateInThePastMeansNoWait() {
        assertThat(RetryAfter.parse("Mon, 23 Nov 2026 09:00:00 GMT", clock)).contains(Duration.ZERO);
    }

    @Test
    void garbageNegativeAndOverflowingValuesAreIgnored() {
        assertThat(RetryAfter.parse("soon", clock)).isEmpty();
        assertThat(RetryAfter.parse("-5", clock)).isEmpty();
        assertThat(RetryAfter.parse("99999999999999999999999", clock)).isEmpty();
        assertThat(RetryAfter.parse("", clock)).isEmpty();
        assertThat(RetryAfter.parse(null, clock)).isEmpty();
    }
}
