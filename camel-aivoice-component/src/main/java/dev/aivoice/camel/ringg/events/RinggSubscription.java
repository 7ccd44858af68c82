package dev.aivoice.camel.ringg.events;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceEndpoint;
import dev.aivoice.camel.provider.WebhookFacet;
import org.apache.camel.Exchange;

/**
 * {@code autoSubscribe} on Ringg: registers the webhook on the agent through the provider's own
 * {@code agent/subscribeEvents} operation, which reads the agent's subscriptions, replaces ours and keeps the others.
 */
final class RinggSubscription implements WebhookFacet.Subscription {

    private static final String API = "agent";
    private static final String OPERATION = "subscribeEvents";

    @Override
    public void check(AiVoiceEndpoint endpoint) {
        AiVoiceConfiguration configuration = endpoint.getConfiguration();
        for (String[] required : new String[][] {
                { "publicUrl", configuration.getPublicUrl() }, { "agentId", configuration.getAgentId() },
                { "apiKey", configuration.getApiKey() } }) {
            if (required[1] == null || required[1].isBlank()) {
                throw new IllegalArgumentException("autoSubscribe on aivoice:" + endpoint.getProvider() + ":"
                                                   + endpoint.getApi() + " needs the option " + required[0]);
            }
        }
    }

    @Override
    public Object subscribe(AiVoiceEndpoint endpoint, List<String> routedTypes) throws Exception {
        // the legacy callback is set per call, not subscribed; no types left means every documented one
        List<String> types = routedTypes.stream().filter(type -> !EventTypes.CALLBACK.equals(type)).toList();
        Exchange exchange = endpoint.createExchange();
        exchange.getMessage().setBody(Map.of("callback_url", endpoint.getConfiguration().getPublicUrl(),
                "event_type", types.isEmpty() ? EventTypes.DOCUMENTED : types));
        try {
            endpoint.getProviderSpi().handler(API, OPERATION)
                    .handle(exchange, endpoint.operationContext(API, OPERATION))
                    .toCompletableFuture().get();
        } catch (ExecutionException e) {
            // issue 12: no secret in the start failure's message or causes
            throw endpoint.getSecrets().scrub(e.getCause() instanceof Exception cause ? cause : e);
        }
        return exchange.getMessage().getBody();
    }
}
