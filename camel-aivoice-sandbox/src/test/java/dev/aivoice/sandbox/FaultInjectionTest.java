package dev.aivoice.sandbox;

import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Injected faults: a status and body, a delay, a dropped connection, for exactly the next N requests of a path. */
class FaultInjectionTest extends RinggSandboxTestSupport {

    @Test
    void statusFaultAnswersTheNextNRequestsOfThatPathOnly() throws Exception {
        sandbox.failNext(2, "/workspace", Fault.status(503, "{\"detail\": \"upstream down\"}"));

        SandboxClient.Answer first = ringg.get("/workspace");
        SandboxClient.Answer other = ringg.get("/workspace/numbers");
        SandboxClient.Answer second = ringg.get("/workspace");
        SandboxClient.Answer third = ringg.get("/workspace");

        assertThat(first.status()).isEqualTo(503);
        assertThat(first.json().get("detail").asText()).isEqualTo("upstream down");
        assertThat(other.status()).isEqualTo(200);
        assertThat(second.status()).isEqualTo(503);
        assertThat(third.status()).isEqualTo(200);
        assertThat(sandbox.requests("/workspace")).extracting(RecordedRequest::fault)
                .containsExactly("status 503", "status 503", null);
    }

    @Test
    void faultedCallPlacingRequestPlacesNoCallButIsRecorded() throws Exception {
        sandbox.failNext(1, "POST", "/calling/v2/outbound/individual", Fault.status(500, "{\"detail\": \"boom\"}"));

        SandboxClient.Answer answer = ringg.post("/calling/v2/outbound/individual", CallLifecycleTest.call("+919800000001", 0));

        assertThat(answer.status()).isEqualTo(500);
        assertThat(sandbox.calls()).isEmpty();
        assertThat(sandbox.requests("/calling/v2/outbound/individual")).singleElement()
                .satisfies(r -> assertThat(r.json().get("mobile_number").asText()).isEqualTo("+919800000001"));
    }

    @Test
    void delayHoldsTheAnswerLongEnoughToTripAClientTimeout() throws Exception {
        sandbox.failNext(1, "/workspace", Fault.delay(Duration.ofMillis(1500)));

        assertThatThrownBy(() -> ringg.send(ringg.builder("/workspace").timeout(Duration.ofMillis(300)).GET()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(ringg.get("/workspace").status()).isEqualTo(200);
    }

    @Test
    void delayedAnswerStillArrivesForAPatientClient() throws Exception {
        sandbox.failNext(1, "/workspace", Fault.delay(Duration.ofMillis(200)));

        long start = System.nanoTime();
        SandboxClient.Answer answer = ringg.get("/workspace");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void dropClosesTheConnectionWithoutAnswerAndWithoutEffect() throws Exception {
        sandbox.failNext(1, "/calling/v2/outbound/individual", Fault.drop());

        assertThatThrownBy(() -> ringg.post("/calling/v2/outbound/individual", CallLifecycleTest.call("+919800000001", 0)))
                .isInstanceOf(IOException.class);
        assertThat(sandbox.calls()).isEmpty();
        assertThat(sandbox.requests("/calling/v2/outbound/individual")).singleElement()
                .satisfies(r -> assertThat(r.fault()).isEqualTo("drop"));
    }

    @Test
    void dropAfterProcessingPlacesTheCallButNeverAnswers() throws Exception {
        sandbox.failNext(1, "/calling/v2/outbound/individual", Fault.dropAfterProcessing());

        assertThatThrownBy(() -> ringg.post("/calling/v2/outbound/individual", CallLifecycleTest.call("+919800000001", 0)))
                .isInstanceOf(IOException.class);
        assertThat(sandbox.calls()).singleElement().satisfies(c -> assertThat(c.toNumber()).isEqualTo("+919800000001"));
    }

    @Test
    void requestsAreRecordedWithHeadersBodyAndSandboxTime() throws Exception {
        sandbox.advance(Duration.ofMinutes(3));
        ringg.get("/workspace?x=1");

        RecordedRequest request = sandbox.requests().get(0);

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.path()).isEqualTo("/ringg/ca/api/v0/workspace");
        assertThat(request.query()).isEqualTo("x=1");
        assertThat(request.header("x-api-key")).isEqualTo(ProviderSandbox.RINGG_API_KEY);
        assertThat(request.receivedAt()).isEqualTo(SandboxClock.manual().now().plus(Duration.ofMinutes(3)));
        assertThat(request.toString()).doesNotContain(ProviderSandbox.RINGG_API_KEY);
    }
}
