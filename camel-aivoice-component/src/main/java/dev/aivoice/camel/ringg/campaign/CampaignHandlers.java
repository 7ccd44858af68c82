package dev.aivoice.camel.ringg.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.Operation;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationResult;
import dev.aivoice.camel.ringg.RinggAnswers;
import dev.aivoice.camel.ringg.model.RinggBalance;
import dev.aivoice.camel.ringg.model.RinggBulkStarted;
import dev.aivoice.camel.ringg.model.RinggBulkUpload;
import dev.aivoice.camel.ringg.model.RinggCampaignInfo;
import dev.aivoice.camel.ringg.model.RinggCampaign;
import dev.aivoice.camel.ringg.model.RinggCampaignLaunched;
import dev.aivoice.camel.ringg.model.RinggCampaignStarted;
import dev.aivoice.camel.ringg.model.RinggCampaignUploaded;
import dev.aivoice.camel.ringg.model.RinggDeleted;
import dev.aivoice.camel.validation.PathSegments;

/** The campaign operations: upload, start, launch and the large-upload flow, as declared in the operation table. */
public final class CampaignHandlers {

    public static final String SAVE_PATH = "/campaign/save";
    public static final String START_PATH = CampaignStart.V2_PATH;
    public static final String BULK_UPLOAD_PATH = "/campaign/upload-csv";
    public static final String BULK_STATUS_PATH = "/campaign/upload-status/";
    public static final String BULK_START_PATH = "/campaign/make-call-async";
    public static final String CHECK_BALANCE_PATH = BalanceCheck.PATH;
    public static final String DELETE_LIST_PATH = "/calling/contact/";

    private CampaignHandlers() {
    }

    /** A campaign operation: its fields, {@code CamelAiVoiceCampaign} below the body, the body read {@code how}. */
    public static Operation declare(Operation operation, Operation.Body how) {
        return operation.request(RinggCampaign.class, how)
                .fields(CampaignSettings.BOUND)
                .accepts(CampaignSettings.FIELDS, CampaignSettings.NOT_A_FIELD)
                .requestHeader(AiVoiceConstants.CAMPAIGN, CampaignSettings.CALLER_FIELDS);
    }

    public static CompletionStage<?> upload(BoundRequest request, OperationContext context) {
        CampaignSettings settings = CampaignSettings.read(request, context);
        ContactUpload upload = ContactUpload.prepare(request.body(), context, settings);
        return upload.send(context, SAVE_PATH, request.result())
                .thenApply(answer -> uploaded(answer, context, request.result()));
    }

    public static CompletionStage<?> start(BoundRequest request, OperationContext context) {
        CampaignSettings settings = CampaignSettings.read(request, context);
        CampaignStart start = CampaignStart.prepare(settings, request.idempotencyKey());
        String listId = settings.listId();
        return context.sendForJson(start.request(context, listId)).thenApply(answer -> {
            request.result().header(AiVoiceConstants.LIST_ID, listId);
            return context.readAnswer(answer, RinggCampaignStarted.class);
        });
    }

    /**
     * Upload, then start with the new list id. Everything is checked before the upload. Should the start fail, the
     * exchange still carries {@code CamelAiVoiceListId}, so that {@code start} alone can be retried.
     */
    public static CompletionStage<?> launch(BoundRequest request, OperationContext context) {
        CampaignSettings settings = CampaignSettings.read(request, context);
        CampaignStart start = CampaignStart.prepare(settings, request.idempotencyKey());
        ContactUpload upload = ContactUpload.prepare(request.body(), context, settings);
        return upload.send(context, SAVE_PATH, request.result()).thenCompose(answer -> {
            RinggCampaignUploaded uploaded = uploaded(answer, context, request.result());
            String listId = context.validator().requireText("list_id", uploaded.getListId(),
                    "Ringg's upload answer carried no list_id, so the campaign was not started");
            return context.sendForJson(start.request(context, listId)).thenApply(started ->
                    new RinggCampaignLaunched(uploaded, context.readAnswer(started, RinggCampaignStarted.class)));
        });
    }

    private static RinggCampaignUploaded uploaded(JsonNode answer, OperationContext context, OperationResult result) {
        RinggCampaignUploaded uploaded = context.readAnswer(answer, RinggCampaignUploaded.class);
        result.headerIfPresent(AiVoiceConstants.LIST_ID, uploaded.getListId());
        return uploaded;
    }

