package dev.aivoice.camel.ringg;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.provider.Operation;
import dev.aivoice.camel.provider.Operation.Body;
import dev.aivoice.camel.provider.OperationTable;
import dev.aivoice.camel.ringg.agent.AgentSaveHandler;
import dev.aivoice.camel.ringg.model.RinggAgentRequest;
import dev.aivoice.camel.ringg.call.CallCreateHandler;
import dev.aivoice.camel.ringg.call.CallGetHandler;
import dev.aivoice.camel.ringg.call.CallHistory;
import dev.aivoice.camel.ringg.call.ExportHandler;
import dev.aivoice.camel.ringg.model.RinggCallRequest;
import dev.aivoice.camel.ringg.model.RinggExportRequest;
import dev.aivoice.camel.ringg.model.RinggTerminateNumbersRequest;
import dev.aivoice.camel.ringg.model.RinggTerminateRequest;
import dev.aivoice.camel.ringg.model.RinggTerminated;
import dev.aivoice.camel.ringg.call.TerminateHandler;
import dev.aivoice.camel.ringg.call.TerminateNumbersHandler;
import dev.aivoice.camel.ringg.campaign.CampaignHandlers;
import dev.aivoice.camel.ringg.model.RinggCampaignLaunched;
import dev.aivoice.camel.ringg.model.RinggAgent;
import dev.aivoice.camel.ringg.model.RinggAgentEdited;
import dev.aivoice.camel.ringg.model.RinggAgentSaved;
import dev.aivoice.camel.ringg.model.RinggBalance;
import dev.aivoice.camel.ringg.model.RinggBulkStarted;
import dev.aivoice.camel.ringg.model.RinggBulkUpload;
import dev.aivoice.camel.ringg.model.RinggCall;
import dev.aivoice.camel.ringg.model.RinggCallCreated;
import dev.aivoice.camel.ringg.model.RinggCallDetails;
import dev.aivoice.camel.ringg.model.RinggCampaignInfo;
import dev.aivoice.camel.ringg.model.RinggCampaignStarted;
import dev.aivoice.camel.ringg.model.RinggCampaignUploaded;
import dev.aivoice.camel.ringg.model.RinggDeleted;
import dev.aivoice.camel.ringg.model.RinggNumber;
import dev.aivoice.camel.ringg.model.RinggVoice;
import dev.aivoice.camel.ringg.model.RinggWorkspace;
import dev.aivoice.camel.ringg.model.RinggWorkspaceUser;
import dev.aivoice.camel.ringg.model.EventSubscription;
import dev.aivoice.camel.ringg.subscription.SubscribeEventsHandler;
import dev.aivoice.camel.ringg.model.SubscribeEventsResult;
import dev.aivoice.camel.ringg.model.RinggRotatedKey;
import dev.aivoice.camel.ringg.workspace.RotateKeyHandler;

import static dev.aivoice.camel.provider.Operation.of;

/**
 * Every Ringg operation, declared once, in URI order (the first of each api is its default): the single list behind
 * the URI's {@code operation} enum, the handlers, the README's operation table and the catalog. A list operation
 * answers a {@code List} (or, with {@code pageAll}, an {@code Iterator}) of its answer type.
 */
final class RinggOperations {

    static final String NOT_A_FILTER = "is not a filter of this operation; allowed filters: ";
    static final List<String> ANALYTICS_FILTERS = List.of("start_date", "end_date", "agent_id", "bulk_list_id",
            "voicemail");

