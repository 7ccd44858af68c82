package dev.aivoice.camel;

/**
 * No usable answer came back: connect failure, timeout, reset connection or a body that cannot be parsed.
 * {@link #isRequestMayHaveReachedProvider()} says whether the provider may have received (and acted on) the
 * request: when true, a call-placing request must not be sent again blindly, as it may already be ringing.
 */
public class AiVoiceConnectionException extends AiVoiceException {

    private final boolean requestMayHaveReachedProvider;

    public AiVoiceConnectionException(
            String message, AiVoiceError error, boolean requestMayHaveReachedProvider, Throwable cause) {
        super(message, error, cause);
        this.requestMayHaveReachedProvider = requestMayHaveReachedProvider;
    }

    /** True unless the request provably never reached the provider (e.g. connection refused). */
    public boolean isRequestMayHaveReachedProvider() {
        return requestMayHaveReachedProvider;
    }
}
