package dev.aivoice.camel.ringg.campaign;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationHandler;
import dev.aivoice.camel.reliability.IdempotencyKey;
import dev.aivoice.camel.ringg.GetHandler;
import dev.aivoice.camel.ringg.ListHandler;
import dev.aivoice.camel.ringg.RinggAnswers;
import dev.aivoice.camel.ringg.model.RinggBalance;
import dev.aivoice.camel.ringg.model.RinggBulkStarted;
import dev.aivoice.camel.ringg.model.RinggBulkUpload;
import dev.aivoice.camel.ringg.model.RinggCampaignInfo;
import dev.aivoice.camel.ringg.model.RinggCampaignLaunched;
import dev.aivoice.camel.ringg.model.RinggCampaignStarted;
import dev.aivoice.camel.ringg.model.RinggCampaignUploaded;
import dev.aivoice.camel.ringg.model.RinggDeleted;
import dev.aivoice.camel.validation.PathSegments;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** The campaign operations: upload, start, launch, list and the large-upload flow. */
public final class CampaignHandlers {

    static final String SAVE_PATH = "/campaign/save";
    static final String BULK_UPLOAD_PATH = "/campaign/upload-csv";
    static final String BULK_STATUS_PATH = "/campaign/upload-status/";
    static final String BULK_START_PATH = "/campaign/make-call-async";
    static final String DELETE_LIST_PATH = "/calling/contact/";

    private CampaignHandlers() {
    }

    public static void register(Map<String, OperationHandler> handlers) {
        handlers.put("campaign/upload", CampaignHandlers::upload);
        handlers.put("campaign/start", CampaignHandlers::start);
        handlers.put("campaign/launch", CampaignHandlers::launch);
        handlers.put("campaign/list", new ListHandler<>("/campaign/all", "campaigns", RinggCampaignInfo.class,
                (exchange, context) -> Map.of("call_count", true)));
        handlers.put("campaign/bulkUpload", CampaignHandlers::bulkUpload);
        handlers.put("campaign/bulkStatus", new GetHandler(CampaignHandlers::bulkStatusPath,
                (exchange, context) -> Map.of(),
                (answer, context) -> context.readAnswer(RinggAnswers.payload(answer, null), RinggBulkUpload.class)));
        handlers.put("campaign/bulkStart", CampaignHandlers::bulkStart);
        handlers.put("campaign/checkBalance", CampaignHandlers::checkBalance);
        handlers.put("campaign/deleteList", CampaignHandlers::deleteList);
    }

    private static CompletionStage<Void> upload(Exchange exchange, OperationContext context) {
        CampaignSettings settings = CampaignSettings.read(exchange, context, true);
        ContactUpload upload = ContactUpload.prepare(exchange, context, settings);
        Message message = exchange.getMessage();
        return upload.send(context, SAVE_PATH, message).thenAccept(answer -> uploaded(answer, context, message));
    }

    private static CompletionStage<Void> start(Exchange exchange, OperationContext context) {
        CampaignSettings settings = CampaignSettings.read(exchange, context, false);
        CampaignStart start = CampaignStart.prepare(settings, IdempotencyKey.of(exchange));
        String listId = settings.listId();
        Message message = exchange.getMessage();
        return context.sendForJson(start.request(context, listId)).thenAccept(answer -> {
            message.setHeader(AiVoiceConstants.LIST_ID, listId);
            message.setBody(context.readAnswer(answer, RinggCampaignStarted.class));
        });
    }

    /**
     * Upload, then start with the new list id. Everything is checked before the upload. Should the start fail, the
     * exchange still carries {@code CamelAiVoiceListId}, so that {@code start} alone can be retried.
     */
    private static CompletionStage<Void> launch(Exchange exchange, OperationContext context) {
        CampaignSettings settings = CampaignSettings.read(exchange, context, true);
        CampaignStart start = CampaignStart.prepare(settings, IdempotencyKey.of(exchange));
        ContactUpload upload = ContactUpload.prepare(exchange, context, settings);
        Message message = exchange.getMessage();
        return upload.send(context, SAVE_PATH, message).thenCompose(answer -> {
            RinggCampaignUploaded uploaded = uploaded(answer, context, message);
            String listId = context.validator().requireText("list_id", uploaded.getListId(),
                    "Ringg's upload answer carried no list_id, so the campaign was not started");
            return context.sendForJson(start.request(context, listId)).thenAccept(started -> message.setBody(
                    new RinggCampaignLaunched(uploaded, context.readAnswer(started, RinggCampaignStarted.class))));
        });
    }

