package dev.aivoice.camel.reliability;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Waits without holding a thread: a future completed by a scheduler. When its endpoint stops, every wait still
 * pending fails at once, so no exchange is left hanging on a retry or a pacing slot that will never come.
 */
public final class Delays implements AutoCloseable {

    private final ScheduledExecutorService scheduler;
    private final Executor resumeOn;
    private final Set<CompletableFuture<Void>> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    public Delays(ScheduledExecutorService scheduler) {
        this(scheduler, Runnable::run);
    }

    /**
     * @param resumeOn where what follows a wait runs: the scheduler's own thread must not make a blocking send (with
     *                 {@code synchronous=true}), so such endpoints resume on their sender threads
     */
    public Delays(ScheduledExecutorService scheduler, Executor resumeOn) {
        this.scheduler = scheduler;
        this.resumeOn = resumeOn;
    }

    /** Completes after the wait (at once for none), or exceptionally with a RejectedExecutionException if stopped. */
    public CompletableFuture<Void> after(long nanos) {
        if (nanos <= 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> done = new CompletableFuture<>();
        pending.add(done);
        if (closed) {
            done.completeExceptionally(new RejectedExecutionException("the endpoint stopped"));
        } else {
            try {
                ScheduledFuture<?> task = scheduler.schedule(() -> resume(done), nanos, TimeUnit.NANOSECONDS);
                done.whenComplete((ignored, failure) -> task.cancel(false));
            } catch (RejectedExecutionException stopped) {
                done.completeExceptionally(stopped);
            }
        }
        done.whenComplete((ignored, failure) -> pending.remove(done));
        return done;
    }

    /**
     * Completes where what follows a wait runs: at once on this thread, or on a sender thread for an endpoint whose
     * sends block (issue 15: a request admitted on a pacer's thread goes on without a detour through the scheduler).
     */
    public CompletableFuture<Void> resume() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new RejectedExecutionException("the endpoint stopped"));
        } else {
            resume(done);
        }
        return done;
    }

    private void resume(CompletableFuture<Void> done) {
        try {
            resumeOn.execute(() -> done.complete(null));
        } catch (RejectedExecutionException stopped) {
            done.completeExceptionally(stopped);
        }
    }

    public int pendingCount() {
        return pending.size();
    }

    @Override
    public void close() {
        closed = true;
        for (CompletableFuture<Void> wait : pending) {
            wait.completeExceptionally(new RejectedExecutionException("the endpoint stopped"));
        }
    }
}
