package dev.aivoice.camel.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.aivoice.camel.AiVoiceAuthenticationException;
import dev.aivoice.camel.AiVoiceEndpoint;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.AiVoicePaymentRequiredException;
import dev.aivoice.camel.http.ConnectionFailures;
import dev.aivoice.camel.metrics.EndpointMonitor;
import org.apache.camel.Exchange;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * The check of one provider account (provider, base URL, API key), shared by all its producer endpoints. A provider
 * with a read operation {@code workspace/get} (Ringg: {@code GET /workspace}) has its key checked live, at most once
 * per {@link #PROBE_INTERVAL} (the answer is cached in between). A provider without one (Ringly) is checked on its
 * configuration and on the last operation's outcome: DOWN after an authentication or payment error, with the
 * provider's message. Details name provider, base URL and endpoints, never the key.
 */
final class ProducerHealthCheck extends AiVoiceHealthCheck {

    static final Duration PROBE_INTERVAL = Duration.ofMinutes(1);
    private static final String PROBE_API = "workspace";
    private static final String PROBE_OPERATION = "get";

    private final String provider;
    private final String baseUrl;
    private final Clock clock;
    private final List<AiVoiceEndpoint> endpoints = new CopyOnWriteArrayList<>();
    private Instant probedAt;
    private Throwable probeFailure;

    ProducerHealthCheck(String id, String provider, String baseUrl, Clock clock) {
        super(id);
        this.provider = provider;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    List<AiVoiceEndpoint> endpoints() {
        return endpoints;
    }

    @Override
    void check(HealthCheckResultBuilder builder) {
        builder.detail("provider", provider).detail("base.url", baseUrl)
                .detail("endpoints", endpoints.stream().map(e -> e.toString()).toList().toString());
        if (endpoints.isEmpty()) {
            builder.unknown().message("No started aivoice " + provider + " producer");
            return;
        }
        AiVoiceEndpoint endpoint = endpoints.get(0);
        String key = endpoint.getConfiguration().getApiKey();
        if (key == null || key.isBlank()) {
            builder.down().message("aivoice " + provider + ": no apiKey configured");
            return;
        }
        boolean probes = endpoint.getProviderSpi().producerApis().getOrDefault(PROBE_API, List.of())
                .contains(PROBE_OPERATION);
        Throwable failure = probes ? probe(endpoint, builder) : lastOperationFailure(builder);
        if (failure == null) {
            builder.up();
        } else {
            builder.down().message(failure.getMessage());
        }
    }

    /** The key check's outcome, fresh or cached: null when the provider accepted the key. */
    private synchronized Throwable probe(AiVoiceEndpoint endpoint, HealthCheckResultBuilder builder) {
        Instant now = clock.instant();
        if (probedAt == null || !now.isBefore(probedAt.plus(PROBE_INTERVAL))) {
            probeFailure = sendProbe(endpoint);
            probedAt = now;
        }
        builder.detail("check", "GET " + PROBE_API).detail("checked.at", probedAt.toString());
        return probeFailure;
    }

    private static Throwable sendProbe(AiVoiceEndpoint endpoint) {
        Exchange exchange = endpoint.createExchange();
        try {
            endpoint.getProviderSpi().handler(PROBE_API, PROBE_OPERATION)
                    .handle(exchange, endpoint.operationContext(PROBE_API, PROBE_OPERATION))
                    .toCompletableFuture()
                    .get(endpoint.getConfiguration().getRequestTimeout() + 1000, TimeUnit.MILLISECONDS);
            return null;
        } catch (TimeoutException e) {
            return new TimeoutException("no answer to the key check in time");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (Exception e) {
            return ConnectionFailures.unwrap(e);
        }
    }

    /** The newest outcome among the account's endpoints: an authentication or payment error, or null. */
    private Throwable lastOperationFailure(HealthCheckResultBuilder builder) {
        EndpointMonitor latest = null;
        for (AiVoiceEndpoint endpoint : endpoints) {
            EndpointMonitor monitor = endpoint.monitor();
            if (monitor != null && monitor.lastOutcomeAt() != null
                    && (latest == null || monitor.lastOutcomeAt().isAfter(latest.lastOutcomeAt()))) {
                latest = monitor;
            }
        }
        if (latest == null) {
            builder.detail("last.outcome", "none yet");
            return null;
        }
        Throwable failure = latest.lastFailure();
        builder.detail("last.outcome", failure == null ? "success" : failure.getClass().getSimpleName())
                .detail("last.outcome.at", latest.lastOutcomeAt().toString());
        return refusesTheAccount(failure) ? failure : null;
    }

    /** Authentication or payment refused: by class, or by status for an exception copied to hide a secret. */
    private static boolean refusesTheAccount(Throwable failure) {
        if (failure instanceof AiVoiceAuthenticationException || failure instanceof AiVoicePaymentRequiredException) {
            return true;
        }
        return failure instanceof AiVoiceException error
               && List.of(401, 402, 403).contains(error.getHttpResponseCode());
    }
}
