package dev.aivoice.camel.test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.RetryAfter;
import dev.aivoice.camel.provider.AiVoiceProvider;
import dev.aivoice.camel.provider.ErrorMapper;
import dev.aivoice.camel.provider.ErrorTypes;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationHandler;
import org.apache.camel.Exchange;

/**
 * A test-only provider ({@code aivoice:probe:item}, found through META-INF/services) with one request of each kind
 * the reliability rules tell apart: {@code get} a read, {@code create} a write that places no call, {@code dial} a
 * call-placing POST, {@code upload} a write with a streamed, one-shot body. Errors map by HTTP status only.
 */
public final class ProbeProvider implements AiVoiceProvider {

    /** An answer with this status makes the error mapper throw, as a bug in provider code would. */
    public static final int MAPPER_BUG_STATUS = 599;

    @Override
    public String name() {
        return "probe";
    }

    @Override
    public String defaultBaseUrl() {
        return "http://127.0.0.1:9";
    }

    @Override
    public Map<String, List<String>> producerApis() {
        return Map.of("item", List.of("get", "create", "dial", "upload"));
    }

    @Override
    public Set<String> consumerApis() {
        return Set.of();
    }

    @Override
    public OperationHandler handler(String api, String operation) {
        return (exchange, context) -> switch (operation) {
            case "get" -> send(exchange, context, context.request("GET", "/items/7", null).build());
            case "create" -> send(exchange, context, context.request("POST", "/items", null)
                    .jsonBody(body(exchange)).build());
            case "dial" -> send(exchange, context, context.request("POST", "/dial", null)
                    .jsonBody(body(exchange)).placesCall(true)
                    .idempotencyKey(dev.aivoice.camel.reliability.IdempotencyKey.of(exchange)).build());
            default -> send(exchange, context, context.request("POST", "/upload", null)
                    .body(new ByteArrayInputStream(body(exchange)), -1, "text/csv")
                    .build());
        };
    }

    private static byte[] body(Exchange exchange) {
        String body = exchange.getMessage().getBody(String.class);
        return (body == null ? "{}" : body).getBytes(StandardCharsets.UTF_8);
    }

    private static CompletionStage<Void> send(Exchange exchange, OperationContext context, ApiRequest request) {
        return context.sendForJson(request).thenAccept(answer -> {
            exchange.getMessage().setBody(answer.toString());
            exchange.getMessage().setHeader(AiVoiceConstants.CALL_STATUS, answer.path("status").asText(null));
        });
    }

    @Override
    public void authenticate(ApiRequest.Builder request, String apiKey) {
        request.header("X-Probe-Key", apiKey);
    }

    @Override
    public ErrorMapper errorMapper() {
        return (response, context) -> {
            if (response.status() == MAPPER_BUG_STATUS) {
                throw new IllegalStateException("probe error mapper bug");
            }
            return mapByStatus(response, context);
        };
    }

    private static dev.aivoice.camel.AiVoiceException mapByStatus(
            dev.aivoice.camel.http.ApiResponse response, OperationContext context) {
        return response.isSuccessful() ? null
                : ErrorTypes.create(ErrorTypes.Kind.ofStatus(response.status()), context, response.status(), null,
                        response.bodyAsString(), RetryAfter.of(response, context.clock()).orElse(null));
    }
}
