package dev.aivoice.camel.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.aivoice.camel.http.ApiRequest;

/**
 * One AI phone-agent provider: its APIs and operations, how it authenticates, how it reports errors, and optionally
 * its webhook. A provider is one package plus one line in {@code AiVoiceProviders} (or a
 * {@code META-INF/services/dev.aivoice.camel.provider.AiVoiceProvider} entry); nothing else names it.
 */
public interface AiVoiceProvider {

    /** The name used in URIs: {@code aivoice:<name>:<api>}. */
    String name();

    String defaultBaseUrl();

    /** Producer APIs and their operations, in URI order; the first operation of each is its default. */
    Map<String, List<String>> producerApis();

    /** The provider's webhook: how its deliveries are read and subscribed; empty when it has none. */
    default Optional<WebhookFacet> webhooks() {
        return Optional.empty();
    }

    /** APIs served by a consumer (webhooks): those of {@link #webhooks()}. */
    default Set<String> consumerApis() {
        return webhooks().map(WebhookFacet::apis).orElse(Set.of());
    }

    OperationHandler handler(String api, String operation);

    /** Adds the provider's authentication to a request. */
    void authenticate(ApiRequest.Builder request, String apiKey);

    ErrorMapper errorMapper();
}