    static final OperationTable TABLE = new OperationTable(RinggProvider.NAME,
            // call
            of("call", "create", "POST", CallCreateHandler.PATH, new CallCreateHandler()).placesCall()
                    .request(RinggCallRequest.class, Body.FIELDS).answer(RinggCallCreated.class)
                    .accepts(CallCreateHandler.FIELDS, "is not a Ringg call field; allowed fields: ")
                    .fields(CallCreateHandler.BOUND),
            of("call", "get", "GET", CallGetHandler.PATH, new CallGetHandler())
                    .request(Map.class, Body.ID).answer(RinggCallDetails.class).fields(CallGetHandler.BOUND),
            list(of("call", "history", "GET", CallHistory.PATH, CallHistory.handler()), RinggCall.class)
                    .request(Map.class, Body.FIELDS).accepts(CallHistory.FILTERS, NOT_A_FILTER)
                    .fields(Filters.agentAndList()),
            of("call", "terminate", "PATCH", TerminateHandler.PATH, new TerminateHandler())
                    .request(RinggTerminateRequest.class, Body.FIELDS).answer(RinggTerminated.class)
                    .accepts(TerminateHandler.FIELDS, "is not a terminate field; allowed fields: ")
                    .fields(TerminateHandler.CALL_ID),
            of("call", "export", "POST", ExportHandler.PATH, new ExportHandler())
                    .request(RinggExportRequest.class, Body.FIELDS).answer(Object.class)
                    .accepts(ExportHandler.FILTERS, "is not an export filter; allowed filters: ")
                    .fields(Filters.agentAndList()),
            // campaign
            CampaignHandlers.declare(of("campaign", "launch", "POST", CampaignHandlers.SAVE_PATH + " + "
                    + CampaignHandlers.START_PATH, CampaignHandlers::launch), Body.RAW)
                    .placesCall().answer(RinggCampaignLaunched.class),
            CampaignHandlers.declare(of("campaign", "upload", "POST", CampaignHandlers.SAVE_PATH,
                    CampaignHandlers::upload), Body.RAW).answer(RinggCampaignUploaded.class),
            CampaignHandlers.declare(of("campaign", "start", "POST", CampaignHandlers.START_PATH,
                    CampaignHandlers::start), Body.FIELDS).placesCall().answer(RinggCampaignStarted.class),
            list(of("campaign", "list", "GET", "/campaign/all", new ListHandler<>("/campaign/all", "campaigns",
                    RinggCampaignInfo.class, (request, context) -> Map.of("call_count", true))),
                    RinggCampaignInfo.class),
            CampaignHandlers.declare(of("campaign", "bulkUpload", "POST", CampaignHandlers.BULK_UPLOAD_PATH,
                    CampaignHandlers::bulkUpload), Body.RAW).answer(RinggBulkUpload.class),
            CampaignHandlers.declare(of("campaign", "bulkStatus", "GET", CampaignHandlers.BULK_STATUS_PATH
                    + "{bulk_list_id}", CampaignHandlers::bulkStatus), Body.ID).answer(RinggBulkUpload.class),
            CampaignHandlers.declare(of("campaign", "bulkStart", "POST", CampaignHandlers.BULK_START_PATH,
                    CampaignHandlers::bulkStart), Body.FIELDS).placesCall().answer(RinggBulkStarted.class),
            terminateNumbers("terminateNumbers", false),
            terminateNumbers("terminateCampaignNumbers", true),
            CampaignHandlers.declare(of("campaign", "checkBalance", "POST", CampaignHandlers.CHECK_BALANCE_PATH
                    + "{bulk_list_id}", CampaignHandlers::checkBalance), Body.ID).answer(RinggBalance.class),
            CampaignHandlers.declare(of("campaign", "deleteList", "DELETE", CampaignHandlers.DELETE_LIST_PATH
                    + "{list_id}", CampaignHandlers::deleteList), Body.ID).answer(RinggDeleted.class),
            // agent
            list(of("agent", "list", "GET", "/agent/all", new ListHandler<>("/agent/all", "agents", RinggAgent.class,
                    QueryBuilder.NONE)), RinggAgent.class),
            of("agent", "get", "GET", "/agent/{agent_id}", RinggAgents.get())
                    .request(Map.class, Body.ID_UNLESS_HEADER).answer(RinggAgent.class).fields(RinggAgents.AGENT_ID),
            of("agent", "voices", "GET", "/agent/voices", GetHandler.list("/agent/voices", RinggAgents::language,
                    "voices", RinggVoice.class))
                    .request(Map.class, Body.ID_OR_LIST).answer(RinggVoice.class)
                    .accepts(List.of("language"), NOT_A_FILTER).fields(RinggAgents.LANGUAGE),
            of("agent", "subscribeEvents", "PATCH", AgentEditHandler.PATH, new SubscribeEventsHandler())
                    .request(EventSubscription.class, Body.FIELDS).answer(SubscribeEventsResult.class)
                    .fields(RinggAgents.AGENT_ID),
            of("agent", "edit", "PATCH", AgentEditHandler.PATH, new AgentEditHandler())
                    .request(Map.class, Body.FIELDS).answer(RinggAgentEdited.class).fields(RinggAgents.AGENT_ID),
            of("agent", "create", "POST", AgentSaveHandler.PATH, new AgentSaveHandler(true))
                    .request(RinggAgentRequest.class, Body.FIELDS).answer(RinggAgentSaved.class),
            of("agent", "update", "PATCH", AgentSaveHandler.PATH + "/{agent_id}", new AgentSaveHandler(false))
                    .request(RinggAgentRequest.class, Body.FIELDS).answer(RinggAgentSaved.class)
                    .fields(RinggAgents.AGENT_ID),
            of("agent", "archive", "DELETE", "/agent/{agent_id}", RinggAgents::archive)
                    .request(Map.class, Body.ID_UNLESS_HEADER).answer(RinggDeleted.class)
                    .fields(RinggAgents.AGENT_ID),
            // number
            list(of("number", "list", "GET", "/workspace/numbers", new ListHandler<>("/workspace/numbers",
                    "workspace_numbers", RinggNumber.class, QueryBuilder.NONE)), RinggNumber.class),
            // workspace
            of("workspace", "get", "GET", "/workspace", GetHandler.of("/workspace", "workspace_info",
                    RinggWorkspace.class)).answer(RinggWorkspace.class),
            of("workspace", "list", "GET", "/workspace/all", GetHandler.list("/workspace/all", QueryBuilder.NONE,
                    "workspaces", RinggWorkspace.class)).answer(RinggWorkspace.class),
            list(of("workspace", "users", "GET", "/workspace/users", new ListHandler<>("/workspace/users",
                    "workspace_users", RinggWorkspaceUser.class, QueryBuilder.NONE)), RinggWorkspaceUser.class),
            of("workspace", "rotateKey", "PATCH", RotateKeyHandler.PATH, new RotateKeyHandler())
                    .answer(RinggRotatedKey.class),
            // analytics
            report("platform", "/analytics/platform-analytics", false),
            report("numbers", "/analytics/number-analytics", false),
            report("duration", "/analytics/duration-distribution", false),
            report("classification", "/analytics/classification-analytics", false),
            report("drillDown", "/analytics/drill-down-analytics", true));

