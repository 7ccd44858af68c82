package dev.aivoice.camel.reliability;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.http.ConnectionFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request through an endpoint's reliability rules: waits for its pacing slot, makes the attempt, and
 * schedules a retry when {@link RetryRules} and the {@link RetryPolicy} allow one. Every wait is a scheduled task,
 * never a sleeping thread.
 */
public final class ReliableSender {

    private static final Logger LOG = LoggerFactory.getLogger(ReliableSender.class);

    private final RetryPolicy policy;
    private final PacedAccount pacing;
    private final Delays delays;

    /** @param pacing null for no pacing */
    public ReliableSender(RetryPolicy policy, PacedAccount pacing, Delays delays) {
        this.policy = policy;
        this.pacing = pacing;
        this.delays = delays;
    }

    /** Sends once, at once: no pacing, no retries (for contexts built without an endpoint). */
    public static ReliableSender direct() {
        return new ReliableSender(RetryPolicy.NONE, null, null);
    }

    /**
     * Completes like {@code attempt} did on its last try: with the answer, or with the failure that ended retrying
     * (its message then says how many attempts were made).
     *
     * @param attempt sends the request once; completes with a successful answer or an {@link AiVoiceException}
     */
    public CompletableFuture<ApiResponse> send(
            ApiRequest request, Function<ApiRequest, CompletableFuture<ApiResponse>> attempt) {
        CompletableFuture<ApiResponse> result = new CompletableFuture<>();
        run(request, attempt, 1, result);
        return result;
    }

    private void run(ApiRequest request, Function<ApiRequest, CompletableFuture<ApiResponse>> attempt, int number,
                     CompletableFuture<ApiResponse> result) {
        paced().whenComplete((slot, stopped) -> {
            if (stopped != null) {
                result.completeExceptionally(stopped);
                return;
            }
            CompletableFuture<ApiResponse> sent;
            try {
                sent = attempt.apply(request);
            } catch (RuntimeException unexpected) {
                // never leave the exchange waiting on an attempt that could not even start
                result.completeExceptionally(unexpected);
                return;
            }
            sent.whenComplete((response, failure) -> {
                if (failure == null) {
                    result.complete(response);
                } else {
                    failSafely(result, () -> retryOrFail(request, attempt, number, ConnectionFailures.unwrap(failure),
                            result));
                }
            });
        });
    }

    private void retryOrFail(ApiRequest request, Function<ApiRequest, CompletableFuture<ApiResponse>> attempt,
                             int number, Throwable failure, CompletableFuture<ApiResponse> result) {
        Optional<Duration> wait = Optional.empty();
        if (failure instanceof AiVoiceException error && RetryRules.mayRetry(request, error)) {
            wait = policy.waitBefore(number, error.getRetryAfter());
        }
        if (wait.isEmpty()) {
            if (number > 1 && failure instanceof AiVoiceException error) {
                error.addDetail("gave up after " + number + " attempts");
            }
            result.completeExceptionally(failure);
            return;
        }
        LOG.debug("{} failed on attempt {} ({}); retrying in {} ms", request, number,
                failure.getClass().getSimpleName(), wait.get().toMillis());
        delays.after(wait.get().toNanos()).whenComplete((waited, stopped) -> failSafely(result, () -> {
            if (stopped != null) {
                ((AiVoiceException) failure).addDetail("not retried: the endpoint stopped");
                result.completeExceptionally(failure);
            } else {
                run(request, attempt, number + 1, result);
            }
        }));
    }

    /** Runs a step of the retry loop; whatever it throws fails the request rather than leaving it pending. */
    private static void failSafely(CompletableFuture<ApiResponse> result, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException unexpected) {
            result.completeExceptionally(unexpected);
        }
    }

    /**
     * Completes when the request may start; exceptionally (nothing sent) when the endpoint stopped meanwhile, or with
     * a {@link PacerUnavailableException} when the pacer could not reserve a slot (never sent unpaced).
     */
    private CompletableFuture<Void> paced() {
        if (pacing == null) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<java.time.Duration> slot = pacing.reserve();
        // a slot reserved on a pacer's own thread (a database) resumes through the scheduler, not on that thread
        long least = slot.isDone() ? 0 : 1;
        return slot.thenCompose(wait -> delays.after(Math.max(least, wait.toNanos()))).exceptionallyCompose(stopped -> {
            Throwable cause = ConnectionFailures.unwrap(stopped);
            return CompletableFuture.failedFuture(cause instanceof PacerUnavailableException ? cause
                    : new RejectedExecutionException("not sent: the endpoint stopped while the request waited for its"
                                                     + " maxRequestsPerSecond slot", stopped));
        });
    }
}
