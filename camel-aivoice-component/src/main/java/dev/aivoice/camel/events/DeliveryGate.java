package dev.aivoice.camel.events;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.camel.spi.IdempotentRepository;

/**
 * Lets each event through once. The key is added to the {@link IdempotentRepository} before routing, confirmed
 * when the route succeeded and removed when it failed, so a failed event is routed again when redelivered.
 * <p>
 * A delivery that arrives while the same event is still being routed in this JVM waits for that outcome instead of
 * being answered at once: if the first one then fails, the waiting one routes the event itself. (A provider that
 * timed out on a slow route sends exactly such a delivery; answering it 200 at once would lose the event if the
 * slow route then failed.) Across JVMs the shared repository alone decides.
 */
public final class DeliveryGate {

    /** What became of a delivery that did not fail. */
    public enum Result {
        /** Routed now. */
        ROUTED,
        /** Already routed (or being routed on another node): acknowledge, do not route. */
        DUPLICATE,
        /** The same event is still being routed here after the wait: the provider should try again later. */
        STILL_IN_PROGRESS
    }

    /** The routing of one event. */
    @FunctionalInterface
    public interface Delivery {
        void route() throws Exception;
    }

    private final IdempotentRepository repository;
    private final Duration maxWait;
    private final ConcurrentMap<String, CompletableFuture<Boolean>> inFlight = new ConcurrentHashMap<>();

    /**
     * @param maxWait how long a repeated delivery waits for the one in progress; keep it below the provider's timeout
     */
    public DeliveryGate(IdempotentRepository repository, Duration maxWait) {
        this.repository = repository;
        this.maxWait = maxWait;
    }

    /**
     * Routes the event unless it was routed already.
     *
     * @throws Exception what the delivery threw; the key is released so a redelivery routes the event again
     */
    public Result deliver(String key, Delivery delivery) throws Exception {
        long deadline = System.nanoTime() + maxWait.toNanos();
        while (true) {
            CompletableFuture<Boolean> mine = new CompletableFuture<>();
            CompletableFuture<Boolean> running = inFlight.putIfAbsent(key, mine);
            if (running == null) {
                return deliverAsOwner(key, delivery, mine);
            }
            if (!awaitSuccess(running, deadline)) {
                if (System.nanoTime() - deadline >= 0) {
                    return Result.STILL_IN_PROGRESS;
                }
                // the delivery in progress failed and released the key: try to become the owner
            } else {
                return Result.DUPLICATE;
            }
        }
    }

    private Result deliverAsOwner(String key, Delivery delivery, CompletableFuture<Boolean> mine) throws Exception {
        boolean done = false;
        try {
            if (!repository.add(key)) {
                done = true;
                return Result.DUPLICATE;
            }
            try {
                delivery.route();
            } catch (Exception | Error failure) {
                repository.remove(key);
                throw failure;
            }
            repository.confirm(key);
            done = true;
            return Result.ROUTED;
        } finally {
            inFlight.remove(key, mine);
            mine.complete(done);
        }
    }

    /** True when the delivery in progress succeeded; false when it failed or the deadline passed first. */
    private static boolean awaitSuccess(CompletableFuture<Boolean> running, long deadline) throws InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return running.isDone() && running.getNow(false);
        }
        try {
            return running.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }
}
