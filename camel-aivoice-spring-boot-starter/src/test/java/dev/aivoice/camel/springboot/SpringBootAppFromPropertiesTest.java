package dev.aivoice.camel.springboot;

import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.ringg.model.RinggCallCreated;
import dev.aivoice.camel.ringly.model.RinglyCallResponse;
import dev.aivoice.camel.springboot.app.DialerApplication;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.WebhookDelivery;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot app (camel-spring-boot, platform-http on the embedded Tomcat) whose aivoice component is configured
 * only by {@code camel.component.aivoice.*} in application.properties: one Ringly and one Ringg call with the two
 * per-provider keys, and the Ringg call's webhook events routed by {@code aivoice:ringg:events}.
 */
@SpringBootTest(classes = DialerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpringBootAppFromPropertiesTest {

    static ProviderSandbox sandbox;

    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    List<CallEvent> receivedEvents;

    @BeforeAll
    static void startSandbox() {
        sandbox = ProviderSandbox.start();
        // the only values not in application.properties: where this run's sandbox listens
        System.setProperty("sandbox.ringly-base-url", sandbox.ringlyBaseUrl());
        System.setProperty("sandbox.ringg-base-url", sandbox.ringgBaseUrl());
    }

    @AfterAll
    static void stopSandbox() {
        System.clearProperty("sandbox.ringly-base-url");
        System.clearProperty("sandbox.ringg-base-url");
        sandbox.close();
    }

    @Test
    void propertiesReachTheComponent() {
        AiVoiceComponent aivoice = camel.getComponent("aivoice", AiVoiceComponent.class);
        assertThat(aivoice.getRinglyApiKey()).isEqualTo(ProviderSandbox.RINGLY_API_KEY);
        assertThat(aivoice.getRinggApiKey()).isEqualTo(ProviderSandbox.RINGG_API_KEY);
        assertThat(aivoice.getConfiguration().getRequestTimeout()).isEqualTo(5_000);   // "5s", a Duration
        assertThat(aivoice.getConfiguration().getMaxRetries()).isEqualTo(2);
        assertThat(aivoice.getConfiguration().getWebhookPath()).isEqualTo("/ringg/events");
    }

    @Test
    void placesARinglyAndARinggCallAndRoutesTheRinggCallsEvents() {
        RinglyCallResponse ringly = producer.requestBodyAndHeader("direct:ringlyCall", null,
                AiVoiceConstants.TO_NUMBER, "+14155550199", RinglyCallResponse.class);
        assertThat(ringly.getCallStatus()).isEqualTo("registered");
        assertThat(sandbox.requests("/make-outbound-call-v2")).singleElement()
                .extracting(r -> r.header("Authorization")).isEqualTo(ProviderSandbox.RINGLY_API_KEY);

        // the subscription aivoice:ringg:events registered at start, with the token of application.properties
        assertThat(sandbox.subscriptions(ProviderSandbox.RINGG_AGENT_ID)).singleElement().satisfies(s ->
                assertThat(s.headers()).containsEntry("Authorization", "Bearer change-me-to-a-long-random-token"));

        RinggCallCreated ringg = producer.requestBodyAndHeaders("direct:ringgCall", null,
                Map.of(AiVoiceConstants.TO_NUMBER, "+14155550101", AiVoiceConstants.CALLEE_NAME, "Asha"),
                RinggCallCreated.class);
        String callId = ringg.getCallId();
        assertThat(sandbox.callsTo("+14155550101")).singleElement().extracting(c -> c.id()).isEqualTo(callId);
        assertThat(sandbox.requests("/calling/v2/outbound/individual")).singleElement()
                .extracting(r -> r.header("X-API-KEY")).isEqualTo(ProviderSandbox.RINGG_API_KEY);

        sandbox.runUntilIdle();

        assertThat(sandbox.deliveries()).isNotEmpty().extracting(WebhookDelivery::status).containsOnly(200);
        assertThat(receivedEvents).extracting(CallEvent::getEventType)
                .containsExactly("call_completed", "all_processing_completed");
        assertThat(receivedEvents).extracting(CallEvent::getCallId).containsOnly(callId);
    }
}
