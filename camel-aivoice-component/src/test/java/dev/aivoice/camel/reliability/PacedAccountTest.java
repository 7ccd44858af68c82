package dev.aivoice.camel.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.aivoice.camel.pacer.Pacer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An endpoint tells its pacer of requests answered later after their admission than its quickest ones. */
class PacedAccountTest {

    final List<Duration> late = new CopyOnWriteArrayList<>();
    final Pacer pacer = new Pacer() {
        @Override
        public CompletableFuture<Duration> reserve(String account, double requestsPerSecond) {
            return CompletableFuture.completedFuture(Duration.ZERO);
        }

        @Override
        public void answeredLate(String account, double requestsPerSecond, Duration slowerBy) {
            late.add(slowerBy);
        }
    };

    @Test
    void aRequestAnsweredSlowerThanTheQuickestIsReportedWithByHowMuch() {
        PacedAccount account = new PacedAccount(pacer, "ringly:abc", 20);

        account.answered(Instant.now().minusMillis(10));
        assertThat(late).isEmpty();
        account.answered(Instant.now().minusMillis(300));

        // about 290 ms slower, less the quickest's slow drift towards it (1/64) and the time the test took
        assertThat(late).hasSize(1);
        assertThat(late.get(0)).isBetween(Duration.ofMillis(250), Duration.ofMillis(295));
    }
}
