package dev.aivoice.camel.reliability;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import dev.aivoice.camel.pacer.Pacer;
import dev.aivoice.camel.pacer.PacerUnavailableException;

/** One endpoint's view of its account's budget: the pacer, the account and the rate it was configured with. */
public record PacedAccount(Pacer pacer, String account, double requestsPerSecond) {

    public CompletableFuture<Duration> reserve() {
        try {
            return pacer.reserve(account, requestsPerSecond);
        } catch (RuntimeException bug) {
            // a pacer that throws instead of failing its future still fails the request, unsent
            return CompletableFuture.failedFuture(new PacerUnavailableException(
                    "not sent: the pacer failed to reserve a maxRequestsPerSecond slot", bug));
        }
    }

    /** True: the send was recorded, go now; false: the account's window is full, reserve again. */
    public CompletableFuture<Boolean> admit() {
        try {
            return pacer.admit(account, requestsPerSecond);
        } catch (RuntimeException bug) {
            return CompletableFuture.failedFuture(new PacerUnavailableException(
                    "not sent: the pacer failed to admit the request to its maxRequestsPerSecond window", bug));
        }
    }
}
