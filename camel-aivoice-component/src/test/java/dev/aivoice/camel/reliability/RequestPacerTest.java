package dev.aivoice.camel.reliability;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pacer's arithmetic on a hand-driven clock: no sleeping, no timing. */
class RequestPacerTest {

    final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void burstGetsEvenlySpacedStartTimes() {
        RequestPacer pacer = new RequestPacer(20, now::get);

        assertThat(pacer.reserve()).isZero();
        assertThat(pacer.reserve()).isEqualTo(50_000_000L);
        assertThat(pacer.reserve()).isEqualTo(100_000_000L);
    }

    @Test
    void idleTimeIsNotSavedUpForALaterBurst() {
        RequestPacer pacer = new RequestPacer(10, now::get);
        pacer.reserve();

        now.addAndGet(5_000_000_000L);

        assertThat(pacer.reserve()).isZero();
        assertThat(pacer.reserve()).isEqualTo(100_000_000L);
    }

    @Test
    void waitShrinksAsTimePasses() {
        RequestPacer pacer = new RequestPacer(4, now::get);
        pacer.reserve();
        now.addAndGet(100_000_000L);

        assertThat(pacer.reserve()).isEqualTo(150_000_000L);
    }

    @Test
    void fractionalRatesSpaceRequestsBySeconds() {
        RequestPacer pacer = new RequestPacer(0.5, now::get);
        pacer.reserve();

        assertThat(pacer.reserve()).isEqualTo(2_000_000_000L);
    }

    @Test
    void rateMustBePositive() {
        assertThatThrownBy(() -> new RequestPacer(0, now::get)).hasMessageContaining("must be above 0");
    }
}
