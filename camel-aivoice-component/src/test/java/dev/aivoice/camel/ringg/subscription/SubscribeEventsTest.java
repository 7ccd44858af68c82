package dev.aivoice.camel.ringg.subscription;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.AiVoiceNotFoundException;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.ringg.model.EventSubscription;
import dev.aivoice.camel.ringg.model.SubscribeEventsResult;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.RecordingHttpServer.Recorded;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** aivoice:ringg:agent?operation=subscribeEvents against a real loopback server: the exact GET and PATCH. */
class SubscribeEventsTest extends ProviderServerTestSupport {

    static final String KEY = "ringg-key-5d1e";
    static final String TOKEN = "whk-4f9c2a7e-secret";

    final ObjectMapper json = new ObjectMapper();

    @Override
    protected String basePath() {
        return "/ca/api/v0";
    }

    @Override
    protected void configure(AiVoiceConfiguration configuration) {
        configuration.setApiKey(KEY);
        configuration.setWebhookToken(TOKEN);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:subscribe").to("aivoice:ringg:agent?operation=subscribeEvents&agentId=ag-7&publicUrl="
                                            + RinggAgents.OUR_URL + "&eventTypes=call_completed,all_processing_completed");
                from("direct:agent").to("aivoice:ringg:agent");
            }
        };
    }

    private Exchange subscribe(Object body) {
        return template.request("direct:subscribe", e -> e.getMessage().setBody(body));
    }

    private JsonNode patchBody() throws Exception {
        List<Recorded> requests = server.requests();
        assertThat(requests).hasSize(2);
        Recorded patch = requests.get(1);
        assertThat(patch.method()).isEqualTo("PATCH");
        assertThat(patch.path()).isEqualTo("/ca/api/v0/agent/v1");
        assertThat(patch.header("X-API-KEY")).isEqualTo(KEY);
        assertThat(patch.header("Authorization")).isNull();
        assertThat(patch.header("Content-Type")).isEqualTo("application/json");
        return json.readTree(patch.body());
    }

    @Test
    void readsTheAgentThenWritesOurSubscriptionInPlaceKeepingTheOthersAsRead() throws Exception {
        server.enqueue(Answer.json(200, RinggAgents.WITH_SUBSCRIPTIONS)).enqueue(Answer.json(200, RinggAgents.PATCHED));

        Exchange result = subscribe(null);

        assertThat(result.getException()).isNull();
        Recorded get = server.requests().get(0);
        assertThat(get.method()).isEqualTo("GET");
        assertThat(get.path()).isEqualTo("/ca/api/v0/agent/ag-7");
        assertThat(get.query()).isNull();
        assertThat(get.header("X-API-KEY")).isEqualTo(KEY);
        assertThat(patchBody()).isEqualTo(json.readTree("""
                {"operation": "edit_event_subscriptions", "agent_id": "ag-7", "version_id": "ver-2",
                 "event_subscriptions": [
                   {"event_type": "call_completed", "callback_url": "https://crm.example.com/hooks",
                    "headers": {"Authorization": "Bear***", "Content-Type": "application/json"}, "method_type": "POST"},
                   {"event_type": ["call_completed", "all_processing_completed"],
                    "callback_url": "https://camel.example.com/ringg/events",
                    "headers": {"Authorization": "Bearer whk-4f9c2a7e-secret", "Content-Type": "application/json"},
                    "method_type": "POST"},
                   {"event_type": ["recording_completed"], "callback_url": "https://archive.example.com/rec",
                    "headers": {}, "method_type": "PUT", "auth_fetch_config": {"enabled": false}}]}"""));
        SubscribeEventsResult written = result.getMessage().getBody(SubscribeEventsResult.class);
        assertThat(written).isEqualTo(new SubscribeEventsResult("ag-7", "ver-2", RinggAgents.OUR_URL,
                List.of("call_completed", "all_processing_completed"), 3, true, "Agent updated successfully!"));
        assertThat(written.toString()).doesNotContain(TOKEN);
    }

    @Test
    void firstSubscriptionOfTheOnlyVersionIsAppendedWithEveryDocumentedTypeByDefault() throws Exception {
        server.enqueue(Answer.json(200, RinggAgents.SINGLE_VERSION_WITHOUT_SUBSCRIPTIONS))
                .enqueue(Answer.json(200, RinggAgents.PATCHED));

        Exchange result = template.request("direct:agent", e -> {
            e.getMessage().setHeader("CamelAiVoiceOperation", "subscribeEvents");
            e.getMessage().setHeader("CamelAiVoiceAgentId", "ag-7");
            e.getMessage().setBody(new EventSubscription().setCallbackUrl("https://hooks.example.com/ringg"));
        });

        assertThat(result.getException()).isNull();
        assertThat(patchBody()).isEqualTo(json.readTree("""
                {"operation": "edit_event_subscriptions", "agent_id": "ag-7", "version_id": "ver-9",
                 "event_subscriptions": [
                   {"event_type": ["call_started", "call_completed", "recording_completed",
                                   "platform_analysis_completed", "client_analysis_completed", "all_processing_completed"],
                    "callback_url": "https://hooks.example.com/ringg",
                    "headers": {"Authorization": "Bearer whk-4f9c2a7e-secret", "Content-Type": "application/json"},
                    "method_type": "POST"}]}"""));
        assertThat(result.getMessage().getBody(SubscribeEventsResult.class).replaced()).isFalse();
    }

    @Test
    void mapBodyGivesVersionTypesHeadersAndMethod() throws Exception {
        server.enqueue(Answer.json(200, RinggAgents.WITH_SUBSCRIPTIONS)).enqueue(Answer.json(200, RinggAgents.PATCHED));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version_id", "ver-1");
        body.put("event_type", "call_completed, recording_completed");
        body.put("headers", Map.of("X-Hook-Key", "abc"));
        body.put("method_type", "put");

        Exchange result = subscribe(body);

        assertThat(result.getException()).isNull();
        assertThat(patchBody()).isEqualTo(json.readTree("""
                {"operation": "edit_event_subscriptions", "agent_id": "ag-7", "version_id": "ver-1",
                 "event_subscriptions": [
                   {"event_type": ["call_started"], "callback_url": "https://old.example/x", "headers": {},
                    "method_type": "POST"},
                   {"event_type": ["call_completed", "recording_completed"],
                    "callback_url": "https://camel.example.com/ringg/events",
                    "headers": {"X-Hook-Key": "abc"}, "method_type": "PUT"}]}"""));
    }

    @Test
    void badInputIsRejectedBeforeAnythingIsSent() {
        record Case(Object body, String field, String text) {
        }
        List<Case> cases = List.of(
                new Case(Map.of("callback_url", "ftp://files.example.com/x"), "callback_url", "absolute http(s) URL"),
                new Case(Map.of("event_type", List.of("call_completed", "call_done")), "event_type",
                        "Unknown event type 'call_done'"),
                new Case(Map.of("event_type", "callback"), "event_type", "not a subscribable event type"),
                new Case(Map.of("method_type", "GET"), "method_type", "POST, PUT or PATCH"),
                new Case(Map.of("headers", Map.of("X-Count", 3)), "headers", "values (strings)"),
                new Case(Map.of("agent_id", "../workspace"), "agent_id", "Ringg agent id"));

        for (Case bad : cases) {
            Exchange result = template.request("direct:agent", e -> {
                e.getMessage().setHeader("CamelAiVoiceOperation", "subscribeEvents");
                e.getMessage().setBody(withAgent(bad.body()));
            });
            assertThat(result.getException()).as(bad.field()).isInstanceOf(AiVoiceValidationException.class)
                    .hasMessageContaining(bad.text());
            assertThat(((AiVoiceValidationException) result.getException()).getField()).isEqualTo(bad.field());
        }
        assertThat(server.requests()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withAgent(Object body) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("agent_id", "ag-7");
        fields.put("callback_url", "https://hooks.example.com/ringg");
        fields.putAll((Map<String, Object>) body);
        return fields;
    }

    @Test
    void missingAgentIsRejectedBeforeAnythingIsSent() {
        Exchange result = template.request("direct:agent", e -> {
            e.getMessage().setHeader("CamelAiVoiceOperation", "subscribeEvents");
            e.getMessage().setBody(Map.of("callback_url", "https://hooks.example.com/ringg"));
        });

        assertThat(result.getException()).isInstanceOf(AiVoiceValidationException.class)
                .hasMessageContaining("agent_id is required");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void agentWithSeveralVersionsAndNoActiveOneNeedsAVersionAndIsNotWritten() {
        server.enqueue(Answer.json(200, RinggAgents.AB_TEST_LIVE));

        Exchange result = subscribe(null);

        assertThat(result.getException()).isInstanceOf(AiVoiceValidationException.class)
                .hasMessageContaining("version_id is required").hasMessageContaining("ver-a").hasMessageContaining("ver-b");
        assertThat(server.onlyRequest().method()).isEqualTo("GET");
    }

    @Test
    void agentWhoseSubscriptionsCannotBeReadIsNotWritten() {
        server.enqueue(Answer.json(200, RinggAgents.WITHOUT_VERSION_DETAILS));

        Exchange result = subscribe(null);

        assertThat(result.getException()).isExactlyInstanceOf(AiVoiceException.class)
                .hasMessageContaining("cannot read the current event subscriptions of agent ag-7")
                .hasMessageNotContaining(TOKEN);
        assertThat(server.onlyRequest().method()).isEqualTo("GET");
    }

    @Test
    void unknownAgentIsNotFoundAndNotWritten() {
        server.enqueue(Answer.json(404, "{\"detail\": \"Agent not found\"}"));

        Exchange result = subscribe(null);

        assertThat(result.getException()).isInstanceOf(AiVoiceNotFoundException.class)
                .hasMessageContaining("agent/subscribeEvents").hasMessageContaining("Agent not found");
        assertThat(server.onlyRequest().method()).isEqualTo("GET");
    }
}
