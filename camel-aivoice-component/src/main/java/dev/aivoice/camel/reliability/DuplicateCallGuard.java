package dev.aivoice.camel.reliability;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceDuplicateCallException;
import dev.aivoice.camel.AiVoiceError;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.AiVoiceServerException;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.http.ConnectionFailures;
import dev.aivoice.camel.validation.FieldValidator;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a redelivered exchange from ringing the same person twice. Before a call-placing request is sent, its
 * idempotency key is added to the repository; a key already there fails with {@link AiVoiceDuplicateCallException}
 * and nothing is sent. Once the provider accepted the call the key is confirmed; after a definite refusal (4xx,
 * validation, rate limit, a connection never made) it is removed so a corrected retry can go through; after an
 * ambiguous failure (timeout, reset, 5xx: the call may be ringing) it is kept, and the exception says so.
 */
public final class DuplicateCallGuard {

    private static final Logger LOG = LoggerFactory.getLogger(DuplicateCallGuard.class);

    private final IdempotentRepository repository;
    private final Expression keyExpression;

    /** @param keyExpression the endpoint's {@code idempotencyKey}, null when only the header gives keys */
    public DuplicateCallGuard(IdempotentRepository repository, Expression keyExpression) {
        this.repository = repository;
        this.keyExpression = keyExpression;
    }

    /**
     * Sends through {@code send} unless the exchange's key was used already. Without a key (no header, no option)
     * the request is sent unguarded. Keys are stored as {@code provider:api/operation:key}, so that keys of other
     * operations, or event ids of the webhook consumer sharing the repository, never collide.
     */
    public CompletableFuture<ApiResponse> guard(Exchange exchange, String provider, String operation,
                                                FieldValidator validator,
                                                Supplier<CompletableFuture<ApiResponse>> send) {
        String key = key(exchange, validator);
        if (key == null) {
            return send.get();
        }
        String stored = provider + ":" + operation + ":" + key;
        boolean claimed;
        try {
            claimed = KeyClaims.claim(repository, stored); // issue 15: a concurrent add on another instance loses
        } catch (RuntimeException storeDown) {
            // issue 15: a store that cannot record the key means no guard: nothing is dialled unguarded
            return CompletableFuture.failedFuture(new AiVoiceConnectionException(provider + " " + operation
                    + " not sent: the idempotentRepository could not record idempotency key " + FieldValidator.quote(key)
                    + " (" + storeDown.getClass().getSimpleName() + ")", AiVoiceError.local(provider, operation), false,
                    storeDown));
        }
        if (!claimed) {
            String message = provider + " " + operation + " not sent: idempotency key " + FieldValidator.quote(key)
                             + " was already used for a call (a redelivered exchange?)";
            return CompletableFuture.failedFuture(
                    new AiVoiceDuplicateCallException(message, AiVoiceError.local(provider, operation), key));
        }
        return send.get().whenComplete((answer, failure) -> settle(stored, key,
                failure == null ? null : ConnectionFailures.unwrap(failure)));
    }

    private void settle(String stored, String key, Throwable failure) {
        try {
            record(stored, key, failure);
        } catch (RuntimeException storeDown) {
            // the call's own outcome stands: a store that is down must not report a placed call as failed
            LOG.warn("Could not record the outcome of a call-placing request in the idempotent repository: {}",
                    storeDown.getClass().getSimpleName());
        }
    }

    private void record(String stored, String key, Throwable failure) {
        if (failure == null) {
            repository.confirm(stored);
        } else if (mayHavePlacedCall(failure)) {
            if (failure instanceof AiVoiceException error) {
                error.addDetail("idempotency key " + FieldValidator.quote(key) + " is kept, so the call is not placed"
                                + " again: check with the provider whether it was placed before removing the key");
            }
        } else {
            repository.remove(stored);
        }
    }

    /** No answer after the request may have arrived, or the provider failed while handling it. */
    static boolean mayHavePlacedCall(Throwable failure) {
        if (failure instanceof AiVoiceConnectionException connection) {
            return connection.isRequestMayHaveReachedProvider();
        }
        return failure instanceof AiVoiceServerException || !(failure instanceof AiVoiceException);
    }

    private String key(Exchange exchange, FieldValidator validator) {
        Object header = exchange.getMessage().getHeader(AiVoiceConstants.IDEMPOTENCY_KEY);
        if (header != null) {
            return nonBlank(header.toString(), AiVoiceConstants.IDEMPOTENCY_KEY + " header", validator);
        }
        if (keyExpression == null) {
            return null;
        }
        String value = keyExpression.evaluate(exchange, String.class);
        return nonBlank(value, "idempotencyKey (endpoint option)", validator);
    }

    private static String nonBlank(String key, String field, FieldValidator validator) {
        if (key == null || key.isBlank()) {
            throw validator.invalid(field, "gave no key for this call-placing request; a guarded call needs a"
                                           + " non-blank key (e.g. the lead id)");
        }
        return key;
    }
}
