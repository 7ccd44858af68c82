package dev.aivoice.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.sandbox.http.ApiError;
import dev.aivoice.sandbox.http.HttpCall;
import dev.aivoice.sandbox.http.Json;
import dev.aivoice.sandbox.http.Paging;
import dev.aivoice.sandbox.http.Reply;
import dev.aivoice.sandbox.http.RinggStyle;
import dev.aivoice.sandbox.http.Router;

/**
 * Ringg campaigns: contact upload (R21), start v1/v2 (R22, R23), list (R24) and the large-upload flow (R25-R28).
 * A started campaign dials its rows one after another, {@code campaignDialInterval} apart.
 */
final class RinggCampaignApi {

    private final SandboxState state;
    private final SandboxClock clock;
    private final Dialer dialer;
    private final CallTimings timings;

    RinggCampaignApi(SandboxState state, SandboxClock clock, Dialer dialer, CallTimings timings) {
        this.state = state;
        this.clock = clock;
        this.dialer = dialer;
        this.timings = timings;
    }

    void register(Router router) {
        router.add("POST", "/campaign/save", this::save)
                .add("POST", "/campaign/start", call -> start(call, false))
                .add("POST", "/campaign/v2/start", call -> start(call, true))
                .add("GET", "/campaign/all", this::list)
                .add("POST", "/campaign/upload-csv", this::uploadLarge)
                .add("GET", "/campaign/upload-status/{bulk_list_id}", this::uploadStatus)
                .add("POST", "/campaign/check-balance/{bulk_list_id}", this::checkBalance)
                .add("POST", "/campaign/make-call-async", this::startLarge)
                .add("DELETE", "/calling/contact/{list_id}", this::deleteList);
    }

    private Reply save(HttpCall call) {
        CampaignUpload upload = CampaignUpload.read(call, state);
        if (upload.invalidRows() > 0 && !CampaignUpload.removeInvalidRows(call)) {
            return RinggStyle.detail(400, "Invalid rows (send remove_invalid_rows=true to skip them): "
                                          + String.join("; ", upload.rowErrors()));
        }
        SandboxCampaign campaign = create(upload, false);
        ObjectNode body = Json.object().put("message", "Contacts imported successfully!").put("list_id", campaign.listId());
        ArrayNode args = body.putArray("custom_args_values");
        upload.rows().forEach(row -> args.add(CallEvents.args(row)));
        body.put("total_rows", upload.rows().size() + upload.invalidRows()).put("successful_rows", upload.rows().size())
                .put("failed_rows", upload.invalidRows());
        return Reply.ok(body);
    }

    private Reply uploadLarge(HttpCall call) {
        SandboxCampaign campaign = create(CampaignUpload.read(call, state), true);
        clock.schedule(timings.processingDelay(), () -> campaign.status("ready", clock.now()));
        return Reply.ok(uploadStatusNode(campaign));
    }

    private SandboxCampaign create(CampaignUpload upload, boolean large) {
        SandboxCampaign campaign = new SandboxCampaign(state.newId(), upload.campaignName(), upload.agentId(), large,
                upload.rows(), upload.invalidRows(), upload.callConfig(), upload.startTime(), upload.endTime(), clock.now());
        state.addCampaign(campaign);
        return campaign;
    }

    private Reply uploadStatus(HttpCall call) {
        return Reply.ok(uploadStatusNode(largeCampaign(call.pathVariable("bulk_list_id"))));
    }

    private static ObjectNode uploadStatusNode(SandboxCampaign campaign) {
        boolean verified = !campaign.status().equals("verifying");
        return Json.object().put("bulk_list_id", campaign.listId()).put("status", campaign.status())
                .put("campaign_name", campaign.name()).put("total_callees", verified ? campaign.rows().size() : 0)
                .put("invalidated_rows_count", verified ? campaign.invalidRows() : 0)
                .putNull("invalidated_rows_csv_url");
    }

    private Reply checkBalance(HttpCall call) {
        SandboxCampaign campaign = largeCampaign(call.pathVariable("bulk_list_id"));
        double required = campaign.rows().size() * 1.0;
        return Reply.ok(Json.object().put("bulk_list_id", campaign.listId()).put("status", campaign.status())
                .put("required_credits", required).put("available_credits", state.credits())
                .put("sufficient_balance", state.credits() >= required)
                .put("message", state.credits() >= required ? "Sufficient balance" : "Insufficient balance"));
    }

    /** R29: deletes a contact list; one that is dialling is refused. */
    private Reply deleteList(HttpCall call) {
        SandboxCampaign campaign = state.campaign(call.pathVariable("list_id"))
                .orElseThrow(() -> RinggStyle.notFound("Contact list"));
        if (campaign.status().equals("ongoing")) {
            return RinggStyle.detail(400, "The list belongs to an ongoing campaign; terminate it first");
        }
        state.removeCampaign(campaign.listId());
        return Reply.ok(Json.object().put("message", "Contact list deleted successfully"));
    }

    private Reply start(HttpCall call, boolean v2) {
        JsonNode body = RinggStyle.jsonObject(call);
        String agentId = RinggStyle.requiredText(body, "agent_id");
        SandboxCampaign campaign = state.campaign(RinggStyle.requiredText(body, "list_id")).filter(c -> !c.isLarge())
                .orElseThrow(() -> new ApiError(RinggStyle.detail(400, "Invalid list_id")));
        List<String> callers = v2 ? List.of(pool(RinggStyle.requiredText(body, "number_pool_id")))
                : fromNumbers(body.get("from_numbers"));
        return launch(campaign, agentId, callers, () -> Json.object().put("status", "campaign registered successfully!")
                .put("has_ongoing_calls", hasOngoingCalls()));
    }

