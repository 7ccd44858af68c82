package dev.aivoice.sandbox;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static dev.aivoice.sandbox.ProviderSandbox.RINGG_AGENT_ID;
import static dev.aivoice.sandbox.ProviderSandbox.RINGG_API_KEY;
import static org.assertj.core.api.Assertions.assertThat;

/** Assistant create/update/archive, key rotation, history export and list deletion, read with a plain client. */
class RinggManagementEndpointsTest extends RinggSandboxTestSupport {

    static final String ASSISTANT = """
            {"agent_name": "Renewals", "introduction_and_objective": "Remind", "response_guidelines": "Brief",
             "task": "Ask", "primary_language": "en-IN", "voice_id": "v-1", "intro_message": "Hello",
             "custom_variables": ["policy_id"]}""";

    @Test
    void createdAssistantIsListedUpdatedAndArchived() throws Exception {
        SandboxClient.Answer created = ringg.post("/public/agent", ASSISTANT);
        String id = created.json().at("/data/id").asText();
        JsonNode fetched = ringg.get("/agent/" + id).json();
        SandboxClient.Answer updated = ringg.patch("/public/agent/" + id, "{\"agent_name\": \"Renewals v2\"}");
        SandboxClient.Answer archived = ringg.delete("/agent/" + id);
        JsonNode listed = ringg.get("/agent/all?limit=10&offset=0").json().at("/data/agents");

        assertThat(created.status()).isEqualTo(200);
        assertThat(created.json().get("success").asBoolean()).isTrue();
        assertThat(created.json().at("/data/version").asText()).isEqualTo("v1");
        assertThat(created.json().at("/data/created_at").asText()).endsWith("+00:00");
        assertThat(fetched.at("/agents/agent_type").asText()).isEqualTo("outbound");
        assertThat(fetched.toString()).contains("callee_name", "policy_id");
        assertThat(updated.json().at("/data/id").asText()).isEqualTo(id);
        assertThat(updated.json().at("/data/updated_at").isTextual()).isTrue();
        assertThat(archived.json().get("message").asText()).isEqualTo("Agent archived successfully");
        assertThat(sandbox.isArchived(id)).isTrue();
        JsonNode entry = null;
        for (JsonNode agent : listed) {
            if (agent.get("id").asText().equals(id)) {
                entry = agent;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("agent_display_name").asText()).isEqualTo("Renewals v2");
        assertThat(entry.get("is_archived").asBoolean()).isTrue();
    }

    @Test
    void assistantFieldsAreValidatedAndUnknownAssistantsAre404() throws Exception {
        SandboxClient.Answer missing = ringg.post("/public/agent", "{\"agent_name\": \"x\"}");
        SandboxClient.Answer tooLong = ringg.post("/public/agent",
                ASSISTANT.replace("\"Renewals\"", "\"" + "x".repeat(101) + "\""));
        SandboxClient.Answer updateUnknown = ringg.patch("/public/agent/nope", "{\"task\": \"t\"}");
        SandboxClient.Answer archiveUnknown = ringg.delete("/agent/nope");

        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.json().at("/detail/0/loc/1").asText()).isEqualTo("introduction_and_objective");
        assertThat(tooLong.status()).isEqualTo(422);
        assertThat(tooLong.json().at("/detail/0/loc/1").asText()).isEqualTo("agent_name");
        assertThat(updateUnknown.status()).isEqualTo(404);
        assertThat(archiveUnknown.status()).isEqualTo(404);
        assertThat(archiveUnknown.json().get("detail").asText()).isEqualTo("Agent not found");
    }

    @Test
    void rotatedKeyReplacesTheOldOneAtOnceUntilTheSandboxIsReset() throws Exception {
        SandboxClient.Answer rotated = ringg.patch("/workspace/api-key", "");
        String newKey = rotated.json().get("new_api_key").asText();
        SandboxClient.Answer withOld = ringg.get("/workspace");
        SandboxClient.Answer withNew = ringg.header("X-API-KEY", newKey).get("/workspace");
        sandbox.reset();
        SandboxClient.Answer afterReset = ringg.get("/workspace");

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(newKey).isNotBlank().isNotEqualTo(RINGG_API_KEY);
        assertThat(withOld.status()).isEqualTo(401);
        assertThat(withOld.json().get("detail").asText()).isEqualTo("Invalid API key");
        assertThat(withNew.status()).isEqualTo(200);
        assertThat(afterReset.status()).isEqualTo(200);
        assertThat(sandbox.ringgApiKeys()).containsExactly(RINGG_API_KEY);
    }

