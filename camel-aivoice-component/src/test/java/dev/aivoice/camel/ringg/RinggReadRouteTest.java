package dev.aivoice.camel.ringg;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.ringg.model.RinggAgent;
import dev.aivoice.camel.ringg.model.RinggAgentEdited;
import dev.aivoice.camel.ringg.model.RinggNumber;
import dev.aivoice.camel.ringg.model.RinggVoice;
import dev.aivoice.camel.ringg.model.RinggWorkspace;
import dev.aivoice.camel.ringg.model.RinggWorkspaceUser;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.RecordingHttpServer.Recorded;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ringg agents, numbers, workspaces and analytics: exact requests and typed (or JSON) results. */
class RinggReadRouteTest extends RinggRouteTestSupport {

    Exchange call(String uri, Object body) {
        return template.request(uri, e -> e.getMessage().setBody(body));
    }

    @Test
    void agentListUnwrapsTheDataEnvelopeAndPages() {
        server.answerAlways(Answer.json(200, """
                {"status": "success", "data": {"agents": [
                  {"id": "a-1", "agent_display_name": "Renewal reminder", "agent_type": "outbound", "call_count": 42,
                   "created_at": "2026-01-05T09:00:00.000000+00:00", "template_name": "t"}]}}"""));

        Exchange result = template.request("aivoice:ringg:agent", e -> e.getMessage().setHeader(AiVoiceConstants.LIMIT, 5));

        assertThat(assertRinggRequest(server.onlyRequest(), "GET", "/agent/all").query()).isEqualTo("limit=5&offset=0");
        RinggAgent agent = (RinggAgent) result.getMessage().getBody(List.class).get(0);
        assertThat(agent.getAgentDisplayName()).isEqualTo("Renewal reminder");
        assertThat(agent.getCallCount()).isEqualTo(42L);
        assertThat(agent.getAdditionalFields()).containsEntry("template_name", "t");
        assertThat(result.getMessage().getHeaders()).doesNotContainKeys(AiVoiceConstants.TOTAL,
                AiVoiceConstants.NEXT_OFFSET);
    }

    @Test
    void agentIdIsSentAsOnePercentEncodedPathSegment() {
        server.answerAlways(Answer.json(200, "{\"agents\": {\"id\": \"a b/c\"}}"));

        template.request("aivoice:ringg:agent?operation=get",
                e -> e.getMessage().setHeader(AiVoiceConstants.AGENT_ID, "a b/c"));

        assertThat(server.onlyRequest().path()).isEqualTo(BASE + "/agent/a%20b%2Fc");
    }

    @Test
    void agentGetReadsTheUnwrappedAgentsObjectByHeaderOrOption() {
        server.answerAlways(Answer.json(200, """
                {"agents": {"id": "a-7", "agent_display_name": "Desk", "agent_type": "outbound_inbound",
                            "version_details": {"v1": {"agent_config": {"custom_variables": ["callee_name"]}}}}}"""));

        Exchange byHeader = template.request("aivoice:ringg:agent?operation=get&agentId=ignored",
                e -> e.getMessage().setHeader(AiVoiceConstants.AGENT_ID, "a-7"));
        Exchange byOption = call("aivoice:ringg:agent?operation=get&agentId=a-8", null);

        assertThat(server.requests()).extracting(Recorded::path).containsExactly(BASE + "/agent/a-7", BASE + "/agent/a-8");
        RinggAgent agent = byHeader.getMessage().getBody(RinggAgent.class);
        assertThat(agent.getAgentType()).isEqualTo("outbound_inbound");
        assertThat(agent.getAdditionalFields()).containsKey("version_details");
        assertThat(byOption.getException()).isNull();
    }

