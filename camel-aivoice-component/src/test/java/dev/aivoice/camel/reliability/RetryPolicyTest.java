package dev.aivoice.camel.reliability;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Backoff, jitter bounds, the cap, and how Retry-After replaces the backoff. */
class RetryPolicyTest {

    final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(400), Duration.ofSeconds(1));

    @RepeatedTest(20)
    void backoffDoublesWithHalfOfEachWaitRandom() {
        assertThat(policy.waitBefore(1, Optional.empty()).orElseThrow().toMillis()).isBetween(200L, 400L);
        assertThat(policy.waitBefore(2, Optional.empty()).orElseThrow().toMillis()).isBetween(400L, 800L);
    }

    @RepeatedTest(20)
    void backoffIsCappedAtMaxDelay() {
        assertThat(policy.waitBefore(3, Optional.empty()).orElseThrow().toMillis()).isBetween(500L, 1000L);
    }

    @Test
    void hugeDelaysDoNotOverflowPastTheCap() {
        RetryPolicy huge = new RetryPolicy(40, Duration.ofDays(365), Duration.ofSeconds(30));

        assertThat(huge.waitBefore(40, Optional.empty()).orElseThrow()).isBetween(Duration.ofSeconds(15),
                Duration.ofSeconds(30));
    }

    @Test
    void noRetryBeyondMaxRetries() {
        assertThat(policy.waitBefore(4, Optional.empty())).isEmpty();
        assertThat(RetryPolicy.NONE.waitBefore(1, Optional.empty())).isEmpty();
    }

    @Test
    void retryAfterReplacesTheBackoff() {
        assertThat(policy.waitBefore(1, Optional.of(Duration.ofMillis(700)))).contains(Duration.ofMillis(700));
    }

    @Test
    void retryAfterLongerThanTheCapEndsRetrying() {
        assertThat(policy.waitBefore(1, Optional.of(Duration.ofSeconds(2)))).isEmpty();
    }
}
