package dev.aivoice.camel.metrics;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import dev.aivoice.camel.http.ApiRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One request's retries and pacing waits: counted in the metrics as they happen, and told in one INFO line when the
 * request is done, only if it had any (a request sent at once and answered leaves no line).
 */
final class RequestStory implements SendObserver.Trace {

    private static final Logger LOG = LoggerFactory.getLogger("dev.aivoice.camel.operations");

    private final ApiRequest request;
    private final String provider;
    private final AiVoiceMetrics metrics;
    private final java.util.function.LongConsumer onPaced;
    private long pacedNanos;
    private int retries;
    private String lastFailure;

    RequestStory(ApiRequest request, String provider, AiVoiceMetrics metrics, java.util.function.LongConsumer onPaced) {
        this.request = request;
        this.provider = provider;
        this.metrics = metrics;
        this.onPaced = onPaced;
    }

    @Override
    public synchronized void paced(long nanos) {
        pacedNanos += nanos;
        metrics.pacingDelay(provider, nanos);
        onPaced.accept(nanos);
    }

    @Override
    public synchronized void retrying(int attempt, Throwable failure, Duration wait) {
        retries++;
        lastFailure = failure.getClass().getSimpleName();
        metrics.retry(provider);
    }

    @Override
    public synchronized void finished(Throwable failure) {
        if (failure == null && request.placesCall()) {
            metrics.callPlaced(provider);
        }
        if (retries == 0 && pacedNanos == 0) {
            return;
        }
        String outcome = failure == null ? "succeeded" : "failed (" + failure.getClass().getSimpleName() + ")";
        LOG.info("{} {} {} after {} retr{}{} and {} ms waiting for its maxRequestsPerSecond slot", provider, request,
                outcome, retries, retries == 1 ? "y" : "ies", lastFailure == null ? "" : " (last failure " + lastFailure + ")",
                TimeUnit.NANOSECONDS.toMillis(pacedNanos));
    }
}
