package dev.aivoice.camel.pacer;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * SPI: the pacing budget of provider accounts, i.e. when the next request of an account may start. The component's
 * own is in memory ({@link RequestPacers}, one JVM); {@link JdbcPacer} shares one budget between several instances
 * through a database. Select one with the {@code pacer} option (e.g. {@code pacer=#sharedPacer}).
 * <p>
 * A request first {@link #reserve reserves} a slot and waits for it, then, as it is about to be sent,
 * {@link #admit asks to be admitted}: a request whose thread woke late must not join the ones on time in a burst.
 */
public interface Pacer {

    /**
     * Reserves the next send slot of an account. Must not block the caller (a route thread): a pacer that does I/O
     * does it on threads of its own.
     *
     * @param  account           the provider account: provider and a hash of base URL and API key (never the key)
     * @param  requestsPerSecond the endpoint's {@code maxRequestsPerSecond}, above 0
     * @return                   completes with how long the request must wait for its slot ({@link Duration#ZERO}:
     *                           start now), or exceptionally with a {@link PacerUnavailableException} when no slot
     *                           could be reserved; the request is then not sent (never sent unpaced)
     */
    CompletableFuture<Duration> reserve(String account, double requestsPerSecond);

    /**
     * Called when a request's slot has come, right before it is sent: records the send if the account's
     * {@link SendBudget} allows one now (counted on the real send instants, not the slots), else refuses it and the
     * request reserves a new slot. Must not block the caller. The default admits every request (slots only).
     *
     * @return completes with the instant the send was recorded at, by the pacer's clock (a wall clock: the database's
     *         for a shared pacer), or with null when refused (reserve again); or exceptionally with a
     *         {@link PacerUnavailableException}: the request is then not sent
     */
    default CompletableFuture<Instant> admit(String account, double requestsPerSecond) {
        return CompletableFuture.completedFuture(Instant.now());
    }

    /**
     * An admitted request of the account was answered {@code slowerBy} later after its admission than the account's
     * quickest requests lately: it may have reached the provider that much late too, and the requests admitted after
     * it could then arrive in a burst with it. A pacer widens the account's window, for a while, by what exceeds its
     * arrival margin. Must not block the caller. The default does nothing.
     */
    default void answeredLate(String account, double requestsPerSecond, Duration slowerBy) {
    }
}
