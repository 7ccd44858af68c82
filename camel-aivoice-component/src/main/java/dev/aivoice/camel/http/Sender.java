package dev.aivoice.camel.http;

import java.util.concurrent.CompletableFuture;

/**
 * One link of an endpoint's send chain. Each link holds the next and never calls back into what called it:
 * <pre>
 * GuardedSender        duplicate-dial guard (call-placing requests with an idempotency key)
 *  -> PacedRetryingSender  pacing slot, then retries allowed by RetryRules and the RetryPolicy
 *   -> MappingSender       a provider's error answer becomes its AiVoiceException; no answer an AiVoiceConnectionException
 *    -> HttpTransport      one HTTP exchange, bounded in time (requestTimeout) and size (maxAnswerSize)
 * </pre>
 * Where new links go: a link that times or counts every attempt (metrics) sits just above {@code MappingSender}, one
 * that times the whole send with its retries just below {@code GuardedSender}; a link that sends nothing (dry run)
 * takes the transport's place; a pacer shared between instances is a {@code RequestPacer} source for
 * {@code PacedRetryingSender}, not a link. The chain is put together in one place, {@code SendChains.chain}.
 */
@FunctionalInterface
public interface Sender {

    /**
     * Completes with the answer, or exceptionally with why there is none. Never throws: any failure, an
     * {@link Error} included, completes the future, so no exchange can wait forever.
     */
    CompletableFuture<ApiResponse> send(ApiRequest request);
}
