package dev.aivoice.camel.reliability;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import dev.aivoice.camel.pacer.SendBudget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The send window and its budget on a hand-driven clock: no sleeping, no timing. */
class SendWindowTest {

    static final long MILLI = 1_000_000L;

    final AtomicLong now = new AtomicLong(1_000_000_000L);

    @Test
    void twentyPerSecondCountsTwentySendsPerSecondAndAMarginAndSpacesSlotsForTheMarginAndAQuarter() {
        SendBudget budget = SendBudget.of(20, Duration.ofMillis(40));

        assertThat(budget.sends()).isEqualTo(20);
        assertThat(budget.windowNanos()).isEqualTo(1_040 * MILLI);
        // (1 s + 40 ms + 10 ms) / 20: 100 requests take 99 x 52.5 ms = 5.2 s
        assertThat(budget.slotIntervalNanos()).isEqualTo(52_500_000L);
    }

    @Test
    void aFractionalRateCountsOneRequestPerItsSpanAndAVeryHighRateAThousandPerAShorterWindow() {
        assertThat(SendBudget.of(0.5, Duration.ZERO)).isEqualTo(new SendBudget(1, 2_000 * MILLI, 2_000 * MILLI));
        assertThat(SendBudget.of(2.5, Duration.ZERO)).isEqualTo(new SendBudget(2, 800 * MILLI, 400 * MILLI));
        assertThat(SendBudget.of(4_000, Duration.ZERO)).isEqualTo(new SendBudget(1_000, 250 * MILLI, 250_000L));
        assertThatThrownBy(() -> SendBudget.of(0, Duration.ZERO)).hasMessageContaining("must be above 0");
        assertThatThrownBy(() -> SendBudget.of(1, Duration.ofMillis(-1))).hasMessageContaining("arrivalMargin");
    }

    @Test
    void aFullWindowRefusesUntilItsOldestSendIsAWindowOld() {
        SendWindow window = new SendWindow(SendBudget.of(3, Duration.ofMillis(40)), now::get);

        // a late waker and two on time, all at once: the window holds 3
        assertThat(window.admit()).isTrue();
        assertThat(window.admit()).isTrue();
        now.addAndGet(10 * MILLI);
        assertThat(window.admit()).isTrue();
        assertThat(window.admit()).isFalse();

        now.addAndGet(1_029 * MILLI); // 1,039 ms after the first two: one short of 1,040
        assertThat(window.admit()).isFalse();
        now.addAndGet(MILLI);
        assertThat(window.admit()).isTrue();
        assertThat(window.admit()).isTrue();
        assertThat(window.admit()).isFalse();
        now.addAndGet(10 * MILLI); // the third send of the first second is a window old now
        assertThat(window.admit()).isTrue();
        assertThat(window.admit()).isFalse();
    }

    @Test
    void aLateAnswerWidensTheWindowByItsExcessForTwoWindowsAndThatLong() {
        SendWindow window = new SendWindow(SendBudget.of(3, Duration.ofMillis(40)), now::get);
        for (int i = 0; i < 3; i++) {
            assertThat(window.admit()).isTrue();
        }
        now.addAndGet(100 * MILLI);
        window.widen(200 * MILLI); // the first of them may have reached the provider 200 ms late

        now.addAndGet(940 * MILLI); // a window (1,040 ms) after the three: still 200 ms to go
        assertThat(window.admit()).isFalse();
        now.addAndGet(199 * MILLI);
        assertThat(window.admit()).isFalse();
        now.addAndGet(MILLI);
        assertThat(window.admit()).isTrue();

        window.widen(0); // within the margin: nothing changes
        now.addAndGet(100 * MILLI + 2 * 1_040 * MILLI); // past the widening: one window again
        for (int i = 0; i < 3; i++) {
            assertThat(window.admit()).isTrue();
        }
        assertThat(window.admit()).isFalse();
        now.addAndGet(1_040 * MILLI);
        assertThat(window.admit()).isTrue();
    }
}
