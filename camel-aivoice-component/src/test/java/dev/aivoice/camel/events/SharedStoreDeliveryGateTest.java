package dev.aivoice.camel.events;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two gates (two instances) on one shared store, here a store that is not the in-memory repository class and that,
 * like camel-sql's JdbcMessageIdRepository, reports a key added at the same moment elsewhere as an error. The
 * PostgreSQL version of these runs in camel-aivoice-scaleout-tests.
 */
class SharedStoreDeliveryGateTest {

    final SharedStore store = new SharedStore();
    final DeliveryGate a = new DeliveryGate(store, Duration.ofSeconds(5));
    final DeliveryGate b = new DeliveryGate(store, Duration.ofSeconds(5));
    final AtomicInteger routed = new AtomicInteger();

    @Test
    void aDeliveryAtTheOtherInstanceWaitsForTheEventInProgressAndIsADuplicateOnceItIsRouted() throws Exception {
        Held held = holdInA(false);

        CompletableFuture<DeliveryGate.Result> atB = CompletableFuture.supplyAsync(() -> deliver(b));
        Thread.sleep(300);
        assertThat(atB).isNotDone();
        held.release.countDown();

        assertThat(held.atA.get(5, TimeUnit.SECONDS)).isEqualTo(DeliveryGate.Result.ROUTED);
        assertThat(atB.get(5, TimeUnit.SECONDS)).isEqualTo(DeliveryGate.Result.DUPLICATE);
        assertThat(routed).hasValue(1);
        assertThat(store.contains("k" + DeliveryGate.ROUTED_MARK)).isTrue();
    }

    @Test
    void whenTheInstanceRoutingTheEventFailsTheWaitingDeliveryRoutesIt() throws Exception {
        Held held = holdInA(true);

        CompletableFuture<DeliveryGate.Result> atB = CompletableFuture.supplyAsync(() -> deliver(b));
        Thread.sleep(300);
        held.release.countDown();

        assertThat(held.atA).failsWithin(5, TimeUnit.SECONDS);
        assertThat(atB.get(5, TimeUnit.SECONDS)).isEqualTo(DeliveryGate.Result.ROUTED);
        assertThat(routed).hasValue(1);
    }

    @Test
    void aDeliveryStillInProgressElsewhereAfterTheWaitIsAnsweredAsSuch() throws Exception {
        DeliveryGate impatient = new DeliveryGate(store, Duration.ofMillis(300));
        Held held = holdInA(false);

        assertThat(impatient.deliver("k", routed::incrementAndGet)).isEqualTo(DeliveryGate.Result.STILL_IN_PROGRESS);

        held.release.countDown();
        assertThat(held.atA.get(5, TimeUnit.SECONDS)).isEqualTo(DeliveryGate.Result.ROUTED);
        assertThat(routed).hasValue(1);
    }

    @Test
    void aStoreThatReportsTheLosingAddAsAnErrorCountsAsTaken() throws Exception {
        store.add("k");
        store.failAddsOfPresentKeys = true;
        store.add("k" + DeliveryGate.ROUTED_MARK);

        assertThat(b.deliver("k", routed::incrementAndGet)).isEqualTo(DeliveryGate.Result.DUPLICATE);
        assertThat(routed).hasValue(0);
    }

    @Test
    void aStoreThatIsDownFailsTheDeliveryWithoutRoutingIt() {
        store.down = true;

        assertThatThrownBy(() -> a.deliver("k", routed::incrementAndGet)).hasMessage("store down");
        assertThat(routed).hasValue(0);
    }

    private record Held(CompletableFuture<DeliveryGate.Result> atA, CountDownLatch release) {
    }

    /** A delivery at instance a, held in its route until released, then succeeding or failing. */
    private Held holdInA(boolean fails) throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<DeliveryGate.Result> atA = CompletableFuture.supplyAsync(() -> {
            try {
                return a.deliver("k", () -> {
                    entered.countDown();
                    release.await(10, TimeUnit.SECONDS);
                    if (fails) {
                        throw new IllegalStateException("route failed at a");
                    }
                    routed.incrementAndGet();
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
        return new Held(atA, release);
    }

    private DeliveryGate.Result deliver(DeliveryGate gate) {
        try {
            return gate.deliver("k", routed::incrementAndGet);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A store shared by the gates (not a MemoryIdempotentRepository, so the gates treat it as shared). */
    static final class SharedStore extends ServiceSupport implements IdempotentRepository {
        final IdempotentRepository keys = MemoryIdempotentRepository.memoryIdempotentRepository(100);
        volatile boolean failAddsOfPresentKeys;
        volatile boolean down;

        @Override
        public boolean add(String key) {
            check();
            if (failAddsOfPresentKeys && keys.contains(key)) {
                throw new IllegalStateException("duplicate key value violates unique constraint");
            }
            return keys.add(key);
        }

        @Override
        public boolean contains(String key) {
            check();
            return keys.contains(key);
        }

        @Override
        public boolean remove(String key) {
            check();
            return keys.remove(key);
        }

        @Override
        public boolean confirm(String key) {
            check();
            return true;
        }

        @Override
        public void clear() {
            keys.clear();
        }

        private void check() {
            if (down) {
                throw new IllegalStateException("store down");
            }
        }
    }
}
