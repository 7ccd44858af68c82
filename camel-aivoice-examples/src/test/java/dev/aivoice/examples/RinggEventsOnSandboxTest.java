package dev.aivoice.examples;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.WebhookDelivery;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's webhook side against the real webhook consumer: aivoice:ringg:events subscribes itself on the
 * sandbox agent (GET /agent/{id}, PATCH /agent/v1), and the sandbox's event payloads parse into CallEvents.
 */
class RinggEventsOnSandboxTest {

    ProviderSandbox sandbox;
    CamelContext camel;
    final List<CallEvent> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        sandbox = ProviderSandbox.start();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        camel = new DefaultCamelContext();
        camel.addService(new VertxPlatformHttpServer(server));
        String publicUrl = "http://127.0.0.1:" + port + "/hooks/ringg";
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:ringg:events?webhookPath=/hooks/ringg&webhookToken=t0ken&autoSubscribe=true"
                     + "&agentId=" + ProviderSandbox.RINGG_AGENT_ID + "&publicUrl=" + publicUrl
                     + "&apiKey=" + ProviderSandbox.RINGG_API_KEY + "&baseUrl=" + sandbox.ringgBaseUrl()
                     + "&eventTypes=call_completed,all_processing_completed")
                        .process(exchange -> received.add(exchange.getMessage().getBody(CallEvent.class)));
            }
        });
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
        sandbox.close();
    }

    @Test
    void consumerSubscribesOnTheSandboxAndReceivesParsedEventsOfACall() throws Exception {
        assertThat(sandbox.subscriptions(ProviderSandbox.RINGG_AGENT_ID)).singleElement().satisfies(s -> {
            assertThat(s.eventTypes()).containsExactlyInAnyOrder("call_completed", "all_processing_completed");
            assertThat(s.headers()).containsEntry("Authorization", "Bearer t0ken");
        });
        HttpRequest call = HttpRequest.newBuilder(URI.create(sandbox.ringgBaseUrl() + "/calling/v2/outbound/individual"))
                .header("X-API-KEY", ProviderSandbox.RINGG_API_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "Asha", "mobile_number": "+14155550101", "agent_id": "%s", "number_pool_id": "%s"}"""
                        .formatted(ProviderSandbox.RINGG_AGENT_ID, ProviderSandbox.RINGG_NUMBER_POOL_ID)))
                .build();
        assertThat(HttpClient.newHttpClient().send(call, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

        sandbox.runUntilIdle();

        assertThat(sandbox.deliveries()).extracting(WebhookDelivery::status).containsOnly(200);
        assertThat(received).extracting(CallEvent::getEventType)
                .containsExactly("call_completed", "all_processing_completed");
        CallEvent all = received.get(1);
        assertThat(all.getToNumber()).isEqualTo("+14155550101");
        assertThat(all.getStatus()).isEqualTo("completed");
        assertThat(all.getDurationSeconds()).isEqualTo(42.0);
        assertThat(all.getRecordingUrl()).endsWith(".mp3");
        assertThat(all.getPlatformAnalysis().get("summary")).asString().isNotBlank();
        assertThat(all.getTranscript()).hasSize(2);
    }
}
