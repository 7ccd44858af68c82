package dev.aivoice.camel.http;

import java.util.concurrent.CompletableFuture;

/**
 * One link of an endpoint's send chain. Each link holds the next and never calls back into what called it:
 * <pre>
 * GuardedSender        duplicate-dial guard (call-placing requests with an idempotency key)
 *  -> PacedRetryingSender  pacing slot, then retries allowed by RetryRules and the RetryPolicy
 *   -> MappingSender       a provider's error answer becomes its AiVoiceException; no answer an AiVoiceConnectionException
 *    -> KeyedSender        the account's current key on each attempt, held until its answer (rotateKey waits for it)
 *     -> HttpTransport     one HTTP exchange, bounded in time (requestTimeout) and size (maxAnswerSize)
 * </pre>
 * Where new links go: a link that times or counts every attempt (metrics) sits just above {@code MappingSender}, one
 * that times the whole send with its retries just below {@code GuardedSender}; a link that sends nothing (dry run)
 * replaces the whole chain (no key stored, no pacing slot); a pacer shared between instances is a
 * {@code dev.aivoice.camel.pacer.Pacer} behind {@code PacedRetryingSender}, not a link. The chain is put together in
 * one place, {@code SendChains.chain}.
 */
@FunctionalInterface
public interface Sender {

    /**
     * Completes with the answer, or exceptionally with why there is none. Never throws: any failure, an
     * {@link Error} included, completes the future, so no exchange can wait forever.
     */
    CompletableFuture<ApiResponse> send(ApiRequest request);
}
