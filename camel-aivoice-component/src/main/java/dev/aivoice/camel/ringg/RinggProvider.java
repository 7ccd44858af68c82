package dev.aivoice.camel.ringg;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.provider.AiVoiceProvider;
import dev.aivoice.camel.provider.ErrorMapper;
import dev.aivoice.camel.provider.OperationHandler;
import dev.aivoice.camel.ringg.subscription.SubscribeEventsHandler;

/** Ringg AI: assistants, numbers, calls, campaigns, call history, analytics and webhook events. */
public final class RinggProvider implements AiVoiceProvider {

    public static final String NAME = "ringg";
    public static final String DEFAULT_BASE_URL = "https://prod-api.ringg.ai/ca/api/v0";

    private static final Map<String, List<String>> APIS = new LinkedHashMap<>();

    static {
        APIS.put("call", List.of("create", "get", "history", "terminate"));
        APIS.put("campaign", List.of("launch", "upload", "start", "list", "bulkUpload", "bulkStatus", "bulkStart"));
        APIS.put("agent", List.of("list", "get", "voices", "subscribeEvents", "edit"));
        APIS.put("number", List.of("list"));
        APIS.put("workspace", List.of("get", "list", "users"));
        APIS.put("analytics", List.of("platform", "numbers", "duration", "classification", "drillDown"));
    }

    private final Map<String, OperationHandler> handlers = new HashMap<>();
    private final ErrorMapper errorMapper = new RinggErrorMapper();

    public RinggProvider() {
        handlers.put("agent/subscribeEvents", new SubscribeEventsHandler());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultBaseUrl() {
        return DEFAULT_BASE_URL;
    }

    @Override
    public Map<String, List<String>> producerApis() {
        return APIS;
    }

    @Override
    public Set<String> consumerApis() {
        return Set.of("events");
    }

    @Override
    public OperationHandler handler(String api, String operation) {
        OperationHandler handler = handlers.get(api + "/" + operation);
        if (handler == null) {
            throw new UnsupportedOperationException("aivoice:ringg:" + api + " operation " + operation
                                                    + " is not implemented yet");
        }
        return handler;
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
