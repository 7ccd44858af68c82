package dev.aivoice.camel.events;

import java.util.List;
import java.util.Objects;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceEndpoint;
import dev.aivoice.camel.provider.WebhookFacet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A webhook consumer's options, checked before anything starts.
 *
 * @param token       null when authentication is disabled
 * @param routedTypes the event types routed, empty for all
 * @param path        the HTTP path: the endpoint's {@code webhookPath}, or the provider's default when left at the
 *                    documented one
 */
record WebhookSettings(BearerToken token, List<String> routedTypes, String path, int maxBodySize) {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookSettings.class);
    /** The {@code webhookPath} an endpoint has when it sets none (Ringg's, as documented in the catalog). */
    private static final String DOCUMENTED_DEFAULT_PATH = new AiVoiceConfiguration().getWebhookPath();

    static WebhookSettings of(AiVoiceEndpoint endpoint, WebhookFacet webhooks) {
        AiVoiceConfiguration configuration = endpoint.getConfiguration();
        BearerToken token = bearerToken(configuration);
        List<String> routedTypes = EventTypeFilter.parse(configuration.getEventTypes(), "eventTypes",
                webhooks.eventTypes());
        if (configuration.getWebhookMaxBodySize() <= 0) {
            throw new IllegalArgumentException("webhookMaxBodySize must be positive, was "
                                               + configuration.getWebhookMaxBodySize());
        }
        if (configuration.isAutoSubscribe()) {
            String subscribing = "autoSubscribe on aivoice:" + endpoint.getProvider() + ":" + endpoint.getApi();
            webhooks.subscription().orElseThrow(() -> new IllegalArgumentException(
                    subscribing + ": the provider has no subscription operation")).check(endpoint);
        }
        String path = Objects.equals(configuration.getWebhookPath(), DOCUMENTED_DEFAULT_PATH)
                ? webhooks.defaultPath() : configuration.getWebhookPath();
        return new WebhookSettings(token, routedTypes, path, configuration.getWebhookMaxBodySize());
    }

    private static BearerToken bearerToken(AiVoiceConfiguration configuration) {
        String secret = configuration.getWebhookToken();
        if (secret != null && !secret.isBlank()) {
            return new BearerToken(secret);
        }
        if (!configuration.isWebhookAuthDisabled()) {
            throw new IllegalArgumentException(
                    "The aivoice webhook consumer needs a webhookToken: the provider must send it as"
                                               + " 'Authorization: Bearer <token>', or anyone who finds the URL can"
                                               + " inject call events. Set webhookAuthDisabled=true only behind"
                                               + " another authenticating proxy (insecure otherwise).");
        }
        LOG.warn("aivoice webhook consumer started WITHOUT authentication (webhookAuthDisabled=true):"
                 + " any request to the webhook path is routed");
        return null;
    }

    @Override
    public String toString() {
        return "WebhookSettings[" + path + ", types " + routedTypes + "]"; // never the token
    }
}
