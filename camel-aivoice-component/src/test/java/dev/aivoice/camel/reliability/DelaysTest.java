package dev.aivoice.camel.reliability;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Waits on a real scheduler: none are left pending, and closing fails them at once. */
class DelaysTest {

    final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    final Delays delays = new Delays(scheduler);

    @AfterEach
    void stopScheduler() {
        scheduler.shutdownNow();
    }

    @Test
    void noWaitCompletesAtOnce() {
        assertThat(delays.after(0)).isCompleted();
        assertThat(delays.pendingCount()).isZero();
    }

    @Test
    void waitCompletesOnTheSchedulerAndIsForgotten() throws Exception {
        CompletableFuture<Void> wait = delays.after(TimeUnit.MILLISECONDS.toNanos(20));

        wait.get(5, TimeUnit.SECONDS);
        assertThat(delays.pendingCount()).isZero();
    }

    @Test
    void closeFailsPendingWaitsAtOnceAndRefusesNewOnes() {
        CompletableFuture<Void> pending = delays.after(TimeUnit.HOURS.toNanos(1));

        delays.close();

        assertThat(pending).isCompletedExceptionally();
        assertThatThrownBy(pending::join).hasCauseInstanceOf(RejectedExecutionException.class);
        assertThat(delays.after(TimeUnit.SECONDS.toNanos(1))).isCompletedExceptionally();
        assertThat(delays.pendingCount()).isZero();
    }
}
