package dev.aivoice.camel.ringg;

import java.time.Duration;

import dev.aivoice.camel.AiVoiceAuthenticationException;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.AiVoiceInvalidRequestException;
import dev.aivoice.camel.AiVoiceNotFoundException;
import dev.aivoice.camel.AiVoicePaymentRequiredException;
import dev.aivoice.camel.AiVoiceRateLimitException;
import dev.aivoice.camel.AiVoiceServerException;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every Ringg error body shape and status maps to the design's exception, with Ringg's text and no secret. */
class RinggErrorRouteTest extends RinggRouteTestSupport {

    AiVoiceException failWith(Answer answer) {
        server.reset();
        server.answerAlways(answer);
        Exchange result = template.request("aivoice:ringg:workspace", e -> {
        });
        assertThat(server.requests()).hasSize(1);
        AiVoiceException error = failure(result, AiVoiceException.class);
        assertThat(error.getMessage()).doesNotContain(KEY);
        assertThat(error.getProvider()).isEqualTo("ringg");
        assertThat(error.getOperation()).isEqualTo("workspace/get");
        return error;
    }

    @Test
    void documentedErrorObjectGivesCodeAndMessage() {
        AiVoiceException error = failWith(Answer.json(400,
                "{\"error\": {\"code\": \"INVALID_NUMBER\", \"message\": \"mobile_number is invalid\"}}"));

        assertThat(error).isInstanceOf(AiVoiceInvalidRequestException.class);
        assertThat(error.getErrorCode()).isEqualTo("INVALID_NUMBER");
        assertThat(error.getProviderMessage()).isEqualTo("mobile_number is invalid");
        assertThat(error.getHttpStatus()).isEqualTo(400);
    }

    @Test
    void detailAsTextObjectAndValidationListAreAllRead() {
        AiVoiceException text = failWith(Answer.json(401, "{\"detail\": \"Invalid API key\"}"));
        AiVoiceException object = failWith(Answer.json(403,
                "{\"detail\": {\"code\": \"forbidden\", \"message\": \"callee_name is required on outbound agents\"}}"));
        AiVoiceException list = failWith(Answer.json(422, """
                {"detail": [{"loc": ["query", "id"], "msg": "field required", "type": "missing"},
                            {"loc": ["body", "agent_id"], "msg": "not a valid uuid", "type": "uuid"}]}"""));

        assertThat(text).isInstanceOf(AiVoiceAuthenticationException.class);
        assertThat(text.getProviderMessage()).isEqualTo("Invalid API key");
        assertThat(object).isInstanceOf(AiVoiceAuthenticationException.class);
        assertThat(object.getErrorCode()).isEqualTo("forbidden");
        assertThat(list).isInstanceOf(AiVoiceInvalidRequestException.class);
        assertThat(list.getProviderMessage()).isEqualTo("query.id: field required; body.agent_id: not a valid uuid");
    }

    @Test
    void messageBodyPlainTextAndEmptyBodyStillNameTheStatus() {
        AiVoiceException message = failWith(Answer.json(402, "{\"message\": \"Insufficient credits\"}"));
        AiVoiceException plain = failWith(Answer.text(502, "text/html", "<html>Bad gateway</html>\nmore"));
        AiVoiceException empty = failWith(new Answer(404, null, java.util.Map.of(), Duration.ZERO));

        assertThat(message).isInstanceOf(AiVoicePaymentRequiredException.class);
        assertThat(message.getProviderMessage()).isEqualTo("Insufficient credits");
        assertThat(plain).isInstanceOf(AiVoiceServerException.class);
        assertThat(plain.getProviderMessage()).isEqualTo("<html>Bad gateway</html>");
        assertThat(empty).isInstanceOf(AiVoiceNotFoundException.class);
        assertThat(empty.getMessage()).contains("HTTP 404");
    }

    @Test
    void rateLimitCarriesRetryAfter() {
        AiVoiceException error = failWith(Answer.json(429, "{\"detail\": \"Too many requests\"}")
                .withHeader("Retry-After", "7"));

        assertThat(error).isInstanceOf(AiVoiceRateLimitException.class);
        assertThat(error.getRetryAfter()).contains(Duration.ofSeconds(7));
        assertThat(error.getMessage()).contains("retry after 7s");
    }

    @Test
    void conflictIsAnAiVoiceExceptionWithTheStatus() {
        AiVoiceException error = failWith(Answer.json(409, "{\"detail\": \"Number already in a pool\"}"));

        assertThat(error.getClass()).isEqualTo(AiVoiceException.class);
        assertThat(error.getHttpResponseCode()).isEqualTo(409);
    }

    @Test
    void anErrorEchoingTheKeyIsRedacted() {
        AiVoiceException error = failWith(Answer.json(401, "{\"detail\": \"key " + KEY + " was rotated\"}"));

        assertThat(error.getProviderMessage()).isEqualTo("key *** was rotated");
    }

    @Test
    void successfulAnswerThatIsNotJsonIsAConnectionFailure() {
        server.answerAlways(Answer.text(200, "text/html", "<html>maintenance</html>"));

        Exchange result = template.request("aivoice:ringg:workspace", e -> {
        });

        assertThat(failure(result, AiVoiceConnectionException.class).getMessage()).contains("not JSON");
    }
}
