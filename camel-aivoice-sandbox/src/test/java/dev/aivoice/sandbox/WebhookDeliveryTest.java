package dev.aivoice.sandbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.sandbox.http.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.aivoice.sandbox.ProviderSandbox.RINGG_AGENT_ID;
import static dev.aivoice.sandbox.ProviderSandbox.RINGG_NUMBER_POOL_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Events reach subscribed receivers with the subscribed headers, and are redelivered after a non-200 answer. */
class WebhookDeliveryTest {

    ProviderSandbox sandbox;
    LoopbackReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        receiver = new LoopbackReceiver();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        receiver.close();
    }

    private void subscribe(String... eventTypes) throws Exception {
        String types = String.join("\", \"", eventTypes);
        SandboxClient.ringg(sandbox).patch("/agent/v1", """
                {"operation": "edit_event_subscriptions", "agent_id": "%s", "event_subscriptions": [
                  {"event_type": ["%s"], "callback_url": "%s", "method_type": "POST",
                   "headers": {"Authorization": "Bearer hook-token"}}]}"""
                .formatted(RINGG_AGENT_ID, types, receiver.url("/ringg/events")));
    }

    private String placeCall(String number, String extra) throws Exception {
        return SandboxClient.ringg(sandbox).post("/calling/v2/outbound/individual", """
                {"name": "Asha", "mobile_number": "%s", "agent_id": "%s", "number_pool_id": "%s",
                 "custom_args_values": {"lead_id": "L-7"}%s}""".formatted(number, RINGG_AGENT_ID, RINGG_NUMBER_POOL_ID, extra))
                .json().at("/data/call_id").asText();
    }

    @Test
    void everyEventOfAnAnsweredCallArrivesWithTheSubscribedHeadersInOrder() throws Exception {
        sandbox = ProviderSandbox.start();
        subscribe("call_started", "call_completed", "recording_completed", "platform_analysis_completed",
                "client_analysis_completed", "all_processing_completed");
        String id = placeCall("+919800000001", "");

        sandbox.runUntilIdle();

        List<LoopbackReceiver.Received> received = receiver.received();
        assertThat(received).extracting(r -> Json.parseOrNull(r.body().getBytes()).get("event_type").asText())
                .containsExactly("call_started", "call_completed", "recording_completed", "platform_analysis_completed",
                        "client_analysis_completed", "all_processing_completed");
        assertThat(received).allSatisfy(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/ringg/events");
            assertThat(r.headers()).containsEntry("authorization", "Bearer hook-token")
                    .containsEntry("content-type", "application/json");
        });
        JsonNode completed = Json.parseOrNull(received.get(1).body().getBytes());
        assertThat(completed.get("call_id").asText()).isEqualTo(id);
        assertThat(completed.get("status").asText()).isEqualTo("completed");
        assertThat(completed.get("retry_count").asInt()).isZero();
        assertThat(completed.get("call_duration").asDouble()).isEqualTo(42.0);
        assertThat(completed.get("to_number").asText()).isEqualTo("+919800000001");
        assertThat(completed.get("transcript").get(0).has("bot")).isTrue();
        assertThat(completed.get("bulk_list_id").isNull()).isTrue();
        assertThat(completed.at("/custom_args_values/lead_id").asText()).isEqualTo("L-7");
        assertThat(completed.get("workspace_id").asText()).isNotBlank();
        JsonNode all = Json.parseOrNull(received.get(5).body().getBytes());
        assertThat(all.get("recording_url").asText()).endsWith(".mp3");
        assertThat(all.at("/analysis_data/summary").asText()).isNotBlank();
        assertThat(all.at("/platform_analysis/summary").asText()).isEqualTo(all.at("/analysis_data/summary").asText());
        assertThat(all.at("/client_analysis/outcome").asText()).isEqualTo("completed");
        assertThat(Json.parseOrNull(received.get(0).body().getBytes()).get("sub_status").asText()).isEqualTo("ACCEPTED");
    }

    @Test
    void onlySubscribedEventTypesAreSent() throws Exception {
        sandbox = ProviderSandbox.builder().outcome("13", CallOutcome.notAnswered()).start();
        subscribe("call_completed");
        placeCall("+919800000013", "");

        sandbox.runUntilIdle();

        assertThat(receiver.received()).singleElement().satisfies(r ->
                assertThat(Json.parseOrNull(r.body().getBytes()).get("status").asText()).isEqualTo("failed"));
    }

    @Test
    void nonOkAnswersAreRetriedAfterTheRetryDelaysThenGivenUp() throws Exception {
        sandbox = ProviderSandbox.start();
        subscribe("call_completed");
        receiver.answerNext(500, 202);
        placeCall("+919800000001", "");

        sandbox.advance(Duration.ofSeconds(44)); // dial 2 s + talk 42 s: first attempt, answered 500
        List<WebhookDelivery> afterFirst = sandbox.deliveries("call_completed");
        sandbox.advance(Duration.ofSeconds(10)); // second attempt, answered 202: Ringg wants exactly 200
        sandbox.advance(Duration.ofSeconds(59));
        int beforeThirdAttempt = receiver.received().size();
        sandbox.advance(Duration.ofSeconds(1)); // third attempt, 200
        sandbox.runUntilIdle();

        assertThat(afterFirst).singleElement().satisfies(d -> assertThat(d.status()).isEqualTo(500));
        assertThat(beforeThirdAttempt).isEqualTo(2);
        assertThat(sandbox.deliveries("call_completed")).extracting(WebhookDelivery::attempt, WebhookDelivery::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 500), org.assertj.core.groups.Tuple.tuple(2, 202),
                        org.assertj.core.groups.Tuple.tuple(3, 200));
        assertThat(receiver.received()).extracting(LoopbackReceiver.Received::body).containsOnly(receiver.received()
                .get(0).body());
    }

    @Test
    void unreachableReceiverIsTriedFourTimesInAllThenDropped() throws Exception {
        sandbox = ProviderSandbox.builder().webhookTimeout(Duration.ofSeconds(2)).start();
        String url = receiver.url("/gone");
        receiver.close(); // nothing listens there any more
        SandboxClient.ringg(sandbox).patch("/agent/v1", """
                {"operation": "edit_event_subscriptions", "agent_id": "%s", "event_subscriptions": [
                  {"event_type": ["call_completed"], "callback_url": "%s"}]}""".formatted(RINGG_AGENT_ID, url));
        placeCall("+919800000001", "");

        sandbox.runUntilIdle();

        List<WebhookDelivery> attempts = sandbox.deliveries("call_completed");
        assertThat(attempts).hasSize(4).allSatisfy(d -> {
            assertThat(d.delivered()).isFalse();
            assertThat(d.error()).isNotBlank();
        });
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(3).at())).isEqualTo(Duration.ofSeconds(190));
        receiver = new LoopbackReceiver();
    }

    @Test
    void injectedOutageFailsTheNextAttemptsWithoutReachingTheReceiverThenDeliveriesResume() throws Exception {
        sandbox = ProviderSandbox.start();
        subscribe("call_completed");
        sandbox.failNextDeliveries(2);
        placeCall("+919800000001", "");

        sandbox.runUntilIdle();

        assertThat(sandbox.deliveries("call_completed")).extracting(WebhookDelivery::attempt, WebhookDelivery::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, -1), org.assertj.core.groups.Tuple.tuple(2, -1),
                        org.assertj.core.groups.Tuple.tuple(3, 200));
        assertThat(sandbox.deliveries().get(0).error()).isEqualTo("fault injected: receiver unreachable");
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void legacyCallbackUrlGetsTheCallDetailsBodyWithCallbackArgs() throws Exception {
        sandbox = ProviderSandbox.start();
        placeCall("+919800000001", """
                , "callback_url": "%s", "callback_args": {"headers": {"X-Token": "t-1", "Content-Type": "application/json"},
                  "params": {"lead": "L 7"}}""".formatted(receiver.url("/legacy")));

        sandbox.runUntilIdle();

        List<LoopbackReceiver.Received> received = receiver.received();
        assertThat(received).extracting(r -> Json.parseOrNull(r.body().getBytes()).at("/data/status").asText())
                .containsExactly("ongoing", "completed", "completed");
        LoopbackReceiver.Received last = received.get(2);
        assertThat(last.query()).isEqualTo("lead=L+7");
        assertThat(last.headers()).containsEntry("x-token", "t-1");
        JsonNode body = Json.parseOrNull(last.body().getBytes());
        assertThat(body.get("status").asText()).isEqualTo("success");
        assertThat(body.get("message").asText()).isEqualTo("Call Details");
        assertThat(body.at("/data/call_direction").asText()).isEqualTo("outbound");
        assertThat(body.at("/data/transcript").isTextual()).isTrue();
        assertThat(body.at("/data/analysis/summary").asText()).isNotBlank();
        assertThat(Json.parseOrNull(received.get(1).body().getBytes()).at("/data").has("analysis")).isFalse();
    }

    @Test
    void subscriptionsGivenToTheBuilderAreActiveFromTheStart() throws Exception {
        sandbox = ProviderSandbox.builder().subscription(RINGG_AGENT_ID, new EventSubscription(
                List.of("all_processing_completed"), receiver.url("/pre"), Map.of("Authorization", "Bearer pre"), "PUT"))
                .start();
        placeCall("+919800000001", "");

        sandbox.runUntilIdle();

        assertThat(receiver.received()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("PUT");
            assertThat(r.headers()).containsEntry("authorization", "Bearer pre");
        });
    }
}
