package dev.aivoice.camel.reliability;

import java.util.concurrent.CompletableFuture;

import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceDuplicateCallException;
import dev.aivoice.camel.AiVoiceError;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.AiVoiceServerException;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.http.ConnectionFailures;
import dev.aivoice.camel.http.Sender;
import dev.aivoice.camel.validation.FieldValidator;
import org.apache.camel.spi.IdempotentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The send chain's first link, the duplicate-dial guard: keeps a redelivered exchange from ringing the same person
 * twice. Before a call-placing request with an idempotency key is sent, the key is added to the repository; a key
 * already there fails with {@link AiVoiceDuplicateCallException} and nothing is sent. Once the provider accepted the
 * call the key is confirmed. Whenever the failure proves nothing was sent or acted upon (a refusal: 4xx, validation,
 * rate limit; the request not built or not handed on; a connection never made) it is removed, so a corrected retry
 * goes through. Only when the call may have reached the provider (timeout, reset, 5xx: it may be ringing) is it kept,
 * and the exception says so. Requests that place no call pass straight through.
 */
public final class GuardedSender implements Sender {

    static final String NO_KEY = "gave no key for this call-placing request; a guarded call needs a non-blank key"
                                 + " (e.g. the lead id)";

    private static final Logger LOG = LoggerFactory.getLogger(GuardedSender.class);

    private final IdempotentRepository repository;
    private final boolean keyRequired;
    private final String provider;
    private final String operation;
    private final FieldValidator validator;
    private final Sender next;

    /**
     * @param keyRequired true when the endpoint has an {@code idempotencyKey} expression: a call-placing request must
     *                    then carry a key
     * @param operation   {@code api/operation}, as messages name it
     */
    public GuardedSender(IdempotentRepository repository, boolean keyRequired, String provider, String operation,
                         FieldValidator validator, Sender next) {
        this.repository = repository;
        this.keyRequired = keyRequired;
        this.provider = provider;
        this.operation = operation;
        this.validator = validator;
        this.next = next;
    }

    @Override
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        String key = request.idempotencyKey();
        if (!request.placesCall() || key == null && !keyRequired) {
            return next.send(request);
        }
        if (key == null) {
            return CompletableFuture.failedFuture(validator.invalid("idempotencyKey (endpoint option)", NO_KEY));
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
        CompletableFuture<ApiResponse> result = new CompletableFuture<>();
        CompletableFuture<ApiResponse> sent;
        try {
            sent = next.send(request);
        } catch (Throwable notSent) {
            sent = CompletableFuture.failedFuture(notSent);
        }
        sent.whenComplete((answer, failure) -> {
            Throwable cause = failure == null ? null : ConnectionFailures.unwrap(failure);
            settle(stored, key, cause);
            if (cause == null) {
                result.complete(answer);
            } else {
                result.completeExceptionally(cause);
            }
        });
        return result;
    }

    private void settle(String stored, String key, Throwable failure) {
        try {
            record(stored, key, failure);
        } catch (Throwable storeDown) {
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
}
