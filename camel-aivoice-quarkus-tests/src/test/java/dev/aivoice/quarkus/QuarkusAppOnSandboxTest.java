package dev.aivoice.quarkus;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.events.CallStatus;
import dev.aivoice.camel.ringg.model.RinggCallCreated;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.WebhookDelivery;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Quarkus app (JVM mode, Camel 4.17 from the Quarkus platform) against the sandbox on loopback: the component
 * configured from application properties places a Ringg call, and the call's webhook event reaches the
 * {@code aivoice:ringg:events} route through Quarkus's own HTTP server (camel-quarkus-platform-http).
 */
@QuarkusTest
@WithTestResource(SandboxResource.class)
class QuarkusAppOnSandboxTest {

    static final String LEAD = "+14155550101";

    ProviderSandbox sandbox;    // injected by SandboxResource

    @Inject
    ProducerTemplate producer;

    @Inject
    CallOutcomes outcomes;

    @TestHTTPResource("/ringg/events")
    URI testUrl;    // names the host "localhost"; the app listens on 127.0.0.1 only

    @Test
    void placesARinggCallOnTheSandboxAndRoutesItsCompletedEvent() {
        Exchange placed = producer.request("direct:placeCall", exchange -> {
            exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, LEAD);
            exchange.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Asha");
        });
        assertThat(placed.getException()).isNull();
        RinggCallCreated created = placed.getMessage().getBody(RinggCallCreated.class);
        assertThat(created.getCallId()).isNotBlank();
        assertThat(sandbox.callsTo(LEAD)).hasSize(1);
        assertThat(sandbox.requests("/calling/v2/outbound/individual")).singleElement()
                .satisfies(request -> assertThat(request.header("X-API-KEY")).isEqualTo(ProviderSandbox.RINGG_API_KEY));

        // the consumer subscribed itself at start, at the app's own URL, with its bearer token
        assertThat(sandbox.subscriptions(ProviderSandbox.RINGG_AGENT_ID)).singleElement().satisfies(s -> {
            assertThat(s.callbackUrl()).isEqualTo(webhook().toString());
            assertThat(s.headers()).containsEntry("Authorization", "Bearer " + SandboxResource.WEBHOOK_TOKEN);
        });

        sandbox.runUntilIdle();

        assertThat(sandbox.deliveries("call_completed")).extracting(WebhookDelivery::status).containsExactly(200);
        CallEvent outcome = outcomes.outcomeOf(created.getCallId()).orElseThrow();
        assertThat(outcome.getEventType()).isEqualTo("call_completed");
        assertThat(outcome.getCallStatus()).isEqualTo(CallStatus.COMPLETED);
        assertThat(outcome.getToNumber()).isEqualTo(LEAD);
    }

    @Test
    void webhookOnTheQuarkusServerRefusesAnEventWithoutTheToken() throws Exception {
        HttpRequest forged = HttpRequest.newBuilder(webhook()).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"event_type\": \"call_completed\", \"call_id\": \"forged-1\", \"status\": \"completed\"}"))
                .build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(forged, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(outcomes.outcomeOf("forged-1")).isEmpty();
    }

    private URI webhook() {
        return URI.create("http://127.0.0.1:" + testUrl.getPort() + testUrl.getPath());
    }
}
