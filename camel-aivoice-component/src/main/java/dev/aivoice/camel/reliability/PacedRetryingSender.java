package dev.aivoice.camel.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Function;

import dev.aivoice.camel.pacer.Pacer;
import dev.aivoice.camel.pacer.PacerUnavailableException;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.http.ConnectionFailures;
import dev.aivoice.camel.http.Sender;
import dev.aivoice.camel.metrics.SendObserver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The send chain's reliability link: waits for the request's pacing slot, sends it through the next link, and
 * schedules a retry when {@link RetryRules} and the {@link RetryPolicy} allow one. Every wait is a scheduled task,
 * never a sleeping thread. Should the endpoint stop while a request waits, or the pacer give no slot, it fails as not
 * sent. The pacer is a {@link Pacer} (in memory, or shared between instances: issue 15), not a link.
 */
public final class PacedRetryingSender implements Sender {

    private static final Logger LOG = LoggerFactory.getLogger(PacedRetryingSender.class);
    /** Refused admissions (window full when the slot came) before a request fails unsent rather than wait on. */
    static final int MOST_REFUSALS = 20;

    private final RetryPolicy policy;
    private final PacedAccount pacer;
    private final Delays delays;
    private final Function<RejectedExecutionException, AiVoiceException> stopped;
    private final Sender next;
    private final SendObserver observer; // issue 11 (metrics hook)

    /**
     * @param pacer   null for no pacing
     * @param stopped the exception of a request that was not sent because the endpoint stopped while it waited
     */
    public PacedRetryingSender(RetryPolicy policy, PacedAccount pacer, Delays delays,
                               Function<RejectedExecutionException, AiVoiceException> stopped, Sender next) {
        this(policy, pacer, delays, stopped, next, SendObserver.NONE);
    }

    /** @param observer told of pacing waits, retries and the end of each request (issue 11: metrics, INFO line) */
    public PacedRetryingSender(RetryPolicy policy, PacedAccount pacer, Delays delays,
                               Function<RejectedExecutionException, AiVoiceException> stopped, Sender next,
                               SendObserver observer) {
        this.observer = observer;
        this.policy = policy;
        this.pacer = pacer;
        this.delays = delays;
        this.stopped = stopped;
        this.next = next;
    }

    /**
     * Completes like the next link did on the last try: with the answer, or with the failure that ended retrying
     * (its message then says how many attempts were made).
     */
    @Override
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        SendObserver.Trace trace = observer.start(request); // issue 11 (metrics hook)
        if (pacer == null && policy.maxRetries() == 0) {
            // nothing to wait for and nothing to repeat: the next link's answer is the answer
            CompletableFuture<ApiResponse> answer = next.send(request);
            answer.whenComplete((response, failure) -> trace.finished(failure)); // issue 11 (metrics hook)
            return answer;
        }
        CompletableFuture<ApiResponse> result = new CompletableFuture<>();
        result.whenComplete((response, failure) -> trace.finished(failure)); // issue 11 (metrics hook)
        failSafely(result, () -> run(request, 1, result, trace));
        return result;
    }

    private void run(ApiRequest request, int number, CompletableFuture<ApiResponse> result, SendObserver.Trace trace) {
        if (pacer == null) {
            attempt(request, number, result, trace, null);
            return;
        }
        pace(request, number, result, trace, 0, false);
    }

    /**
     * Waits for a slot, then asks to be admitted as the request is about to go: a request whose thread woke late is
     * refused when the account's window is full, and reserves a new slot rather than join the others in a burst.
     *
     * @param waited whether an earlier slot of this attempt was waited for (told to the metrics already)
     */
    private void pace(ApiRequest request, int number, CompletableFuture<ApiResponse> result, SendObserver.Trace trace,
                      int refusals, boolean waited) {
        CompletableFuture<Duration> slot = pacer.reserve();
        // a slot reserved on a pacer's own thread (a database) resumes through the scheduler, not on that thread
        long least = slot.isDone() ? 0 : 1;
        slot.thenCompose(wait -> {
            if (wait.toNanos() > 0 && !waited) {
                // once per attempt: a paced request is one, however often it was refused and reserved again
                trace.paced(wait.toNanos()); // issue 11 (metrics hook)
            }
            return delays.after(Math.max(least, wait.toNanos()));
        }).thenCompose(slotCame -> {
            CompletableFuture<Instant> admission = pacer.admit();
            // admitted on a pacer's own thread: go on at once (a blocking send still moves to a sender thread)
            return admission.isDone() ? admission
                    : admission.thenCompose(admitted -> delays.resume().thenApply(resumed -> admitted));
        }).whenComplete((admitted, stop) ->
                failSafely(result, () -> {
                    if (stop == null && admitted != null) {
                        attempt(request, number, result, trace, admitted);
                    } else if (stop == null && refusals + 1 < MOST_REFUSALS) {
                        pace(request, number, result, trace, refusals + 1, waited || slot.join().toNanos() > 0);
                    } else if (stop == null) {
                        result.completeExceptionally(stopped.apply(new PacerUnavailableException("not sent: the"
                                + " pacer refused the request " + MOST_REFUSALS + " times, its account's"
                                + " maxRequestsPerSecond window being full each time its slot came", null)));
                    } else if (ConnectionFailures.unwrap(stop) instanceof PacerUnavailableException unavailable) {
                        // issue 15: no slot from the pacer: never sent unpaced
                        result.completeExceptionally(stopped.apply(unavailable));
                    } else {
                        result.completeExceptionally(stopped.apply(new RejectedExecutionException(
                                "not sent: the endpoint stopped while the request waited for its"
                                + " maxRequestsPerSecond slot", stop)));
                    }
                }));
    }

    /** @param admittedAt when the pacer recorded the send, null without pacing */
    private void attempt(ApiRequest request, int number, CompletableFuture<ApiResponse> result,
                         SendObserver.Trace trace, Instant admittedAt) {
        next.send(request).whenComplete((response, failure) -> {
            if (admittedAt != null) {
                pacer.answered(admittedAt); // issue 15: a request answered late may have arrived late
            }
            if (failure == null) {
                result.complete(response);
            } else {
                failSafely(result, () -> retryOrFail(request, number, ConnectionFailures.unwrap(failure), result,
                        trace));
            }
        });
    }

    private void retryOrFail(ApiRequest request, int number, Throwable failure, CompletableFuture<ApiResponse> result,
                             SendObserver.Trace trace) {
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
        trace.retrying(number, failure, wait.get()); // issue 11 (metrics hook)
        delays.after(wait.get().toNanos()).whenComplete((waited, stop) -> failSafely(result, () -> {
            if (stop != null) {
                ((AiVoiceException) failure).addDetail("not retried: the endpoint stopped");
                result.completeExceptionally(failure);
            } else {
                run(request, number + 1, result, trace);
            }
        }));
    }

    /** Runs a step of the retry loop; whatever it throws, an Error too, fails the request rather than leaving it pending. */
    private static void failSafely(CompletableFuture<ApiResponse> result, Runnable step) {
        try {
            step.run();
        } catch (Throwable unexpected) {
            result.completeExceptionally(unexpected);
        }
    }
}
