package dev.aivoice.camel.fakeprovider;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.RetryAfter;
import dev.aivoice.camel.provider.AiVoiceProvider;
import dev.aivoice.camel.provider.ErrorMapper;
import dev.aivoice.camel.provider.ErrorTypes;
import dev.aivoice.camel.provider.OperationHandler;
import dev.aivoice.camel.provider.WebhookFacet;

/**
 * A third provider, {@code aivoice:fake:*}, written the way a real one is: this package plus one line in
 * {@code META-INF/services/dev.aivoice.camel.provider.AiVoiceProvider}, nothing in the component. One producer
 * operation ({@code note/create}: POST /notes) and a webhook ({@link FakeWebhooks}).
 */
public final class FakeProvider implements AiVoiceProvider {

    private final WebhookFacet webhooks = new FakeWebhooks();

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public String defaultBaseUrl() {
        return "http://127.0.0.1:9";
    }

    @Override
    public Map<String, List<String>> producerApis() {
        return Map.of("note", List.of("create"));
    }

    @Override
    public Optional<WebhookFacet> webhooks() {
        return Optional.of(webhooks);
    }

    @Override
    public OperationHandler handler(String api, String operation) {
        return (exchange, context) -> {
            String body = exchange.getMessage().getBody(String.class);
            ApiRequest request = context.request("POST", "/notes", null)
                    .jsonBody((body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8)).build();
            return context.sendForJson(request).thenAccept(answer -> {
                exchange.getMessage().setBody(answer.toString());
                exchange.getMessage().setHeader(AiVoiceConstants.CALL_ID, answer.path("id").asText(null));
            });
        };
    }

    @Override
    public void authenticate(ApiRequest.Builder request, String apiKey) {
        request.header("X-Fake-Key", apiKey);
    }

    @Override
    public ErrorMapper errorMapper() {
        return (response, context) -> response.isSuccessful() ? null
                : ErrorTypes.create(ErrorTypes.Kind.ofStatus(response.status()), context, response.status(), null,
                        response.bodyAsString(), RetryAfter.of(response, context.clock()).orElse(null));
    }
}
