package dev.aivoice.camel.metrics;

import java.time.Duration;

import dev.aivoice.camel.http.ApiRequest;

/** Told what the reliable send path does with one request: pacing waits, retries, the end. */
public interface SendObserver {

    /** Observes nothing. */
    SendObserver NONE = request -> Trace.NONE;

    /** Starts observing one request (called once, before its first pacing slot). */
    Trace start(ApiRequest request);

    /** The story of one request. */
    interface Trace {

        Trace NONE = new Trace() {
        };

        /** The request waited this long for its pacing slot (only called when it had to wait). */
        default void paced(long nanos) {
        }

        /** Attempt {@code attempt} failed with {@code failure}; the next one starts after {@code wait}. */
        default void retrying(int attempt, Throwable failure, Duration wait) {
        }

        /** The request is done: {@code failure} null when the provider accepted it. */
        default void finished(Throwable failure) {
        }
    }
}