    @Test
    void voicesAskForLanguagesAndListTheCatalogue() {
        server.answerAlways(Answer.json(200, """
                {"voices": [{"id": "v-1", "name": "Asha", "gender": "female", "languages": ["en-IN", "hi-IN"],
                             "voice_previews": {"en-IN": "https://x/p.mp3"}}]}"""));

        Exchange result = call("aivoice:ringg:agent?operation=voices", List.of("en-IN", "hi-IN"));

        assertThat(assertRinggRequest(server.onlyRequest(), "GET", "/agent/voices").query())
                .isEqualTo("language=en-IN%2Chi-IN");
        RinggVoice voice = (RinggVoice) result.getMessage().getBody(List.class).get(0);
        assertThat(voice.getLanguages()).containsExactly("en-IN", "hi-IN");
        assertThat(voice.getVoicePreviews()).containsEntry("en-IN", "https://x/p.mp3");
    }

    @Test
    void answersWithoutTheirListReadAsEmptyLists() {
        server.answerAlways(Answer.json(200, "{\"status\": \"success\"}"));

        Exchange voices = call("aivoice:ringg:agent?operation=voices", null);
        Exchange workspaces = call("aivoice:ringg:workspace?operation=list", null);
        Exchange agents = call("aivoice:ringg:agent", null);

        assertThat(voices.getMessage().getBody(List.class)).isEmpty();
        assertThat(workspaces.getMessage().getBody(List.class)).isEmpty();
        assertThat(agents.getMessage().getBody(List.class)).isEmpty();
        assertThat(agents.getMessage().getHeaders()).doesNotContainKey(AiVoiceConstants.NEXT_OFFSET);
    }

    @Test
    void editSendsAnyAgentOperationWithTheAgentFilledIn() throws Exception {
        server.answerAlways(Answer.json(200, """
                {"message": "Agent updated successfully!", "agent_id": "a-1", "edit_details": {"field": "timezone"}}"""));

        Exchange result = call("aivoice:ringg:agent?operation=edit&agentId=a-1",
                "{\"operation\": \"edit_timezone\", \"timezone\": \"Asia/Kolkata\"}");

        Recorded request = assertRinggRequest(server.onlyRequest(), "PATCH", "/agent/v1");
        assertThat(jsonOf(request)).isEqualTo(jsonOf(
                "{\"operation\": \"edit_timezone\", \"timezone\": \"Asia/Kolkata\", \"agent_id\": \"a-1\"}"));
        RinggAgentEdited edited = result.getMessage().getBody(RinggAgentEdited.class);
        assertThat(edited.getMessage()).isEqualTo("Agent updated successfully!");
        assertThat(edited.getEditDetails().get("field").asText()).isEqualTo("timezone");
    }

