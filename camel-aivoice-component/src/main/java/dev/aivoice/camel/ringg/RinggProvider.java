package dev.aivoice.camel.ringg;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.provider.AiVoiceProvider;
import dev.aivoice.camel.provider.ErrorMapper;
import dev.aivoice.camel.provider.OperationHandler;
import dev.aivoice.camel.provider.WebhookFacet;
import dev.aivoice.camel.ringg.agent.RinggAgentAdmin;
import dev.aivoice.camel.ringg.call.CallCreateHandler;
import dev.aivoice.camel.ringg.call.CallGetHandler;
import dev.aivoice.camel.ringg.call.CallHistory;
import dev.aivoice.camel.ringg.call.ExportHandler;
import dev.aivoice.camel.ringg.call.TerminateHandler;
import dev.aivoice.camel.ringg.call.TerminateNumbersHandler;
import dev.aivoice.camel.ringg.campaign.CampaignHandlers;
import dev.aivoice.camel.ringg.events.RinggWebhooks;
import dev.aivoice.camel.ringg.model.RinggNumber;
import dev.aivoice.camel.ringg.model.RinggWorkspace;
import dev.aivoice.camel.ringg.model.RinggWorkspaceUser;
import dev.aivoice.camel.ringg.subscription.SubscribeEventsHandler;
import dev.aivoice.camel.ringg.workspace.RotateKeyHandler;

/** Ringg AI: assistants, numbers, calls, campaigns, call history, analytics and webhook events. */
public final class RinggProvider implements AiVoiceProvider {

    public static final String NAME = "ringg";
    public static final String DEFAULT_BASE_URL = "https://prod-api.ringg.ai/ca/api/v0";

    private static final Map<String, List<String>> APIS = new LinkedHashMap<>();

    static {
        APIS.put("call", List.of("create", "get", "history", "terminate", "export"));
        APIS.put("campaign", List.of("launch", "upload", "start", "list", "bulkUpload", "bulkStatus", "bulkStart",
                "terminateNumbers", "terminateCampaignNumbers", "checkBalance", "deleteList"));
        APIS.put("agent", List.of("list", "get", "voices", "subscribeEvents", "edit", "create", "update", "archive"));
        APIS.put("number", List.of("list"));
        APIS.put("workspace", List.of("get", "list", "users", "rotateKey"));
        APIS.put("analytics", List.of("platform", "numbers", "duration", "classification", "drillDown"));
    }

    private final Map<String, OperationHandler> handlers = new HashMap<>();
    private final ErrorMapper errorMapper = new RinggErrorMapper();
    private final WebhookFacet webhooks = new RinggWebhooks(NAME);

    public RinggProvider() {
        handlers.put("call/create", new CallCreateHandler());
        handlers.put("call/get", new CallGetHandler());
        handlers.put("call/history", CallHistory.handler());
        handlers.put("call/terminate", new TerminateHandler());
        handlers.put("call/export", new ExportHandler());
        handlers.put("campaign/terminateNumbers", new TerminateNumbersHandler(false));
        handlers.put("campaign/terminateCampaignNumbers", new TerminateNumbersHandler(true));
        RinggAgentAdmin.register(handlers);
        handlers.put("workspace/rotateKey", new RotateKeyHandler());
        CampaignHandlers.register(handlers);
        RinggAgents.register(handlers);
        handlers.put("number/list", new ListHandler<>("/workspace/numbers", "workspace_numbers", RinggNumber.class,
                QueryBuilder.NONE));
        handlers.put("workspace/get", GetHandler.of("/workspace", "workspace_info", RinggWorkspace.class));
        handlers.put("workspace/list", new GetHandler((exchange, context) -> "/workspace/all", QueryBuilder.NONE,
                (answer, context) -> RinggAnswers.list(answer, "workspaces", RinggWorkspace.class, context)));
        handlers.put("workspace/users", new ListHandler<>("/workspace/users", "workspace_users",
                RinggWorkspaceUser.class, QueryBuilder.NONE));
        RinggAnalytics.register(handlers);
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
    public Optional<WebhookFacet> webhooks() {
        return Optional.of(webhooks);
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