    @Test
    void exportAnswersWithTheDocumentedMessageByDefault() throws Exception {
        ringg.post("/calling/v2/outbound/individual", RinggEndpointsTest.CALL);

        SandboxClient.Answer export = ringg.post("/calling/history/download?agent_id=" + RINGG_AGENT_ID
                                                 + "&start_date=2020-01-01", "");
        SandboxClient.Answer badDate = ringg.post("/calling/history/download?start_date=yesterday", "");

        assertThat(export.status()).isEqualTo(200);
        assertThat(export.json().get("message").asText()).contains("emailed");
        assertThat(export.json().get("total_calls").asInt()).isEqualTo(1);
        assertThat(badDate.status()).isEqualTo(422);
    }

    @Test
    void exportAsCsvStreamsTheFilteredCalls() throws Exception {
        try (ProviderSandbox csvSandbox = ProviderSandbox.builder().ringgExportAsCsv().start()) {
            SandboxClient client = SandboxClient.ringg(csvSandbox);
            client.post("/calling/v2/outbound/individual", RinggEndpointsTest.CALL);
            csvSandbox.runUntilIdle();

            SandboxClient.Answer export = client.post("/calling/history/download?agent_id=" + RINGG_AGENT_ID
                                                      + "&agent_id=other&status=completed", "");
            SandboxClient.Answer none = client.post("/calling/history/download?status=failed", "");

            List<String> lines = export.text().lines().toList();
            assertThat(lines.get(0)).isEqualTo("call_id,agent_id,to_number,status,call_duration,created_at");
            assertThat(lines).hasSize(2);
            assertThat(lines.get(1)).contains(RINGG_AGENT_ID, "+919800000001", "completed");
            assertThat(none.text().lines()).hasSize(1);
        }
    }

    @Test
    void contactListIsDeletedOnceAndNotWhileDialling() throws Exception {
        String idle = ringg.multipart("/campaign/save", RinggEndpointsTest.campaignFields(), RinggEndpointsTest.CSV)
                .json().get("list_id").asText();
        String running = ringg.multipart("/campaign/save", RinggEndpointsTest.campaignFields(), RinggEndpointsTest.CSV)
                .json().get("list_id").asText();
        ringg.post("/campaign/v2/start", """
                {"agent_id": "%s", "list_id": "%s", "number_pool_id": "%s"}"""
                .formatted(RINGG_AGENT_ID, running, ProviderSandbox.RINGG_NUMBER_POOL_ID));

        SandboxClient.Answer deleted = ringg.delete("/calling/contact/" + idle);
        SandboxClient.Answer again = ringg.delete("/calling/contact/" + idle);
        SandboxClient.Answer busy = ringg.delete("/calling/contact/" + running);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("message").asText()).isEqualTo("Contact list deleted successfully");
        assertThat(sandbox.campaign(idle)).isEmpty();
        assertThat(again.status()).isEqualTo(404);
        assertThat(busy.status()).isEqualTo(400);
    }

    @Test
    void creditCheckOfALargeUploadSaysInsufficientWithBothFigures() throws Exception {
        try (ProviderSandbox poor = ProviderSandbox.builder().credits(1).start()) {
            SandboxClient client = SandboxClient.ringg(poor);
            String bulkId = client.multipart("/campaign/upload-csv", RinggEndpointsTest.campaignFields(),
                    RinggEndpointsTest.CSV).json().get("bulk_list_id").asText();

            JsonNode balance = client.post("/campaign/check-balance/" + bulkId, "").json();
            SandboxClient.Answer unknown = client.post("/campaign/check-balance/nope", "");

            assertThat(balance.get("sufficient_balance").asBoolean()).isFalse();
            assertThat(balance.get("required_credits").asDouble()).isEqualTo(2.0);
            assertThat(balance.get("available_credits").asDouble()).isEqualTo(1.0);
            assertThat(unknown.status()).isEqualTo(404);
        }
    }
}
