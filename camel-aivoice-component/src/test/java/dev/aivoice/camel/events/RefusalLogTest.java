package dev.aivoice.camel.events;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import dev.aivoice.camel.test.LogCapture;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** At most one WARN line per cause per window, with the count; a new window after the old one was written. */
class RefusalLogTest {

    final AtomicLong nanos = new AtomicLong(1_000);
    final RefusalLog log = new RefusalLog("ringg", "/ringg/events", Duration.ofMinutes(1), nanos::get);

    @Test
    void aBurstWithinTheWindowIsOneLinePerCauseWrittenWhenTheWindowEnds() {
        try (LogCapture capture = new LogCapture()) {
            for (int i = 0; i < 50; i++) {
                log.refused(401, "10.0.0." + i + ":4711");
                nanos.addAndGet(Duration.ofMillis(100).toNanos());
            }
            log.refused(413, "10.0.0.99:4711");
            log.flushDue();
            assertThat(capture.lines("refused")).isEmpty();

            nanos.addAndGet(Duration.ofSeconds(61).toNanos());
            log.flushDue();

            assertThat(capture.lines("WARN", "refused")).hasSize(2);
            assertThat(capture.lines("WARN", "/ringg/events refused 50 requests with 401", "last from 10.0.0.49:4711"))
                    .hasSize(1);
            assertThat(capture.lines("WARN", "refused 1 request with 413", "10.0.0.99:4711")).hasSize(1);

            log.refused(401, "10.0.0.7:4711");
            log.flushDue();
            nanos.addAndGet(Duration.ofSeconds(61).toNanos());
            log.flushDue();
            assertThat(capture.lines("refused 1 request with 401")).hasSize(1);
        }
    }
}
