package dev.aivoice.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.aivoice.sandbox.ProviderSandbox.RINGG_AGENT_ID;
import static dev.aivoice.sandbox.ProviderSandbox.RINGG_FROM_NUMBER;
import static dev.aivoice.sandbox.ProviderSandbox.RINGG_NUMBER_ID;
import static dev.aivoice.sandbox.ProviderSandbox.RINGG_NUMBER_POOL_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Every Ringg endpoint the sandbox serves answers in the shape providers-api.md documents, read with a plain client. */
class RinggEndpointsTest extends RinggSandboxTestSupport {

    static final String CALL = """
            {"name": "Asha", "mobile_number": "+919800000001", "agent_id": "%s", "number_pool_id": "%s",
             "custom_args_values": {"lead_id": "L-1"}}""".formatted(RINGG_AGENT_ID, RINGG_NUMBER_POOL_ID);
    static final String CSV = "Mobile Number,Name,Lead\r\n+919800000001,Asha,L-1\r\n+919800000002,\"Ravi, Jr.\",L-2\r\n";

    @Test
    void workspaceEndpointsAnswerWithTheirNamedKeys() throws Exception {
        JsonNode info = ringg.get("/workspace").json().get("workspace_info");
        JsonNode all = ringg.get("/workspace/all").json().get("workspaces");
        JsonNode users = ringg.get("/workspace/users?limit=10&offset=0").json().get("workspace_users");
        JsonNode numbers = ringg.get("/workspace/numbers?limit=10&offset=0").json().get("workspace_numbers");

        assertThat(info.get("credits").asDouble()).isEqualTo(1000.0);
        assertThat(info.has("locked_credits")).isTrue();
        assertThat(all.get(0).get("role").asText()).isEqualTo("owner");
        assertThat(users.get(0).get("invite_status").asText()).isEqualTo("success");
        assertThat(numbers.get(0).get("id").asText()).isEqualTo(RINGG_NUMBER_ID);
        assertThat(numbers.get(0).get("number").asText()).isEqualTo(RINGG_FROM_NUMBER);
        assertThat(numbers.get(0).get("number_pool_id").asText()).isEqualTo(RINGG_NUMBER_POOL_ID);
    }

