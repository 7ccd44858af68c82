package dev.aivoice.camel.ringg;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceInvalidRequestException;
import dev.aivoice.camel.AiVoiceNotFoundException;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.ringg.model.RinggAgentRequest;
import dev.aivoice.camel.ringg.model.RinggAgentSaved;
import dev.aivoice.camel.ringg.model.RinggDeleted;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.RecordingHttpServer.Recorded;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ringg assistants: create (R7), update (R8) and archive (R10), against a real loopback server. */
class RinggAgentAdminRouteTest extends RinggRouteTestSupport {

    static final String CREATED = """
            {"success": true, "message": "Agent created successfully",
             "data": {"id": "a-new", "created_at": "2026-03-02T10:15:00.123456+00:00", "version": "v1"}}""";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("aivoice:ringg:agent?operation=create");
                from("direct:update").to("aivoice:ringg:agent?operation=update&agentId=a-option");
                from("direct:archive").to("aivoice:ringg:agent?operation=archive");
            }
        };
    }

    static RinggAgentRequest assistant() {
        return new RinggAgentRequest().setAgentName("Renewal reminder")
                .setIntroductionAndObjective("You remind customers of renewals.")
                .setResponseGuidelines("Be brief.").setTask("Ask whether they renew.")
                .setPrimaryLanguage("en-IN").setSecondaryLanguage("hi-IN").setVoiceId("v-1")
                .setIntroMessage("Hello @{{callee_name}}").setCustomVariables(List.of("policy_id"));
    }

    @Test
    void typedCreateIsPostedWithEveryFieldAndAnswersTheNewIdInBodyAndHeader() throws Exception {
        server.answerAlways(Answer.json(200, CREATED));

        Exchange result = template.request("direct:create", e -> e.getMessage().setBody(assistant()));

        Recorded request = assertRinggRequest(server.onlyRequest(), "POST", "/public/agent");
        assertThat(request.query()).isNull();
        assertThat(jsonOf(request)).isEqualTo(jsonOf("""
                {"agent_name": "Renewal reminder", "introduction_and_objective": "You remind customers of renewals.",
                 "response_guidelines": "Be brief.", "task": "Ask whether they renew.", "primary_language": "en-IN",
                 "secondary_language": "hi-IN", "voice_id": "v-1", "intro_message": "Hello @{{callee_name}}",
                 "custom_variables": ["policy_id"]}"""));
        RinggAgentSaved saved = result.getMessage().getBody(RinggAgentSaved.class);
        assertThat(saved.getId()).isEqualTo("a-new");
        assertThat(saved.getVersion()).isEqualTo("v1");
        assertThat(saved.getSuccess()).isTrue();
        assertThat(saved.getMessage()).isEqualTo("Agent created successfully");
        assertThat(saved.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T10:15:00.123456Z"));
        assertThat(result.getMessage().getHeader(AiVoiceConstants.AGENT_ID)).isEqualTo("a-new");
    }

    @Test
    void createTakesAMapOrJsonTextAndReadsAnIdAtTheTopLevel() throws Exception {
        server.answerAlways(Answer.json(200, "{\"agent_id\": \"a-top\", \"message\": \"ok\"}"));
        Map<String, Object> map = new LinkedHashMap<>(Map.of("agent_name", "N", "introduction_and_objective", "I",
                "response_guidelines", "R", "task", "T", "primary_language", "en-US", "voice_id", "v-1",
                "intro_message", "Hi"));
        map.put("agent_type", "inbound");

        Exchange fromMap = template.request("direct:create", e -> e.getMessage().setBody(map));
        Exchange fromJson = template.request("direct:create", e -> e.getMessage().setBody(json.writeValueAsString(map)));

        assertThat(fromMap.getMessage().getBody(RinggAgentSaved.class).getId()).isEqualTo("a-top");
        assertThat(fromJson.getMessage().getBody(RinggAgentSaved.class).getId()).isEqualTo("a-top");
        assertThat(jsonOf(server.requests().get(0))).isEqualTo(jsonOf(server.requests().get(1)));
        assertThat(jsonOf(server.requests().get(1)).get("agent_type").asText()).isEqualTo("inbound");
    }

    @Test
    void createRejectsMissingTooLongAndMalformedFieldsBeforeSending() {
        Map<String, RinggAgentRequest> cases = new LinkedHashMap<>();
        cases.put("voice_id", assistant().setVoiceId(null));
        cases.put("agent_name", assistant().setAgentName("x".repeat(101)));
        cases.put("intro_message", assistant().setIntroMessage("x".repeat(501)));
        cases.put("primary_language", assistant().setPrimaryLanguage("English"));
        cases.put("agent_type", assistant().setAgentType("outgoing"));
        cases.put("custom_variables", assistant().setCustomVariables(List.of("policy id")));
        cases.put("agent_id", assistant().setAgentId("a-1"));
        cases.forEach((field, request) -> {
            Exchange result = template.request("direct:create", e -> e.getMessage().setBody(request));
            assertThat(failure(result, AiVoiceValidationException.class).getField()).as(field).isEqualTo(field);
        });
        Exchange unknown = template.request("direct:create", e -> e.getMessage().setBody(Map.of("prompt", "p")));

        assertThat(failure(unknown, AiVoiceValidationException.class).getMessage()).contains("agent_name");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void updatePatchesOnlyTheGivenFieldsAtTheAgentsPathHeaderBeforeBodyBeforeOption() throws Exception {
        server.answerAlways(Answer.json(200, """
                {"success": true, "message": "Agent updated", "data": {"id": "a-1", "updated_at": "2026-03-03T08:00:00",
                 "version": "v2"}}"""));

        Exchange byBody = template.request("direct:update",
                e -> e.getMessage().setBody(Map.of("agent_id", "a 1/x", "task", "New task")));
        Exchange byHeader = template.request("direct:update", e -> {
            e.getMessage().setBody(new RinggAgentRequest().setAgentId("a-body").setFaq("Q: A"));
            e.getMessage().setHeader(AiVoiceConstants.AGENT_ID, "a-header");
        });
        Exchange byOption = template.request("direct:update", e -> e.getMessage().setBody("{\"intro_message\": \"Hi\"}"));

        List<Recorded> requests = server.requests();
        assertThat(jsonOf(assertRinggRequest(requests.get(0), "PATCH", "/public/agent/a%201%2Fx")))
                .isEqualTo(jsonOf("{\"task\": \"New task\"}"));
        assertThat(jsonOf(assertRinggRequest(requests.get(1), "PATCH", "/public/agent/a-header")))
                .isEqualTo(jsonOf("{\"faq\": \"Q: A\"}"));
        assertRinggRequest(requests.get(2), "PATCH", "/public/agent/a-option");
        RinggAgentSaved saved = byBody.getMessage().getBody(RinggAgentSaved.class);
        assertThat(saved.getVersion()).isEqualTo("v2");
        assertThat(saved.getUpdatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-03T08:00:00Z"));
        assertThat(byHeader.getException()).isNull();
        assertThat(byOption.getException()).isNull();
    }

    @Test
    void updateWithNothingToChangeIsRejected() {
        Exchange result = template.request("direct:update", e -> e.getMessage().setBody(Map.of("agent_id", "a-1")));

        assertThat(failure(result, AiVoiceValidationException.class).getMessage()).contains("nothing to update");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void archiveDeletesTheAgentAndReturnsRinggsMessage() {
        server.answerAlways(Answer.json(200, "{\"message\": \"Agent archived successfully\"}"));

        Exchange result = template.request("direct:archive", e -> e.getMessage().setHeader(AiVoiceConstants.AGENT_ID, "a-9"));

        Recorded request = assertRinggRequest(server.onlyRequest(), "DELETE", "/agent/a-9");
        assertThat(request.body()).isEmpty();
        RinggDeleted archived = result.getMessage().getBody(RinggDeleted.class);
        assertThat(archived.getId()).isEqualTo("a-9");
        assertThat(archived.getMessage()).isEqualTo("Agent archived successfully");
    }

    @Test
    void archiveWithoutAnAgentOrWithADotSegmentSendsNothing() {
        Exchange result = template.request("direct:archive", e -> e.getMessage().setBody(null));
        Exchange parent = template.request("direct:archive", e -> e.getMessage().setBody(".."));
        Exchange updateParent = template.request("direct:update", e -> e.getMessage().setBody(
                Map.of("agent_id", "..", "task", "t")));

        assertThat(failure(result, AiVoiceValidationException.class).getField()).isEqualTo("agent_id");
        assertThat(failure(parent, AiVoiceValidationException.class).getMessage()).contains("'..'");
        assertThat(failure(updateParent, AiVoiceValidationException.class).getField()).isEqualTo("agent_id");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void errorsMapLikeEveryOtherRinggAnswer() {
        server.enqueue(Answer.json(404, "{\"detail\": \"Agent not found\"}"));
        server.enqueue(Answer.json(422, """
                {"detail": [{"loc": ["body", "voice_id"], "msg": "not a valid uuid", "type": "uuid"}]}"""));

        Exchange archive = template.request("direct:archive", e -> e.getMessage().setBody("a-gone"));
        Exchange create = template.request("direct:create", e -> e.getMessage().setBody(assistant()));

        assertThat(failure(archive, AiVoiceNotFoundException.class).getProviderMessage()).isEqualTo("Agent not found");
        assertThat(failure(create, AiVoiceInvalidRequestException.class).getProviderMessage())
                .isEqualTo("body.voice_id: not a valid uuid");
        assertThat(create.getMessage().getHeader(AiVoiceConstants.AGENT_ID)).isNull();
    }
}