    private static RinggCampaignUploaded uploaded(JsonNode answer, OperationContext context, Message message) {
        RinggCampaignUploaded uploaded = context.readAnswer(answer, RinggCampaignUploaded.class);
        if (uploaded.getListId() != null) {
            message.setHeader(AiVoiceConstants.LIST_ID, uploaded.getListId());
        }
        message.setBody(uploaded);
        return uploaded;
    }

    private static CompletionStage<Void> bulkUpload(Exchange exchange, OperationContext context) {
        CampaignSettings settings = CampaignSettings.read(exchange, context, true);
        ContactUpload upload = ContactUpload.prepare(exchange, context, settings);
        Message message = exchange.getMessage();
        return upload.send(context, BULK_UPLOAD_PATH, message).thenAccept(answer -> bulkAnswer(answer, context, message));
    }

    private static void bulkAnswer(JsonNode answer, OperationContext context, Message message) {
        RinggBulkUpload status = context.readAnswer(RinggAnswers.payload(answer, null), RinggBulkUpload.class);
        if (status.getBulkListId() != null) {
            message.setHeader(AiVoiceConstants.LIST_ID, status.getBulkListId());
        }
        message.setBody(status);
    }

    private static String bulkStatusPath(Exchange exchange, OperationContext context) {
        String listId = listId(exchange, context);
        return BULK_STATUS_PATH + PathSegments.of(context.validator(), "bulk_list_id", listId);
    }

    /**
     * The list id: the header, else the body (the id as text, or a Map/JSON with {@code list_id}/{@code bulk_list_id}),
     * else the option; also put in {@code CamelAiVoiceListId}.
     */
    private static String listId(Exchange exchange, OperationContext context) {
        Object body = exchange.getMessage().getBody();
        String listId;
        if (body instanceof String text && !text.isBlank() && !text.strip().startsWith("{")) {
            listId = exchange.getMessage().getHeader(AiVoiceConstants.LIST_ID, text.strip(), String.class);
        } else {
            listId = CampaignSettings.read(exchange, context, false).listId();
        }
        exchange.getMessage().setHeader(AiVoiceConstants.LIST_ID, listId);
        return listId;
    }

    /** {@code POST /campaign/check-balance/{bulk_list_id}}: the body becomes a {@link RinggBalance}. */
    private static CompletionStage<Void> checkBalance(Exchange exchange, OperationContext context) {
        String listId = listId(exchange, context);
        return BalanceCheck.ask(context, listId).thenAccept(balance -> exchange.getMessage().setBody(balance));
    }

    /** {@code DELETE /calling/contact/{list_id}}: deletes a contact list. */
    private static CompletionStage<Void> deleteList(Exchange exchange, OperationContext context) {
        String listId = listId(exchange, context);
        String path = DELETE_LIST_PATH + PathSegments.of(context.validator(), "list_id", listId);
        var request = context.request("DELETE", path, null).build();
        return context.sendForJson(request).thenAccept(answer -> exchange.getMessage()
                .setBody(new RinggDeleted(listId, RinggAnswers.text(answer, "message"))));
    }

    /**
     * {@code POST /campaign/make-call-async}: schedules the calls of a large upload. Places calls: never repeated.
     * With {@code checkBalance=true}, Ringg's credit check goes first and an insufficient balance stops it there.
     */
    private static CompletionStage<Void> bulkStart(Exchange exchange, OperationContext context) {
        CampaignSettings settings = CampaignSettings.read(exchange, context, false);
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
        var request = context.jsonRequest("POST", BULK_START_PATH, body)
                .placesCall(true)
                .idempotencyKey(IdempotencyKey.of(exchange))
                .build();
        Message message = exchange.getMessage();
        message.setHeader(AiVoiceConstants.LIST_ID, listId);
        // a dry run describes the start itself, not the credit check before it
        CompletableFuture<RinggBalance> checked = context.configuration().isCheckBalance()
                                                  && !context.configuration().isDryRun()
                ? BalanceCheck.ask(context, listId).thenApply(balance -> BalanceCheck.require(balance, listId, context))
                : CompletableFuture.completedFuture(null);
        return checked.thenCompose(balance -> context.sendForJson(request))
                .thenAccept(answer -> message.setBody(context.readAnswer(answer, RinggBulkStarted.class)));
    }
}