    @Test
    void missingWrongOrDoubledKeyIsRejected() throws Exception {
        SandboxClient.Answer missing = ringg.header("X-API-KEY", null).get("/workspace");
        SandboxClient.Answer wrong = ringg.header("X-API-KEY", "nope").get("/workspace");
        SandboxClient.Answer both = ringg.header("Authorization", "Bearer jwt").get("/workspace");

        assertThat(missing.status()).isEqualTo(401);
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("detail").asText()).isEqualTo("Invalid API key");
        assertThat(both.status()).isEqualTo(400);
    }

    @Test
    void agentListAgentAndVoicesUseTheirOwnEnvelopes() throws Exception {
        JsonNode list = ringg.get("/agent/all?limit=10&offset=0").json();
        JsonNode agent = ringg.get("/agent/" + RINGG_AGENT_ID).json();
        SandboxClient.Answer unknown = ringg.get("/agent/00000000-0000-0000-0000-000000000000");
        JsonNode voices = ringg.get("/agent/voices?language=en-US").json().get("voices");

        assertThat(list.get("status").asText()).isEqualTo("success");
        assertThat(list.at("/data/agents/0/id").asText()).isEqualTo(RINGG_AGENT_ID);
        assertThat(list.at("/data/agents/0/agent_type").asText()).isEqualTo("outbound");
        assertThat(agent.at("/agents/id").asText()).isEqualTo(RINGG_AGENT_ID);
        JsonNode version = agent.at("/agents/version_details").elements().next();
        assertThat(version.at("/agent_config/custom_variables").toString()).contains("callee_name", "lead_id");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("detail").asText()).isEqualTo("Agent not found");
        assertThat(voices).hasSize(1);
        assertThat(voices.get(0).at("/voice_previews/en-US").asText()).startsWith("https://");
    }

    @Test
    void editEventSubscriptionsReplacesTheListAndMasksHeaderValues() throws Exception {
        String edit = """
                {"operation": "edit_event_subscriptions", "agent_id": "%s", "event_subscriptions": [
                  {"event_type": ["call_completed"], "callback_url": "https://a.example/hook",
                   "headers": {"Authorization": "Bearer s3cret"}, "method_type": "POST"}]}""".formatted(RINGG_AGENT_ID);
        String replace = """
                {"operation": "edit_event_subscriptions", "agent_id": "%s", "event_subscriptions": [
                  {"event_type": "all_processing_completed", "callback_url": "https://b.example/hook"}]}"""
                .formatted(RINGG_AGENT_ID);

        SandboxClient.Answer first = ringg.patch("/agent/v1", edit);
        JsonNode shown = ringg.get("/agent/" + RINGG_AGENT_ID).json().at("/agents/version_details").elements().next()
                .get("event_subscriptions");
        ringg.patch("/agent/v1", replace);
        SandboxClient.Answer noOperation = ringg.patch("/agent/v1", "{\"agent_id\": \"" + RINGG_AGENT_ID + "\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("message").asText()).isEqualTo("Agent updated successfully!");
        assertThat(shown.get(0).at("/headers/Authorization").asText()).isEqualTo("Bear***");
        assertThat(sandbox.subscriptions(RINGG_AGENT_ID)).singleElement()
                .satisfies(s -> assertThat(s.eventTypes()).containsExactly("all_processing_completed"));
        assertThat(noOperation.status()).isEqualTo(422);
        assertThat(noOperation.json().at("/detail/0/loc/1").asText()).isEqualTo("operation");
    }

    @Test
    void individualCallsV1AndV2AnswerWithCallIdAndValidateTheCallerSource() throws Exception {
        SandboxClient.Answer v2 = ringg.post("/calling/v2/outbound/individual", CALL);
        SandboxClient.Answer v1 = ringg.post("/calling/outbound/individual",
                CALL.replace("\"number_pool_id\"", "\"from_number_id\"").replace(RINGG_NUMBER_POOL_ID, RINGG_NUMBER_ID));
        SandboxClient.Answer twoCallers = ringg.post("/calling/v2/outbound/individual",
                CALL.replace("\"number_pool_id\"", "\"from_number\": \"" + RINGG_FROM_NUMBER + "\", \"number_pool_id\""));
        SandboxClient.Answer badNumber = ringg.post("/calling/v2/outbound/individual", CALL.replace("+919800000001", "98000"));

        assertThat(v2.status()).isEqualTo(200);
        assertThat(v2.json().get("message").asText()).isEqualTo("Call initiated successfully");
        assertThat(v2.json().at("/data/call_id").asText()).isNotBlank();
        assertThat(v2.json().at("/data/call_status").asText()).isEqualTo("registered");
        assertThat(v2.json().at("/data/custom_args_values/callee_name").asText()).isEqualTo("Asha");
        assertThat(v2.json().at("/data/initiated_at").asText()).doesNotContain("+");
        assertThat(v1.status()).isEqualTo(200);
        assertThat(twoCallers.status()).isEqualTo(422);
        assertThat(twoCallers.json().at("/detail/0/msg").asText()).contains("exactly one of");
        assertThat(badNumber.status()).isEqualTo(422);
        assertThat(badNumber.json().at("/detail/0/loc/1").asText()).isEqualTo("mobile_number");
        assertThat(sandbox.calls()).hasSize(2);
    }

    @Test
    void historyFiltersAndPagesAndDetailsShowTheFinishedCall() throws Exception {
        String id = ringg.post("/calling/v2/outbound/individual", CALL).json().at("/data/call_id").asText();
        ringg.post("/calling/v2/outbound/individual", CALL.replace("+919800000001", "+919800000002"));
        sandbox.runUntilIdle();

        JsonNode firstPage = ringg.get("/calling/history?limit=1&offset=0").json();
        JsonNode secondPage = ringg.get("/calling/history?limit=1&offset=1").json();
        JsonNode completed = ringg.get("/calling/history?status=completed&agent_id=" + RINGG_AGENT_ID + "&limit=10&offset=0")
                .json();
        JsonNode none = ringg.get("/calling/history?status=failed&limit=10&offset=0").json();
        JsonNode future = ringg.get("/calling/history?start_date=2030-01-01T00:00:00%2B05:30&limit=10&offset=0").json();
        JsonNode details = ringg.get("/calling/call-details?id=" + id + "&send_analysis=true").json();
        SandboxClient.Answer missingId = ringg.get("/calling/call-details");
        SandboxClient.Answer tooMany = ringg.get("/calling/history?limit=500&offset=0");

        assertThat(firstPage.get("calls")).hasSize(1);
        assertThat(firstPage.get("total").asInt()).isEqualTo(2);
        assertThat(firstPage.get("count").asInt()).isEqualTo(1);
        assertThat(secondPage.at("/calls/0/id").asText()).isNotEqualTo(firstPage.at("/calls/0/id").asText());
        assertThat(completed.get("total").asInt()).isEqualTo(2);
        JsonNode row = completed.at("/calls/0");
        assertThat(row.get("transcript").isTextual()).as("history transcript is a JSON string").isTrue();
        assertThat(row.get("call_duration").asDouble()).isEqualTo(42.0);
        assertThat(row.at("/agent/version/version_slug").asText()).isEqualTo("v1");
        assertThat(none.get("total").asInt()).isZero();
        assertThat(future.get("total").asInt()).isZero();
        assertThat(details.get("status").asText()).isEqualTo("success");
        assertThat(details.at("/data/call_status").asText()).isEqualTo("completed");
        assertThat(details.at("/data/recording_url").asText()).endsWith(".mp3");
        assertThat(details.at("/data/transcription_url").isArray()).isTrue();
        assertThat(details.at("/data/platform_analysis/summary").asText()).isNotBlank();
        assertThat(missingId.status()).isEqualTo(422);
        assertThat(tooMany.status()).isEqualTo(422);
    }

    @Test
    void terminateCancelsOnlyQueuedCallsOnAllThreeEndpoints() throws Exception {
        String a = ringg.post("/calling/v2/outbound/individual", CALL).json().at("/data/call_id").asText();
        ringg.post("/calling/v2/outbound/individual", CALL.replace("+919800000001", "+919800000002"));

        SandboxClient.Answer byId = ringg.patch("/campaign/terminate", "{\"call_ids\": [\"" + a + "\"]}");
        SandboxClient.Answer again = ringg.patch("/campaign/terminate", "{\"call_ids\": [\"" + a + "\"]}");
        sandbox.advance(Duration.ofSeconds(3));
        SandboxClient.Answer connected = ringg.patch("/campaign/terminate/numbers",
                "{\"mobile_numbers\": [\"+919800000002\"]}");
        SandboxClient.Answer noCampaign = ringg.patch("/campaign/terminate/campaign-numbers",
                "{\"mobile_numbers\": [\"+919800000002\"]}");

        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.json().get("message").asText()).isEqualTo("Calls terminated successfully!");
        assertThat(sandbox.call(a).orElseThrow().status()).isEqualTo("cancelled");
        assertThat(again.status()).isEqualTo(400);
        assertThat(connected.status()).as("an ongoing call finishes normally").isEqualTo(400);
        assertThat(noCampaign.status()).isEqualTo(422);
    }

    @Test
    void campaignIsUploadedStartedDialledAndCompleted() throws Exception {
        SandboxClient.Answer saved = ringg.multipart("/campaign/save", campaignFields(), CSV);
        String listId = saved.json().get("list_id").asText();
        SandboxClient.Answer started = startV2(listId);
        SandboxClient.Answer startedTwice = startV2(listId);
        JsonNode running = ringg.get("/campaign/all?limit=10&offset=0").json();
        sandbox.runUntilIdle();
        JsonNode done = ringg.get("/campaign/all?limit=10&offset=0").json();
        JsonNode history = ringg.get("/calling/history?bulk_list_id=" + listId + "&limit=10&offset=0").json();

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.json().get("message").asText()).isEqualTo("Contacts imported successfully!");
        assertThat(saved.json().get("successful_rows").asInt()).isEqualTo(2);
        assertThat(saved.json().at("/custom_args_values/1/callee_name").asText()).isEqualTo("Ravi, Jr.");
        assertThat(saved.json().at("/custom_args_values/1/lead_id").asText()).isEqualTo("L-2");
        assertThat(started.json().get("status").asText()).isEqualTo("campaign registered successfully!");
        assertThat(started.json().has("has_ongoing_calls")).isTrue();
        assertThat(startedTwice.status()).isEqualTo(400);
        assertThat(running.at("/campaigns/0/campaign_status").asText()).isEqualTo("ongoing");
        assertThat(running.at("/campaigns/0/total_count").asInt()).isEqualTo(2);
        assertThat(running.at("/pagination/total").asInt()).isEqualTo(1);
        assertThat(done.at("/campaigns/0/campaign_status").asText()).isEqualTo("completed");
        assertThat(done.at("/campaigns/0/completed_count").asInt()).isEqualTo(2);
        assertThat(history.get("total").asInt()).isEqualTo(2);
    }

    @Test
    void campaignUploadRejectsBadRowsUnlessToldToRemoveThem() throws Exception {
        String csv = CSV + "12345,Broken,L-3\r\n";

        SandboxClient.Answer strict = ringg.multipart("/campaign/save", campaignFields(), csv);
        Map<String, String> lenient = campaignFields();
        lenient.put("remove_invalid_rows", "true");
        SandboxClient.Answer skipped = ringg.multipart("/campaign/save", lenient, csv);
        Map<String, String> noName = campaignFields();
        noName.remove("campaign_name");
        SandboxClient.Answer missing = ringg.multipart("/campaign/save", noName, CSV);

        assertThat(strict.status()).isEqualTo(400);
        assertThat(strict.json().get("detail").asText()).contains("row 4");
        assertThat(skipped.json().get("failed_rows").asInt()).isEqualTo(1);
        assertThat(skipped.json().get("total_rows").asInt()).isEqualTo(3);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().at("/detail/0/loc/1").asText()).isEqualTo("campaign_name");
    }

    @Test
    void deprecatedStartTakesCallerNumbersOrIds() throws Exception {
        String listId = ringg.multipart("/campaign/save", campaignFields(), CSV).json().get("list_id").asText();

        SandboxClient.Answer started = ringg.post("/campaign/start", """
                {"agent_id": "%s", "list_id": "%s", "from_numbers": ["%s"]}""".formatted(RINGG_AGENT_ID, listId,
                RINGG_NUMBER_ID));

        assertThat(started.status()).isEqualTo(200);
        assertThat(sandbox.calls()).extracting(SandboxCall::fromNumber).containsOnly(RINGG_FROM_NUMBER);
    }

    @Test
    void largeUploadIsVerifiedOnTheClockThenScheduled() throws Exception {
        SandboxClient.Answer uploaded = ringg.multipart("/campaign/upload-csv", campaignFields(), CSV);
        String bulkId = uploaded.json().get("bulk_list_id").asText();
        SandboxClient.Answer tooEarly = scheduleLarge(bulkId);
        sandbox.advance(Duration.ofSeconds(5));
        JsonNode status = ringg.get("/campaign/upload-status/" + bulkId).json();
        JsonNode balance = ringg.post("/campaign/check-balance/" + bulkId, "").json();
        SandboxClient.Answer both = ringg.post("/campaign/make-call-async", """
                {"bulk_list_id": "%s", "agent_id": "%s", "number_pool_id": "%s", "from_numbers": ["%s"]}"""
                .formatted(bulkId, RINGG_AGENT_ID, RINGG_NUMBER_POOL_ID, RINGG_FROM_NUMBER));
        SandboxClient.Answer scheduled = scheduleLarge(bulkId);

        assertThat(uploaded.json().get("status").asText()).isEqualTo("verifying");
        assertThat(tooEarly.status()).isEqualTo(400);
        assertThat(status.get("status").asText()).isEqualTo("ready");
        assertThat(status.get("total_callees").asInt()).isEqualTo(2);
        assertThat(balance.get("sufficient_balance").asBoolean()).isTrue();
        assertThat(both.status()).isEqualTo(422);
        assertThat(scheduled.json().get("message").asText()).isEqualTo("Campaign calls scheduled");
        assertThat(scheduled.json().get("status").asText()).isEqualTo("scheduled");
        assertThat(sandbox.calls()).hasSize(2).allSatisfy(c -> assertThat(c.bulkListId()).isEqualTo(bulkId));
    }

    @Test
    void analyticsAnswerWithTheDocumentedTopLevelKeys() throws Exception {
        ringg.post("/calling/v2/outbound/individual", CALL);
        sandbox.runUntilIdle();

        JsonNode platform = ringg.get("/analytics/platform-analytics").json();
        JsonNode numbers = ringg.get("/analytics/number-analytics").json();
        JsonNode durations = ringg.get("/analytics/duration-distribution?start_date=2026-01-01&end_date=2030-01-01").json();
        JsonNode labels = ringg.get("/analytics/classification-analytics").json();
        SandboxClient.Answer drillWithout = ringg.get("/analytics/drill-down-analytics");
        JsonNode drill = ringg.get("/analytics/drill-down-analytics?bulk_list_id=x").json();

        assertThat(platform.get("cached").asBoolean()).isFalse();
        assertThat(platform.at("/metrics_summary/completed_calls").asInt()).isEqualTo(1);
        assertThat(platform.has("performance_metrics")).isTrue();
        assertThat(numbers.at("/number_analytics/0/from_number").asText()).isEqualTo(RINGG_FROM_NUMBER);
        assertThat(durations.at("/duration_distribution/30-60").asInt()).isEqualTo(1);
        assertThat(labels.at("/classification_analytics/interested").asInt()).isEqualTo(1);
        assertThat(drillWithout.status()).isEqualTo(422);
        assertThat(drill.has("performance_metrics")).isTrue();
    }

    @Test
    void unknownPathsAndMethodsAreAnsweredNotHung() throws Exception {
        assertThat(ringg.get("/nothing/here").status()).isEqualTo(404);
        assertThat(ringg.post("/workspace", "{}").status()).isEqualTo(405);
    }

    private SandboxClient.Answer startV2(String listId) throws Exception {
        return ringg.post("/campaign/v2/start", """
                {"agent_id": "%s", "list_id": "%s", "number_pool_id": "%s"}"""
                .formatted(RINGG_AGENT_ID, listId, RINGG_NUMBER_POOL_ID));
    }

    private SandboxClient.Answer scheduleLarge(String bulkId) throws Exception {
        return ringg.post("/campaign/make-call-async", """
                {"bulk_list_id": "%s", "agent_id": "%s", "number_pool_id": "%s"}"""
                .formatted(bulkId, RINGG_AGENT_ID, RINGG_NUMBER_POOL_ID));
    }

    static Map<String, String> campaignFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("agent_id", RINGG_AGENT_ID);
        fields.put("campaign_name", "Spring renewals");
        fields.put("country_code", "+91");
        fields.put("variables_map", "{\"callee_name\": \"Name\", \"lead_id\": \"Lead\", \"mobile_number\": \"Mobile Number\"}");
        fields.put("call_config", "{\"call_retry_config\": {\"retry_count\": 0}}");
        fields.put("campaign_start_time", "01/04/2026, 09:00");
        fields.put("campaign_end_time", "30/04/2026, 18:00");
        return fields;
    }
}
