package dev.aivoice.sandbox;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static dev.aivoice.sandbox.ProviderSandbox.RINGG_AGENT_ID;
import static dev.aivoice.sandbox.ProviderSandbox.RINGG_NUMBER_POOL_ID;
import static org.assertj.core.api.Assertions.assertThat;

/** Calls move through their states only as the sandbox clock moves, with outcomes chosen per number. */
class CallLifecycleTest {

    ProviderSandbox sandbox;

    @AfterEach
    void stop() {
        sandbox.close();
    }

    static String call(String number, int retries) {
        return """
                {"name": "Asha", "mobile_number": "%s", "agent_id": "%s", "number_pool_id": "%s",
                 "call_config": {"call_retry_config": {"retry_count": %d, "retry_not_picked": 5}}}"""
                .formatted(number, RINGG_AGENT_ID, RINGG_NUMBER_POOL_ID, retries);
    }

    @Test
    void answeredCallIsRegisteredThenOngoingThenCompletedAsTheClockMoves() throws Exception {
        sandbox = ProviderSandbox.builder()
                .outcome("01", CallOutcome.answered(Duration.ofSeconds(90), "Booked a demo")).start();
        String id = SandboxClient.ringg(sandbox).post("/calling/v2/outbound/individual", call("+919800000001", 0)).json()
                .at("/data/call_id").asText();
        SandboxCall call = sandbox.call(id).orElseThrow();

        String atStart = call.status();
        sandbox.advance(Duration.ofSeconds(1));
        String beforeDial = call.status();
        sandbox.advance(Duration.ofSeconds(1));
        String dialled = call.status();
        sandbox.advance(Duration.ofSeconds(89));
        String stillTalking = call.status();
        sandbox.advance(Duration.ofSeconds(1));

        assertThat(atStart).isEqualTo("registered");
        assertThat(beforeDial).isEqualTo("registered");
        assertThat(dialled).isEqualTo("ongoing");
        assertThat(stillTalking).isEqualTo("ongoing");
        assertThat(call.status()).isEqualTo("completed");
        assertThat(call.durationSeconds()).isEqualTo(90.0);
        assertThat(call.recordingUrl()).endsWith(id + ".mp3");
    }

    @Test
    void unansweredNumberIsRetriedAsConfiguredThenFails() throws Exception {
        sandbox = ProviderSandbox.builder().outcome("13", CallOutcome.notAnswered()).start();
        String id = SandboxClient.ringg(sandbox).post("/calling/v2/outbound/individual", call("+919800000013", 1)).json()
                .at("/data/call_id").asText();
        SandboxCall call = sandbox.call(id).orElseThrow();

        sandbox.advance(Duration.ofSeconds(32)); // dial 2 s + ring out 30 s
        String afterFirst = call.status();
        int firstRetryCount = call.retryCount();
        sandbox.advance(Duration.ofMinutes(5).plusSeconds(30)); // retry_not_picked 5 min, then dial and ring out
        String afterSecond = call.status();

        assertThat(afterFirst).isEqualTo("retry");
        assertThat(firstRetryCount).isZero();
        assertThat(afterSecond).isEqualTo("failed");
        assertThat(call.retryCount()).isEqualTo(1);
        assertThat(call.durationSeconds()).isZero();
        assertThat(sandbox.call(id).orElseThrow().outcome().result()).isEqualTo(CallOutcome.Result.NOT_ANSWERED);
    }

    @Test
    void campaignDialsItsRowsOneIntervalApart() throws Exception {
        sandbox = ProviderSandbox.start();
        SandboxClient ringg = SandboxClient.ringg(sandbox);
        String listId = ringg.multipart("/campaign/save", RinggEndpointsTest.campaignFields(), RinggEndpointsTest.CSV)
                .json().get("list_id").asText();
        ringg.post("/campaign/v2/start", """
                {"agent_id": "%s", "list_id": "%s", "number_pool_id": "%s"}"""
                .formatted(RINGG_AGENT_ID, listId, RINGG_NUMBER_POOL_ID));

        sandbox.advance(Duration.ofSeconds(2));
        long dialledAfterTwoSeconds = sandbox.calls().stream().filter(c -> c.status().equals("ongoing")).count();
        sandbox.advance(Duration.ofSeconds(1));
        long dialledAfterThreeSeconds = sandbox.calls().stream().filter(c -> c.status().equals("ongoing")).count();
        Duration rest = sandbox.runUntilIdle();

        assertThat(dialledAfterTwoSeconds).isEqualTo(1);
        assertThat(dialledAfterThreeSeconds).isEqualTo(2);
        assertThat(sandbox.campaign(listId).orElseThrow().status()).isEqualTo("completed");
        assertThat(rest).isGreaterThanOrEqualTo(Duration.ofSeconds(42));
    }

    @Test
    void completedCallsUseCredits() throws Exception {
        sandbox = ProviderSandbox.builder().defaultOutcome(CallOutcome.answered(Duration.ofMinutes(3), "ok")).start();

        SandboxClient.ringg(sandbox).post("/calling/v2/outbound/individual", call("+919800000001", 0));
        sandbox.runUntilIdle();

        assertThat(sandbox.credits()).isEqualTo(997.0);
    }

    @Test
    void acceleratedClockMovesCallsWithoutAnyoneAdvancingIt() throws Exception {
        sandbox = ProviderSandbox.builder().clock(SandboxClock.accelerated(100)).start();
        String id = SandboxClient.ringg(sandbox).post("/calling/v2/outbound/individual", call("+919800000001", 0)).json()
                .at("/data/call_id").asText();

        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!sandbox.call(id).orElseThrow().isFinished() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertThat(sandbox.call(id).orElseThrow().status()).isEqualTo("completed");
    }
}
