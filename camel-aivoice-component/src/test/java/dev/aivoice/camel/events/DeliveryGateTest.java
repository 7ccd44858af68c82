package dev.aivoice.camel.events;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.spi.IdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The add, route, confirm-or-remove cycle on a real in-memory repository, with real threads. */
class DeliveryGateTest {

    final IdempotentRepository repository = MemoryIdempotentRepository.memoryIdempotentRepository(100);
    final AtomicInteger routed = new AtomicInteger();

    @Test
    void failedDeliveryReleasesTheKeySoTheRedeliveryIsRouted() throws Exception {
        DeliveryGate gate = new DeliveryGate(repository, Duration.ofSeconds(1));

        assertThatThrownBy(() -> gate.deliver("k", () -> {
            throw new IllegalStateException("down");
        })).hasMessage("down");
        assertThat(repository.contains("k")).isFalse();

        assertThat(gate.deliver("k", routed::incrementAndGet)).isEqualTo(DeliveryGate.Result.ROUTED);
        assertThat(gate.deliver("k", routed::incrementAndGet)).isEqualTo(DeliveryGate.Result.DUPLICATE);
        assertThat(routed).hasValue(1);
        assertThat(repository.contains("k")).isTrue();
    }

    @Test
    void repeatedDeliveryGivesUpWaitingAfterTheMaximumWait() throws Exception {
        DeliveryGate gate = new DeliveryGate(repository, Duration.ofMillis(200));
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<DeliveryGate.Result> first = CompletableFuture.supplyAsync(() -> {
            try {
                return gate.deliver("k", () -> {
                    entered.countDown();
                    release.await(10, TimeUnit.SECONDS);
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        assertThat(gate.deliver("k", routed::incrementAndGet)).isEqualTo(DeliveryGate.Result.STILL_IN_PROGRESS);

        release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo(DeliveryGate.Result.ROUTED);
        assertThat(routed).hasValue(0);
    }

    @Test
    void anotherNodeSharingTheRepositoryAnswersDuplicateWhileTheEventIsInFlight() throws Exception {
        DeliveryGate nodeA = new DeliveryGate(repository, Duration.ofSeconds(1));
        DeliveryGate nodeB = new DeliveryGate(repository, Duration.ofSeconds(1));

        DeliveryGate.Result[] onB = new DeliveryGate.Result[1];
        DeliveryGate.Result onA = nodeA.deliver("k", () -> onB[0] = nodeB.deliver("k", routed::incrementAndGet));

        assertThat(onA).isEqualTo(DeliveryGate.Result.ROUTED);
        assertThat(onB[0]).isEqualTo(DeliveryGate.Result.DUPLICATE);
        assertThat(routed).hasValue(0);
    }
}