    private RinggOperations() {
    }

    /** A paged list: binds {@code limit}, {@code offset} and {@code pageAll}; answers a List of {@code item}. */
    private static Operation list(Operation operation, Class<?> item) {
        return operation.answer(item).fields(PageRequest.FIELDS);
    }

    private static Operation terminateNumbers(String name, boolean inCampaign) {
        return of("campaign", name, "PATCH", inCampaign ? TerminateNumbersHandler.CAMPAIGN_NUMBERS_PATH
                : TerminateNumbersHandler.NUMBERS_PATH, new TerminateNumbersHandler(inCampaign))
                .request(RinggTerminateNumbersRequest.class, Body.FIELDS).answer(RinggTerminated.class)
                .accepts(TerminateNumbersHandler.fields(inCampaign),
                        "is not a field of this terminate; allowed fields: ")
                .fields(TerminateNumbersHandler.TO_NUMBER);
    }

    /**
     * An analytics report. Its inner metrics are undocumented, so the body is the answer as a {@link JsonNode}.
     * Filters: {@code start_date}, {@code end_date} (YYYY-MM-DD), {@code agent_id}, {@code bulk_list_id},
     * {@code voicemail}; drill-down needs {@code bulk_list_id}.
     */
    private static Operation report(String name, String path, boolean needsList) {
        QueryBuilder filters = (request, context) -> {
            Map<String, Object> query = Filters.read(request, ANALYTICS_FILTERS);
            Filters.checkDate(query, "start_date", context.validator());
            Filters.checkDate(query, "end_date", context.validator());
            if (needsList && query.get("bulk_list_id") == null) {
                throw context.validator().invalid("bulk_list_id", "is required for the drill-down report; set it in"
                                                                  + " the body, the "
                                                                  + dev.aivoice.camel.AiVoiceConstants.LIST_ID
                                                                  + " header or the listId option");
            }
            return query;
        };
        return of("analytics", name, "GET", path, new GetHandler((request, context) -> path, filters,
                (answer, context) -> answer))
                .request(Map.class, Body.FIELDS).answer(JsonNode.class)
                .accepts(ANALYTICS_FILTERS, NOT_A_FILTER).fields(Filters.agentAndList());
    }
}