    public static CompletionStage<?> bulkUpload(BoundRequest request, OperationContext context) {
        CampaignSettings settings = CampaignSettings.read(request, context);
        ContactUpload upload = ContactUpload.prepare(request.body(), context, settings);
        return upload.send(context, BULK_UPLOAD_PATH, request.result()).thenApply(answer -> {
            RinggBulkUpload status = context.readAnswer(RinggAnswers.payload(answer, null), RinggBulkUpload.class);
            request.result().headerIfPresent(AiVoiceConstants.LIST_ID, status.getBulkListId());
            return status;
        });
    }

    /** {@code GET /campaign/upload-status/{bulk_list_id}}: the body becomes a {@link RinggBulkUpload}. */
    public static CompletionStage<?> bulkStatus(BoundRequest request, OperationContext context) {
        String path = BULK_STATUS_PATH + PathSegments.of(context.validator(), "bulk_list_id", listId(request, context));
        return context.sendForJson(context.request("GET", path, Map.of()).build()).thenApply(answer ->
                context.readAnswer(RinggAnswers.payload(answer, null), RinggBulkUpload.class));
    }

    /**
     * The list id: the header, else the body (the id as text, or a Map/JSON with {@code list_id}/{@code bulk_list_id}),
     * else the option; also put in {@code CamelAiVoiceListId}.
     */
    private static String listId(BoundRequest request, OperationContext context) {
        String listId = context.validator().requireText("list_id", request.get("list_id"), CampaignSettings.LIST_ID);
        request.result().header(AiVoiceConstants.LIST_ID, listId);
        return listId;
    }

    /** {@code POST /campaign/check-balance/{bulk_list_id}}: the body becomes a {@link RinggBalance}. */
    public static CompletionStage<?> checkBalance(BoundRequest request, OperationContext context) {
        return BalanceCheck.ask(context, listId(request, context));
    }

    /** {@code DELETE /calling/contact/{list_id}}: deletes a contact list. */
    public static CompletionStage<?> deleteList(BoundRequest request, OperationContext context) {
        String listId = listId(request, context);
        String path = DELETE_LIST_PATH + PathSegments.of(context.validator(), "list_id", listId);
        return context.sendForJson(context.request("DELETE", path, null).build())
                .thenApply(answer -> new RinggDeleted(listId, RinggAnswers.text(answer, "message")));
    }

    /**
     * {@code POST /campaign/make-call-async}: schedules the calls of a large upload. Places calls: never repeated.
     * With {@code checkBalance=true}, Ringg's credit check goes first and an insufficient balance stops it there.
     */
    public static CompletionStage<?> bulkStart(BoundRequest request, OperationContext context) {
        CampaignSettings settings = CampaignSettings.read(request, context);
        Map<String, Object> body = new LinkedHashMap<>();
        String listId = settings.listId();
        body.put("bulk_list_id", listId);
        body.put("agent_id", settings.agentId());
        Map.Entry<String, Object> caller = settings.caller();
        body.put(caller.getKey(), caller.getValue());
        if (settings.get("country_code") != null) {
            body.put("country_code", settings.countryCode());
        }
        CampaignWindow window = settings.window(false);
        body.put("campaign_start_time", window.start());
        body.put("campaign_end_time", window.end());
        body.put("call_config", settings.callConfig());
        Object share = settings.get("concurrency_percentage");
        if (share != null) {
            if (!(share instanceof Number number) || number.doubleValue() < 0 || number.doubleValue() > 100) {
                throw context.validator().invalid("concurrency_percentage", "must be a number from 0 to 100; was "
                                                                            + share);
            }
            body.put("concurrency_percentage", share);
        }
        settings.putStartOptions(body);
        body.values().removeIf(java.util.Objects::isNull);
        var send = context.jsonRequest("POST", BULK_START_PATH, body)
                .placesCall(true)
                .idempotencyKey(request.idempotencyKey())
                .build();
        request.result().header(AiVoiceConstants.LIST_ID, listId);
        // a dry run describes the start itself, not the credit check before it
        CompletableFuture<RinggBalance> checked = context.configuration().isCheckBalance()
                                                  && !context.configuration().isDryRun()
                ? BalanceCheck.ask(context, listId).thenApply(balance -> BalanceCheck.require(balance, listId, context))
                : CompletableFuture.completedFuture(null);
        return checked.thenCompose(balance -> context.sendForJson(send))
                .thenApply(answer -> context.readAnswer(answer, RinggBulkStarted.class));
    }
}
