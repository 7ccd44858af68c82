package dev.aivoice.camel.events;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.aivoice.camel.reliability.KeyClaims;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets each event through once. The key is added to the {@link IdempotentRepository} before routing, confirmed
 * when the route succeeded and removed when it failed, so a failed event is routed again when redelivered.
 * <p>
 * A delivery that arrives while the same event is still being routed in this JVM waits for that outcome instead of
 * being answered at once: if the first one then fails, the waiting one routes the event itself. (A provider that
 * timed out on a slow route sends exactly such a delivery; answering it 200 at once would lose the event if the
 * slow route then failed.)
 * <p>
 * Across instances sharing the repository (any but an in-memory one) the same holds through the store: once routed,
 * the event's key is joined by a second key, {@code key|routed}. A delivery that finds the key taken but not marked
 * routed polls the store: marked routed means a duplicate; the key gone (the other instance's route failed) means
 * this delivery takes the key and routes the event; neither before the wait ends means STILL_IN_PROGRESS.
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

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryGate.class);

    /** Suffix of the key that says an event was routed (in a shared repository). */
    static final String ROUTED_MARK = "|routed";
    private static final long FIRST_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final long LONGEST_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final IdempotentRepository repository;
    private final Duration maxWait;
    /** Other instances may hold keys: an in-memory repository is this JVM's own. */
    private final boolean shared;
    private final ConcurrentMap<String, CompletableFuture<Boolean>> inFlight = new ConcurrentHashMap<>();

    /**
     * @param maxWait how long a repeated delivery waits for the one in progress; keep it below the provider's timeout
     */
    public DeliveryGate(IdempotentRepository repository, Duration maxWait) {
        this.repository = repository;
        this.maxWait = maxWait;
        this.shared = !(repository instanceof MemoryIdempotentRepository);
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
                return deliverAsOwner(key, delivery, mine, deadline);
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

    private Result deliverAsOwner(String key, Delivery delivery, CompletableFuture<Boolean> mine, long deadline)
            throws Exception {
        boolean done = false;
        try {
            Result result;
            if (KeyClaims.claim(repository, key)) {
                routeClaimed(key, delivery);
                result = Result.ROUTED;
            } else {
                result = shared ? awaitOtherInstance(key, delivery, deadline) : Result.DUPLICATE;
            }
            done = result != Result.STILL_IN_PROGRESS;
            return result;
        } finally {
            inFlight.remove(key, mine);
            mine.complete(done);
        }
    }

    /** Routes an event whose key this delivery holds: confirmed (and marked routed) on success, released on failure. */
    private void routeClaimed(String key, Delivery delivery) throws Exception {
        try {
            delivery.route();
        } catch (Exception | Error failure) {
            repository.remove(key);
            throw failure;
        }
        if (shared) {
            try {
                KeyClaims.claim(repository, key + ROUTED_MARK);
            } catch (RuntimeException storeDown) {
                // the event was routed: answer so. Without the mark the key stays taken: duplicates wait, never route
                LOG.warn("Routed an event but could not mark it routed in the idempotentRepository ({}): its"
                         + " duplicates will be answered 500 until the provider gives up",
                        storeDown.getClass().getSimpleName());
                return;
            }
        }
        repository.confirm(key);
    }

    /** The key is held by another instance: wait until it routed the event, or failed and released the key. */
    private Result awaitOtherInstance(String key, Delivery delivery, long deadline) throws Exception {
        long pause = FIRST_POLL_NANOS;
        while (!repository.contains(key + ROUTED_MARK)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Result.STILL_IN_PROGRESS;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(pause, left));
            pause = Math.min(pause * 2, LONGEST_POLL_NANOS);
            if (KeyClaims.claim(repository, key)) {
                routeClaimed(key, delivery);
                return Result.ROUTED;
            }
        }
        return Result.DUPLICATE;
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