    @Test
    void editWithoutAnOperationOrAgentIsRejected() {
        Exchange noOperation = call("aivoice:ringg:agent?operation=edit&agentId=a-1", Map.of("timezone", "x"));
        Exchange noAgent = call("aivoice:ringg:agent?operation=edit", Map.of("operation", "edit_timezone"));
        Exchange badOperation = call("aivoice:ringg:agent?operation=edit&agentId=a-1", Map.of("operation", "Edit It"));

        assertThat(failure(noOperation, AiVoiceValidationException.class).getField()).isEqualTo("operation");
        assertThat(failure(noAgent, AiVoiceValidationException.class).getField()).isEqualTo("agent_id");
        assertThat(failure(badOperation, AiVoiceValidationException.class).getField()).isEqualTo("operation");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void numberListReadsWorkspaceNumbers() {
        server.answerAlways(Answer.json(200, """
                {"workspace_numbers": [{"id": "n-1", "number": "+14155550100", "agent": null, "provider": "twilio",
                                        "number_pool_id": "pool-1", "is_spam": false, "expiry_date": "2027-01-01"}]}"""));

        Exchange result = template.request("aivoice:ringg:number?offset=100",
                e -> e.getMessage().setHeader(AiVoiceConstants.LIMIT, 1));

        assertThat(assertRinggRequest(server.onlyRequest(), "GET", "/workspace/numbers").query())
                .isEqualTo("limit=1&offset=100");
        RinggNumber number = (RinggNumber) result.getMessage().getBody(List.class).get(0);
        assertThat(number.getNumber()).isEqualTo("+14155550100");
        assertThat(number.getNumberPoolId()).isEqualTo("pool-1");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.NEXT_OFFSET)).isEqualTo(101);
    }

    @Test
    void workspaceGetNeverKeepsTheEchoedApiKey() {
        server.answerAlways(Answer.json(200, """
                {"workspace_info": {"id": "w-1", "name": "Demo", "credits": 1200, "locked_credits": 0.5,
                                    "api_key": "ringg-workspace-key-0042", "plan": "pro"}}"""));

        Exchange result = call("aivoice:ringg:workspace", null);

        assertRinggRequest(server.onlyRequest(), "GET", "/workspace");
        RinggWorkspace workspace = result.getMessage().getBody(RinggWorkspace.class);
        assertThat(workspace.getCredits()).isEqualTo(1200.0);
        assertThat(workspace.getLockedCredits()).isEqualTo(0.5);
        assertThat(workspace.getAdditionalFields()).containsEntry("plan", "pro").doesNotContainKey("api_key");
        assertThat(workspace.toString()).doesNotContain(KEY);
    }

    @Test
    void workspaceListAndUsers() {
        server.enqueue(Answer.json(200, """
                {"workspaces": [{"id": "w-1", "name": "A", "role": "owner", "credits": 1},
                                {"id": "w-2", "name": "B", "role": "member", "credits": 2}]}"""));
        server.enqueue(Answer.json(200, """
                {"workspace_users": [{"id": "u-1", "username": "asha", "email": "a@x", "role": "member",
                                      "invite_status": "success"}]}"""));

        Exchange workspaces = call("aivoice:ringg:workspace?operation=list", null);
        Exchange users = call("aivoice:ringg:workspace?operation=users", null);

        List<Recorded> requests = server.requests();
        assertRinggRequest(requests.get(0), "GET", "/workspace/all");
        assertThat(assertRinggRequest(requests.get(1), "GET", "/workspace/users").query()).isEqualTo("limit=100&offset=0");
        assertThat(workspaces.getMessage().getBody(List.class)).extracting(w -> ((RinggWorkspace) w).getRole())
                .containsExactly("owner", "member");
        RinggWorkspaceUser user = (RinggWorkspaceUser) users.getMessage().getBody(List.class).get(0);
        assertThat(user.getEmail()).isEqualTo("a@x");
    }

    @Test
    void everyAnalyticsReportIsAskedWithItsFiltersAndAnsweredAsJson() {
        server.answerAlways(Answer.json(200, "{\"cached\": false, \"metrics_summary\": {\"calls\": 3}}"));
        Map<String, String> paths = Map.of("platform", "/analytics/platform-analytics",
                "numbers", "/analytics/number-analytics", "duration", "/analytics/duration-distribution",
                "classification", "/analytics/classification-analytics", "drillDown", "/analytics/drill-down-analytics");

        paths.forEach((operation, path) -> {
            server.reset();
            server.answerAlways(Answer.json(200, "{\"cached\": false, \"metrics_summary\": {\"calls\": 3}}"));
            Exchange result = template.request("aivoice:ringg:analytics?listId=b-1&operation=" + operation, e -> {
                e.getMessage().setBody(Map.of("start_date", LocalDate.of(2026, 3, 1)));
                e.getMessage().setHeader(AiVoiceConstants.AGENT_ID, "a-1");
            });
            Recorded request = assertRinggRequest(server.onlyRequest(), "GET", path);
            assertThat(request.query()).as(operation).isEqualTo("bulk_list_id=b-1&start_date=2026-03-01&agent_id=a-1");
            assertThat(result.getMessage().getBody(JsonNode.class).at("/metrics_summary/calls").asInt()).isEqualTo(3);
        });
    }

    @Test
    void analyticsRejectBadDatesAndDrillDownNeedsAList() {
        Exchange badDate = call("aivoice:ringg:analytics", Map.of("start_date", "01/03/2026"));
        Exchange noList = call("aivoice:ringg:analytics?operation=drillDown", null);

        assertThat(failure(badDate, AiVoiceValidationException.class).getField()).isEqualTo("start_date");
        assertThat(failure(noList, AiVoiceValidationException.class).getField()).isEqualTo("bulk_list_id");
        assertThat(server.requests()).isEmpty();
    }
}
