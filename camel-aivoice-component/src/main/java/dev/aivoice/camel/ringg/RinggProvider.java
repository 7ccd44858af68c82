package dev.aivoice.camel.ringg;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.provider.AiVoiceProvider;
import dev.aivoice.camel.provider.ErrorMapper;
import dev.aivoice.camel.provider.OperationHandler;
import dev.aivoice.camel.provider.OperationTable;
import dev.aivoice.camel.provider.WebhookFacet;
import dev.aivoice.camel.ringg.events.RinggWebhooks;

/** Ringg AI: assistants, numbers, calls, campaigns, call history, analytics and webhook events. */
public final class RinggProvider implements AiVoiceProvider {

    public static final String NAME = "ringg";
    public static final String DEFAULT_BASE_URL = "https://prod-api.ringg.ai/ca/api/v0";

    private final ErrorMapper errorMapper = new RinggErrorMapper();
    private final WebhookFacet webhooks = new RinggWebhooks(NAME);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultBaseUrl() {
        return DEFAULT_BASE_URL;
    }

    /** Every operation, declared once: see {@link RinggOperations}. */
    public OperationTable operations() {
        return RinggOperations.TABLE;
    }

    @Override
    public Map<String, List<String>> producerApis() {
        return RinggOperations.TABLE.apis();
    }

    @Override
    public Optional<WebhookFacet> webhooks() {
        return Optional.of(webhooks);
    }

    @Override
    public OperationHandler handler(String api, String operation) {
        return RinggOperations.TABLE.operation(api, operation);
    }

    /** Only {@code X-API-KEY}: Ringg answers 400 when a request also carries {@code Authorization}. */
    @Override
    public void authenticate(ApiRequest.Builder request, String apiKey) {
        request.header("X-API-KEY", apiKey);
    }

    @Override
    public ErrorMapper errorMapper() {
        return errorMapper;
    }
}
