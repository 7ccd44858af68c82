package dev.aivoice.sandbox;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ringly's make-outbound-call-v2 in the sandbox: the documented echo and the six documented error bodies. */
class RinglySandboxTest {

    static final String CALL = """
            {"from_number": "+12025550100", "to_number": "+14155550199", "agent_tag": "agent_sandbox",
             "dynamic_variables": {"customer_name": "Jack", "outstanding_payment": "$120.00"}}""";

    ProviderSandbox sandbox;

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void callIsEchoedAsRegisteredAndThenCompletesOnTheClock() throws Exception {
        sandbox = ProviderSandbox.start();

        SandboxClient.Answer answer = SandboxClient.ringly(sandbox).post("/make-outbound-call-v2", CALL);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("call_status").asText()).isEqualTo("registered");
        assertThat(answer.json().get("to_number").asText()).isEqualTo("+14155550199");
        assertThat(answer.json().get("agent_tag").asText()).isEqualTo("agent_sandbox");
        assertThat(answer.json().at("/dynamic_variables/outstanding_payment").asText()).isEqualTo("$120.00");
        SandboxCall call = sandbox.callsTo("+14155550199").get(0);
        assertThat(call.provider()).isEqualTo("ringly");
        assertThat(call.status()).isEqualTo("registered");
        sandbox.advance(Duration.ofSeconds(2));
        assertThat(call.status()).isEqualTo("ongoing");
        sandbox.runUntilIdle();
        assertThat(call.status()).isEqualTo("completed");
        assertThat(sandbox.deliveries()).as("Ringly documents no webhooks").isEmpty();
    }

    @Test
    void wrongOrMissingKeyAnswersApiKeyMissingOrInvalid() throws Exception {
        sandbox = ProviderSandbox.start();

        SandboxClient.Answer wrong = SandboxClient.ringly(sandbox).header("Authorization", "nope")
                .post("/make-outbound-call-v2", CALL);
        SandboxClient.Answer missing = SandboxClient.ringly(sandbox).header("Authorization", null)
                .post("/make-outbound-call-v2", CALL);
        SandboxClient.Answer bearer = SandboxClient.ringly(sandbox)
                .header("Authorization", "Bearer " + ProviderSandbox.RINGLY_API_KEY).post("/make-outbound-call-v2", CALL);

        for (SandboxClient.Answer answer : new SandboxClient.Answer[] { wrong, missing, bearer }) {
            assertThat(answer.status()).isEqualTo(401);
            assertThat(answer.json().get("error_message").asText()).isEqualTo("API key is missing or invalid");
        }
        assertThat(sandbox.calls()).isEmpty();
    }

    @Test
    void malformedRequestsAnswerInvalidRequestFormat() throws Exception {
        sandbox = ProviderSandbox.start();
        SandboxClient client = SandboxClient.ringly(sandbox);

        String[] bad = {
                "not json",
                "{\"from_number\": \"+12025550100\", \"agent_tag\": \"agent_sandbox\"}",
                CALL.replace("+14155550199", "4155550199"),
                CALL.replace("customer_name", "customer name"),
                CALL.replace("customer_name", "customer1") };
        for (String body : bad) {
            SandboxClient.Answer answer = client.post("/make-outbound-call-v2", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.json().get("error_message").asText()).isEqualTo("Invalid request format");
        }
        assertThat(sandbox.calls()).isEmpty();
    }

    @Test
    void unknownAgentOrForeignCallerNumberAnswersCannotFindRequestedAsset() throws Exception {
        sandbox = ProviderSandbox.start();
        SandboxClient client = SandboxClient.ringly(sandbox);

        SandboxClient.Answer agent = client.post("/make-outbound-call-v2", CALL.replace("agent_sandbox", "agent_other"));
        SandboxClient.Answer number = client.post("/make-outbound-call-v2", CALL.replace("+12025550100", "+12025550999"));

        assertThat(agent.status()).isEqualTo(404);
        assertThat(agent.json().get("error_message").asText()).isEqualTo("Cannot find requested asset");
        assertThat(number.status()).isEqualTo(404);
    }

    @Test
    void endedTrialAnswersTrialHasEnded() throws Exception {
        sandbox = ProviderSandbox.builder().ringlyTrialEnded().start();

        SandboxClient.Answer answer = SandboxClient.ringly(sandbox).post("/make-outbound-call-v2", CALL);

        assertThat(answer.status()).isEqualTo(402);
        assertThat(answer.json().get("error_message").asText()).isEqualTo("Trial has ended");
    }

    @Test
    void callsAboveThePerMinuteLimitAnswerAccountRateLimitedUntilTheMinutePasses() throws Exception {
        sandbox = ProviderSandbox.builder().ringlyCallsPerMinute(2).start();
        SandboxClient client = SandboxClient.ringly(sandbox);

        int first = client.post("/make-outbound-call-v2", CALL).status();
        int second = client.post("/make-outbound-call-v2", CALL).status();
        SandboxClient.Answer third = client.post("/make-outbound-call-v2", CALL);
        sandbox.advance(Duration.ofSeconds(61));
        int afterAMinute = client.post("/make-outbound-call-v2", CALL).status();

        assertThat(first).isEqualTo(200);
        assertThat(second).isEqualTo(200);
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.json().get("error_message").asText()).isEqualTo("Account rate limited");
        assertThat(afterAMinute).isEqualTo(200);
        assertThat(sandbox.calls()).hasSize(3);
    }

    @Test
    void bubbleStyleErrorsComeWithHttp200WhenAsked() throws Exception {
        sandbox = ProviderSandbox.builder().ringlyErrorsAsHttp200().start();

        SandboxClient.Answer answer = SandboxClient.ringly(sandbox).header("Authorization", "nope")
                .post("/make-outbound-call-v2", CALL);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("error_message").asText()).isEqualTo("API key is missing or invalid");
    }

    @Test
    void serverErrorIsOneInjectableFault() throws Exception {
        sandbox = ProviderSandbox.start();
        sandbox.failNext(1, "/make-outbound-call-v2", Fault.ringly(RinglyError.SERVER_ERROR));

        SandboxClient.Answer answer = SandboxClient.ringly(sandbox).post("/make-outbound-call-v2", CALL);

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.json().get("error_message").asText()).isEqualTo("An unexpected server error occurred");
        assertThat(sandbox.calls()).isEmpty();
    }
}
