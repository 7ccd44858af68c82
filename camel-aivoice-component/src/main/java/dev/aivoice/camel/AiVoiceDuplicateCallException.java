package dev.aivoice.camel;

/**
 * A call-placing request was not sent because its idempotency key was already used: a call with that key was
 * placed, may have been placed, or is being placed right now. Nothing was sent. {@link #getIdempotencyKey()} is the
 * key as the route gave it; remove it from the {@code idempotentRepository} (prefixed as the README says) to allow
 * another call.
 */
public class AiVoiceDuplicateCallException extends AiVoiceException {

    private final String idempotencyKey;

    public AiVoiceDuplicateCallException(String message, AiVoiceError error, String idempotencyKey) {
        super(message, error);
        this.idempotencyKey = idempotencyKey;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}
