package dev.aivoice.camel.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import dev.aivoice.camel.pacer.Pacer;
import dev.aivoice.camel.pacer.PacerUnavailableException;

/**
 * One endpoint's view of its account's budget: the pacer, the account and the rate it was configured with; and how
 * quickly its admitted requests are answered, so that the pacer hears of a request that may have reached the provider
 * late (issue 15).
 */
public final class PacedAccount {

    private final Pacer pacer;
    private final String account;
    private final double requestsPerSecond;
    /** The quickest admission-to-answer time lately: the minimum, drifting up slowly so an old one does not stay. */
    private final AtomicLong quickestNanos = new AtomicLong(Long.MAX_VALUE);

    public PacedAccount(Pacer pacer, String account, double requestsPerSecond) {
        this.pacer = pacer;
        this.account = account;
        this.requestsPerSecond = requestsPerSecond;
    }

    public CompletableFuture<Duration> reserve() {
        try {
            return pacer.reserve(account, requestsPerSecond);
        } catch (RuntimeException bug) {
            // a pacer that throws instead of failing its future still fails the request, unsent
            return CompletableFuture.failedFuture(new PacerUnavailableException(
                    "not sent: the pacer failed to reserve a maxRequestsPerSecond slot", bug));
        }
    }

    /** The instant the send was recorded at: go now; null: the account's window is full, reserve again. */
    public CompletableFuture<Instant> admit() {
        try {
            return pacer.admit(account, requestsPerSecond);
        } catch (RuntimeException bug) {
            return CompletableFuture.failedFuture(new PacerUnavailableException(
                    "not sent: the pacer failed to admit the request to its maxRequestsPerSecond window", bug));
        }
    }

    /** A request admitted at {@code admittedAt} (the pacer's clock) was answered now. */
    public void answered(Instant admittedAt) {
        long took = Duration.between(admittedAt, Instant.now()).toNanos();
        long quickest = quickestNanos.accumulateAndGet(took,
                (before, now) -> now < before ? now : before + (now - before) / 64);
        if (took > quickest) {
            try {
                pacer.answeredLate(account, requestsPerSecond, Duration.ofNanos(took - quickest));
            } catch (RuntimeException ignored) {
                // the answer is the request's; a pacer failing to widen its window must not change it
            }
        }
    }
}
