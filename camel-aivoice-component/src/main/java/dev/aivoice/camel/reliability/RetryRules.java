package dev.aivoice.camel.reliability;

import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.AiVoiceRateLimitException;
import dev.aivoice.camel.AiVoiceServerException;
import dev.aivoice.camel.http.ApiRequest;

/**
 * Which failed requests may be sent again. A repeated call-placing request can ring a real person twice, so such a
 * request is repeated only when the provider provably did not act on it: it refused it (429, Ringly "Account rate
 * limited") or the connection was never made. Reads are repeated after any server or transport failure.
 */
public final class RetryRules {

    private RetryRules() {
    }

    public static boolean mayRetry(ApiRequest request, AiVoiceException failure) {
        if (!request.canResend()) {
            // a streamed body is gone once sent: there is nothing to send again
            return false;
        }
        if (failure instanceof AiVoiceRateLimitException || neverConnected(failure)) {
            return true;
        }
        return request.isSafeToRepeat()
                && (failure instanceof AiVoiceServerException || failure instanceof AiVoiceConnectionException);
    }

    private static boolean neverConnected(AiVoiceException failure) {
        return failure instanceof AiVoiceConnectionException connection && !connection.isRequestMayHaveReachedProvider();
    }
}
