package dev.aivoice.camel;

import java.time.Duration;

/**
 * What is known about one failed provider request: who failed, how, and what the provider said.
 *
 * @param provider        {@code ringly} or {@code ringg}
 * @param operation       {@code api/operation}, e.g. {@code call/create}
 * @param httpStatus      the HTTP status, 0 when no response arrived
 * @param errorCode       the provider's error code, or null when it sent none
 * @param providerMessage the provider's error text (secrets already redacted), or null
 * @param retryAfter      the provider's {@code Retry-After}, or null when it sent none
 */
public record AiVoiceError(
        String provider, String operation, int httpStatus, String errorCode, String providerMessage,
        Duration retryAfter) {

    /** An error found before any request was sent. */
    public static AiVoiceError local(String provider, String operation) {
        return new AiVoiceError(provider, operation, 0, null, null, null);
    }
}