    private Reply startLarge(HttpCall call) {
        JsonNode body = RinggStyle.jsonObject(call);
        SandboxCampaign campaign = largeCampaign(RinggStyle.requiredText(body, "bulk_list_id"));
        String agentId = RinggStyle.requiredText(body, "agent_id");
        boolean hasNumbers = body.hasNonNull("from_numbers");
        boolean hasPool = body.hasNonNull("number_pool_id");
        if (hasNumbers == hasPool) {
            return RinggStyle.detail(422, "Provide exactly one of from_numbers or number_pool_id");
        }
        int concurrency = body.path("concurrency_percentage").asInt(100);
        if (concurrency < 0 || concurrency > 100) {
            throw RinggStyle.invalid("body", "concurrency_percentage", "must be between 0 and 100");
        }
        if (campaign.status().equals("verifying")) {
            return RinggStyle.detail(400, "The upload is still being verified; poll upload-status first");
        }
        List<String> callers = hasPool ? List.of(pool(body.get("number_pool_id").asText()))
                : fromNumbers(body.get("from_numbers"));
        return launch(campaign, agentId, callers, () -> Json.object().put("message", "Campaign calls scheduled")
                .put("bulk_list_id", campaign.listId()).put("status", "scheduled"));
    }

    private Reply launch(SandboxCampaign campaign, String agentId, List<String> callers,
                         java.util.function.Supplier<ObjectNode> answer) {
        if (!campaign.agentId().equals(agentId)) {
            return RinggStyle.detail(400, "agent_id does not match the agent the contacts were uploaded for");
        }
        if (!List.of("draft", "ready").contains(campaign.status())) {
            return RinggStyle.detail(400, "Campaign already started (status " + campaign.status() + ")");
        }
        if (state.credits() <= 0) {
            return RinggStyle.detail(402, "Insufficient credits");
        }
        ObjectNode body = answer.get();
        campaign.status("ongoing", clock.now());
        RetrySettings retry = RetrySettings.of(campaign.callConfig());
        List<Map<String, String>> rows = campaign.rows();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> row = rows.get(i);
            SandboxCall call = dialer.place(new SandboxCall.Setup("ringg", agentId, callers.get(i % callers.size()),
                    row.get("mobile_number"), row.getOrDefault("callee_name", ""), row, campaign.listId(), null, Map.of(),
                    Map.of(), retry.retryCount(), retry.retryNotPicked(), retry.retryBusy()),
                    timings.campaignDialInterval().multipliedBy(i));
            campaign.addCall(call.id());
        }
        if (rows.isEmpty()) {
            campaign.status("completed", clock.now());
        }
        return Reply.ok(body);
    }

    private Reply list(HttpCall call) {
        Paging paging = Paging.of(call);
        boolean counts = call.queryBoolean("call_count", true);
        List<SandboxCampaign> all = new ArrayList<>(state.campaigns());
        ArrayNode page = Json.array();
        for (SandboxCampaign campaign : paging.slice(all)) {
            ObjectNode node = page.addObject().put("id", campaign.listId()).put("name", campaign.name())
                    .put("campaign_status", campaign.status()).put("campaign_start_time", campaign.startTime())
                    .put("campaign_end_time", campaign.endTime()).put("created_at", Times.withOffset(campaign.createdAt()))
                    .put("updated_at", Times.withOffset(campaign.updatedAt())).put("agent_id", campaign.agentId());
            if (counts) {
                List<SandboxCall> calls = campaign.callIds().stream().map(state::call).flatMap(java.util.Optional::stream)
                        .toList();
                node.put("total_count", campaign.rows().size())
                        .put("registered_count", calls.stream().filter(c -> c.status().equals("registered")).count())
                        .put("completed_count", calls.stream().filter(SandboxCall::isFinished).count());
            }
        }
        ObjectNode body = Json.object();
        body.set("campaigns", page);
        body.putObject("pagination").put("limit", paging.limit()).put("offset", paging.offset()).put("total", all.size());
        return Reply.ok(body);
    }

    private boolean hasOngoingCalls() {
        return state.calls().stream().anyMatch(c -> c.status().equals("ongoing"));
    }

    private String pool(String poolId) {
        return state.ringgPool(poolId).orElseThrow(() -> new ApiError(RinggStyle.detail(400, "Unknown number_pool_id")))
                .number();
    }

    /** Caller numbers or number ids, all of the workspace. */
    private List<String> fromNumbers(JsonNode list) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            throw RinggStyle.invalid("body", "from_numbers", "a non-empty list is required");
        }
        List<String> numbers = new ArrayList<>();
        for (JsonNode item : list) {
            String value = item.asText();
            numbers.add(state.ringgNumber(value).or(() -> state.ringgNumberById(value))
                    .orElseThrow(() -> RinggStyle.notFound("Number " + value)).number());
        }
        return numbers;
    }

    private SandboxCampaign largeCampaign(String bulkListId) {
        return state.campaign(bulkListId).filter(SandboxCampaign::isLarge)
                .orElseThrow(() -> RinggStyle.notFound("Bulk list"));
    }


}
