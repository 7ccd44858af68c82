package dev.aivoice.camel;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.HttpResponseAware;

/**
 * Base of every error the aivoice component raises. Carries the provider, the operation, the HTTP status, the
 * provider's error code and message, and the {@code Retry-After} the provider sent. Messages never contain the API
 * key or the webhook token.
 */
public class AiVoiceException extends RuntimeCamelException implements HttpResponseAware {

    private final transient AiVoiceError error;
    private final List<String> details = new CopyOnWriteArrayList<>();
    /** Set when a secret was found in this exception's chain: masks the message, and the cause is a redacted copy. */
    private transient volatile UnaryOperator<String> redactor;
    private volatile Throwable redactedCause;

    public AiVoiceException(String message, AiVoiceError error) {
        this(message, error, null);
    }

    public AiVoiceException(String message, AiVoiceError error, Throwable cause) {
        super(message, cause);
        this.error = error;
    }

    /**
     * Adds what the component did about this failure (retries made, an idempotency key kept) to the message.
     * Details never carry secrets.
     */
    public void addDetail(String detail) {
        details.add(detail);
    }

    @Override
    public String getMessage() {
        String message = details.isEmpty() ? super.getMessage()
                : super.getMessage() + " (" + String.join("; ", details) + ")";
        UnaryOperator<String> masking = redactor;
        return masking == null ? message : masking.apply(message);
    }

    @Override
    public synchronized Throwable getCause() {
        return redactedCause != null ? redactedCause : super.getCause();
    }

    /**
     * Masks secrets in this exception's message and puts a redacted copy of its cause in the cause's place. The
     * exception stays the same object of the same class, so a route's {@code onException} still matches it.
     */
    public void redact(UnaryOperator<String> redactor, Throwable redactedCause) {
        this.redactor = redactor;
        this.redactedCause = redactedCause;
    }

    public AiVoiceError getError() {
        return error;
    }

    public String getProvider() {
        return error.provider();
    }

    public String getOperation() {
        return error.operation();
    }

    /** The HTTP status of the provider's answer, 0 when there was none. */
    public int getHttpStatus() {
        return error.httpStatus();
    }

    public String getErrorCode() {
        return error.errorCode();
    }

    public String getProviderMessage() {
        return error.providerMessage();
    }

    public Optional<Duration> getRetryAfter() {
        return Optional.ofNullable(error.retryAfter());
    }

    @Override
    public int getHttpResponseCode() {
        return error.httpStatus();
    }

    @Override
    public void setHttpResponseCode(int code) {
        throw new UnsupportedOperationException("AiVoiceException is immutable");
    }

    @Override
    public String getHttpResponseStatus() {
        return error.providerMessage();
    }

    @Override
    public void setHttpResponseStatus(String status) {
        throw new UnsupportedOperationException("AiVoiceException is immutable");
    }
}
