package dev.aivoice.camel.ringg;

import dev.aivoice.camel.AiVoiceAuthenticationException;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.ringg.model.RinggRotatedKey;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.RecordingHttpServer.Recorded;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ringg's key rotation (R4): the exact request, the masked body, and the switch of the component's endpoints. */
class RinggKeyRotationRouteTest extends RinggRouteTestSupport {

    static final String NEW_KEY = "c0ffee00-new-ringg-key-7a1b";
    static final String ROTATE = "aivoice:ringg:workspace?operation=rotateKey";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:workspace").to("aivoice:ringg:workspace");
                from("direct:agents").to("aivoice:ringg:agent?limit=5");
                from("direct:rotateAndLog").to(ROTATE + "&applyRotatedKey=true").log(org.apache.camel.LoggingLevel.WARN, "rotated: ${body}")
                        .to("direct:workspace");
            }
        };
    }

    @Test
    void rotationIsAnEmptyPatchAndTheBodyHoldsTheNewKeyMasked() {
        server.answerAlways(Answer.json(200, "{\"new_api_key\": \"" + NEW_KEY + "\"}"));

        Exchange result = template.request(ROTATE + "&applyRotatedKey=true", e -> e.getMessage().setBody(null));

        Recorded request = assertRinggRequest(server.onlyRequest(), "PATCH", "/workspace/api-key");
        assertThat(request.query()).isNull();
        assertThat(request.body()).isEmpty();
        assertThat(request.header("Content-Type")).isNull();
        RinggRotatedKey rotated = result.getMessage().getBody(RinggRotatedKey.class);
        assertThat(rotated.getNewApiKey()).isEqualTo(NEW_KEY);
        assertThat(rotated.isApplied()).isTrue();
        assertThat(rotated.toString()).doesNotContain(NEW_KEY).contains("***");
        assertThat(result.getMessage().getBody(String.class)).doesNotContain(NEW_KEY);
    }

    @Test
    void appliedRotationSwitchesEveryEndpointOfTheAccountIncludingOnesStartedLater() {
        template.sendBody("direct:agents", null); // started with the old key
        server.reset();
        server.enqueue(Answer.json(200, "{\"status\": \"ok\", \"data\": {\"new_api_key\": \"" + NEW_KEY + "\"}}"));

        template.send(ROTATE + "&applyRotatedKey=true", e -> e.getMessage().setBody(null));
        template.sendBody("direct:workspace", null);
        template.sendBody("direct:agents", null);
        template.sendBody("aivoice:ringg:number", null); // created after the rotation, its options name the old key

        assertThat(server.requests()).extracting(r -> r.header("X-API-KEY")).containsExactly(KEY, NEW_KEY, NEW_KEY,
                NEW_KEY);
    }

    @Test
    void withoutApplyRotatedKeyTheEndpointsKeepTheOldKey() {
        server.enqueue(Answer.json(200, "{\"new_api_key\": \"" + NEW_KEY + "\"}"));

        Exchange result = template.request(ROTATE, e -> e.getMessage().setBody(null));
        template.sendBody("direct:workspace", null);

        assertThat(result.getMessage().getBody(RinggRotatedKey.class).isApplied()).isFalse();
        assertThat(server.requests().get(1).header("X-API-KEY")).isEqualTo(KEY);
    }

    @Test
    void aRefusedRotationKeepsTheKeyAndMapsTheError() {
        server.enqueue(Answer.json(403, "{\"detail\": \"Key lacks permission\"}"));

        Exchange result = template.request(ROTATE + "&applyRotatedKey=true", e -> e.getMessage().setBody(null));
        template.sendBody("direct:workspace", null);

        assertThat(failure(result, AiVoiceAuthenticationException.class).getProviderMessage())
                .isEqualTo("Key lacks permission");
        assertThat(server.requests().get(1).header("X-API-KEY")).isEqualTo(KEY);
    }

    @Test
    void anAnswerWithoutANewKeyKeepsTheKeyAndPointsToTheDashboard() {
        server.enqueue(Answer.json(200, "{\"message\": \"done\"}"));

        Exchange result = template.request(ROTATE + "&applyRotatedKey=true", e -> e.getMessage().setBody(null));
        template.sendBody("direct:workspace", null);

        AiVoiceConnectionException error = failure(result, AiVoiceConnectionException.class);
        assertThat(error.getMessage()).contains("no new_api_key").contains("dashboard");
        assertThat(server.requests().get(1).header("X-API-KEY")).isEqualTo(KEY);
    }

    @Test
    void theNewKeyNeverShowsInTheLogsOfARouteThatLogsTheBody() {
        server.enqueue(Answer.json(200, "{\"new_api_key\": \"" + NEW_KEY + "\"}"));
        java.io.PrintStream original = System.err;
        java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            template.sendBody("direct:rotateAndLog", null);
        } finally {
            System.setErr(original);
        }

        String logs = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(logs).contains("rotated: RinggRotatedKey[newApiKey=***").contains("/workspace/api-key")
                .doesNotContain(NEW_KEY).doesNotContain(KEY);
        assertThat(server.requests().get(1).header("X-API-KEY")).isEqualTo(NEW_KEY);
    }

    @Test
    void bothKeysAreRedactedFromErrorsAfterTheRotation() {
        server.enqueue(Answer.json(200, "{\"new_api_key\": \"" + NEW_KEY + "\"}"));
        server.enqueue(Answer.json(400, "{\"detail\": \"key " + NEW_KEY + " replaced " + KEY + "\"}"));

        template.send(ROTATE + "&applyRotatedKey=true", e -> e.getMessage().setBody(null));
        Exchange result = template.request("direct:workspace", e -> e.getMessage().setBody(null));

        assertThat(result.getException().getMessage()).doesNotContain(NEW_KEY).doesNotContain(KEY)
                .contains("key *** replaced ***");
    }
}
