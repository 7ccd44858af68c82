package dev.aivoice.camel.ringg.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceNotFoundException;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.RecordingHttpServer.Recorded;
import dev.aivoice.camel.test.RecordingHttpServer;
import dev.aivoice.camel.test.RinggEvents;
import dev.aivoice.camel.test.WebhookTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** autoSubscribe: the consumer registers itself on the agent at start, then receives with the token it subscribed. */
class WebhookAutoSubscribeTest extends WebhookTestSupport {

    static final String KEY = "ringg-key-5d1e";

    final RecordingHttpServer ringg = newServer();
    final ObjectMapper json = new ObjectMapper();

    private static RecordingHttpServer newServer() {
        try {
            return new RecordingHttpServer();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void stopRingg() {
        ringg.close();
    }

    @Override
    protected void configureComponent(AiVoiceComponent component) {
        super.configureComponent(component);
        component.getConfiguration().setBaseUrl(ringg.baseUrl() + "/ca/api/v0");
        component.getConfiguration().setApiKey(KEY);
    }

    private void startConsumer() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:ringg:events?webhookPath=/ringg/events&autoSubscribe=true&agentId=ag-7"
                     + "&publicUrl=" + RinggAgents.OUR_URL + "&eventTypes=call_completed,all_processing_completed")
                        .to("mock:events");
            }
        });
    }

    @Test
    void startSubscribesMergedWithTheAgentsOtherSubscriptionsAndThenReceives() throws Exception {
        ringg.enqueue(Answer.json(200, RinggAgents.WITH_SUBSCRIPTIONS)).enqueue(Answer.json(200, RinggAgents.PATCHED));

        startConsumer();

        assertThat(ringg.requests()).extracting(Recorded::method, Recorded::path).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GET", "/ca/api/v0/agent/ag-7"),
                org.assertj.core.groups.Tuple.tuple("PATCH", "/ca/api/v0/agent/v1"));
        JsonNode patch = json.readTree(ringg.requests().get(1).body());
        assertThat(patch.path("version_id").asText()).isEqualTo("ver-2");
        JsonNode subscriptions = patch.path("event_subscriptions");
        assertThat(subscriptions).hasSize(3);
        assertThat(subscriptions.get(0).path("callback_url").asText()).isEqualTo("https://crm.example.com/hooks");
        assertThat(subscriptions.get(0).path("headers").path("Authorization").asText()).isEqualTo("Bear***");
        assertThat(subscriptions.get(1)).isEqualTo(json.readTree("""
                {"event_type": ["call_completed", "all_processing_completed"],
                 "callback_url": "https://camel.example.com/ringg/events",
                 "headers": {"Authorization": "Bearer whk-4f9c2a7e-secret", "Content-Type": "application/json"},
                 "method_type": "POST"}"""));
        assertThat(subscriptions.get(2).path("callback_url").asText()).isEqualTo("https://archive.example.com/rec");

        // Ringg sends the headers it was given: the subscribed Authorization value is accepted
        String subscribedAuthorization = subscriptions.get(1).path("headers").path("Authorization").asText();
        assertThat(post("/ringg/events", subscribedAuthorization.substring("Bearer ".length()),
                RinggEvents.CALL_COMPLETED).statusCode()).isEqualTo(200);
        assertThat(getMockEndpoint("mock:events").getReceivedExchanges().get(0).getMessage().getBody(CallEvent.class)
                .getCallId()).isEqualTo("c0a8-0001");
    }

    @Test
    void failedSubscriptionFailsTheStartAndServesNothing() throws Exception {
        ringg.enqueue(Answer.json(404, "{\"detail\": \"Agent not found\"}"));

        Throwable failure = catchThrowable(this::startConsumer);

        assertThat(failure).isNotNull();
        Throwable root = failure;
        while (root.getCause() != null && !(root instanceof AiVoiceNotFoundException)) {
            root = root.getCause();
        }
        assertThat(root).isInstanceOf(AiVoiceNotFoundException.class).hasMessageNotContaining(TOKEN);
        assertThat(ringg.onlyRequest().method()).isEqualTo("GET");
        assertThat(post("/ringg/events", TOKEN, RinggEvents.CALL_COMPLETED).statusCode()).isEqualTo(404);
    }

    @Test
    void autoSubscribeWithoutPublicUrlRefusesToStart() {
        Throwable failure = catchThrowable(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:ringg:events?autoSubscribe=true&agentId=ag-7").to("mock:events");
            }
        }));

        assertThat(failure).hasStackTraceContaining("autoSubscribe on aivoice:ringg:events needs the option publicUrl");
        assertThat(ringg.requests()).isEmpty();
    }
}
