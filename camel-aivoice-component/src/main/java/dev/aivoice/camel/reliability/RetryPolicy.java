package dev.aivoice.camel.reliability;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How many retries and how long to wait before each: exponential backoff from {@code delay}, capped at
 * {@code maxDelay}, half of each wait fixed and half random so that many exchanges failing together do not retry
 * together. A provider's {@code Retry-After} replaces the backoff; one longer than {@code maxDelay} ends retrying.
 */
public record RetryPolicy(int maxRetries, Duration delay, Duration maxDelay) {

    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, Duration.ZERO);

    /** The wait before retry number {@code retry} (1 for the first), or empty when there is to be no such retry. */
    public Optional<Duration> waitBefore(int retry, Optional<Duration> retryAfter) {
        if (retry > maxRetries) {
            return Optional.empty();
        }
        if (retryAfter.isPresent()) {
            return retryAfter.get().compareTo(maxDelay) > 0 ? Optional.empty() : retryAfter;
        }
        long cap = maxDelay.toMillis();
        int doublings = Math.min(retry - 1, 30);
        long base = delay.toMillis();
        long backoff = base > (cap >> doublings) ? cap : base << doublings;
        long half = backoff / 2;
        return Optional.of(Duration.ofMillis(backoff - half + ThreadLocalRandom.current().nextLong(half + 1)));
    }
}
