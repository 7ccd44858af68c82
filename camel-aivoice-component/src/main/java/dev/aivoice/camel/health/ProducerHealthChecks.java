package dev.aivoice.camel.health;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import dev.aivoice.camel.AiVoiceEndpoint;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;

/**
 * The component's producer checks, one per provider account, in Camel's {@code producers} health repository (so
 * {@code camel.health.producersEnabled} switches them). Nothing happens when the application has no health check
 * registry (no camel-health).
 */
public final class ProducerHealthChecks {

    private final Map<String, ProducerHealthCheck> checks = new HashMap<>();
    private final Map<String, Integer> idsPerHost = new HashMap<>();

    /** Adds the endpoint to its account's check, registering the check for the first endpoint. */
    public synchronized void add(AiVoiceEndpoint endpoint, String account, boolean enabled) {
        WritableHealthCheckRepository repository = repository(endpoint.getCamelContext());
        if (repository == null) {
            return;
        }
        ProducerHealthCheck check = checks.computeIfAbsent(account, any -> {
            ProducerHealthCheck created = new ProducerHealthCheck(id(endpoint), endpoint.getProvider(),
                    endpoint.getServiceUrl(), Clock.systemUTC());
            created.setEnabled(enabled);
            repository.addHealthCheck(created);
            return created;
        });
        check.endpoints().add(endpoint);
    }

    /** Removes the endpoint; the account's check goes when its last endpoint stopped. */
    public synchronized void remove(AiVoiceEndpoint endpoint, String account) {
        ProducerHealthCheck check = checks.get(account);
        if (check == null) {
            return;
        }
        check.endpoints().remove(endpoint);
        if (check.endpoints().isEmpty()) {
            checks.remove(account);
            WritableHealthCheckRepository repository = repository(endpoint.getCamelContext());
            if (repository != null) {
                repository.removeHealthCheck(check);
            }
        }
    }

    /** {@code producer:aivoice-ringg-prod-api.ringg.ai}, numbered from the second account on the same host. */
    private String id(AiVoiceEndpoint endpoint) {
        String host = java.net.URI.create(endpoint.getServiceUrl()).getHost();
        String base = "producer:aivoice-" + endpoint.getProvider() + "-" + host;
        int n = idsPerHost.merge(base, 1, Integer::sum);
        return n == 1 ? base : base + "-" + n;
    }

    private static WritableHealthCheckRepository repository(CamelContext context) {
        return HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class);
    }
}
