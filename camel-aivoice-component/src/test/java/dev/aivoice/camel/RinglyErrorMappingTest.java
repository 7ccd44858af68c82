package dev.aivoice.camel;

import java.time.Duration;
import java.util.stream.Stream;

import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every documented Ringly error body, and undocumented ones, map to the exception the design page names. */
class RinglyErrorMappingTest extends ProviderServerTestSupport {

    static final String KEY = "rk_live_SECRET_9f8e7d6c";
    @Override
    protected void configure(AiVoiceConfiguration configuration) {
        configuration.setApiKey(KEY);
        configuration.setFromNumber("+12025550143");
        configuration.setAgentId("agent_7f3c9a");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("aivoice:ringly:call");
            }
        };
    }

    static Stream<Arguments> documentedErrors() {
        Object[][] cases = {
                { "Invalid request format", AiVoiceInvalidRequestException.class, 400 },
                { "API key is missing or invalid", AiVoiceAuthenticationException.class, 401 },
                { "Trial has ended", AiVoicePaymentRequiredException.class, 402 },
                { "Cannot find requested asset", AiVoiceNotFoundException.class, 404 },
                { "Account rate limited", AiVoiceRateLimitException.class, 429 },
                { "An unexpected server error occurred", AiVoiceServerException.class, 500 },
        };
        // each documented body with its likely status, with 200 (Bubble workflows answer custom errors as 200),
        // and with a status that contradicts it: the text decides
        return Stream.of(cases).flatMap(c -> Stream.of(
                arguments(c[0], c[1], c[2]), arguments(c[0], c[1], 200), arguments(c[0], c[1], 418)));
    }

    @ParameterizedTest(name = "''{0}'' with HTTP {2}")
    @MethodSource("documentedErrors")
    void documentedErrorTextDecidesTheExceptionWhateverTheStatus(String text, Class<?> expected, int status) {
        server.answerAlways(Answer.json(status, "{\"error_message\": \"" + text + "\"}"));

        AiVoiceException error = callFails();

        assertThat(error).isExactlyInstanceOf(expected);
        assertThat(error.getHttpStatus()).isEqualTo(status);
        assertThat(error.getHttpResponseCode()).isEqualTo(status);
        assertThat(error.getProviderMessage()).isEqualTo(text);
        assertThat(error.getProvider()).isEqualTo("ringly");
        assertThat(error.getOperation()).isEqualTo("call/create");
        assertThat(error.getMessage()).contains("ringly call/create failed", "HTTP " + status, text).doesNotContain(KEY);
        assertThat(server.requests()).hasSize(1);
    }

    static Stream<Arguments> unknownBodiesByStatus() {
        return Stream.of(
                arguments(400, AiVoiceInvalidRequestException.class),
                arguments(422, AiVoiceInvalidRequestException.class),
                arguments(401, AiVoiceAuthenticationException.class),
                arguments(403, AiVoiceAuthenticationException.class),
                arguments(402, AiVoicePaymentRequiredException.class),
                arguments(404, AiVoiceNotFoundException.class),
                arguments(429, AiVoiceRateLimitException.class),
                arguments(500, AiVoiceServerException.class),
                arguments(503, AiVoiceServerException.class),
                arguments(409, AiVoiceException.class));
    }

    @ParameterizedTest(name = "unknown error body with HTTP {0}")
    @MethodSource("unknownBodiesByStatus")
    void unknownErrorBodyMapsByStatus(int status, Class<?> expected) {
        server.answerAlways(Answer.json(status, "{\"error_message\": \"Something new went wrong\"}"));

        AiVoiceException error = callFails();

        assertThat(error).isExactlyInstanceOf(expected);
        assertThat(error.getMessage()).contains("HTTP " + status, "Something new went wrong");
    }

    @Test
    void unknownErrorMessageWithStatus200IsStillAnError() {
        server.answerAlways(Answer.json(200, "{\"error_message\": \"Something new went wrong\"}"));

        AiVoiceException error = callFails();

        assertThat(error).isExactlyInstanceOf(AiVoiceException.class);
        assertThat(error.getProviderMessage()).isEqualTo("Something new went wrong");
    }

    @Test
    void htmlErrorPageMapsByStatusWithItsFirstLine() {
        server.answerAlways(Answer.text(502, "text/html", "<html><body>Bad gateway</body></html>\n<p>more</p>"));

        AiVoiceException error = callFails();

        assertThat(error).isExactlyInstanceOf(AiVoiceServerException.class);
        assertThat(error.getProviderMessage()).isEqualTo("<html><body>Bad gateway</body></html>");
    }

    @Test
    void bubbleMissingDataEnvelopeIsAnInvalidRequestWithItsCode() {
        server.answerAlways(Answer.json(400, """
                {"statusCode": 400, "body": {"status": "MISSING_DATA",
                 "message": "Missing parameter for workflow make-outbound-call-v2: parameter to_number"}}"""));

        AiVoiceException error = callFails();

        assertThat(error).isExactlyInstanceOf(AiVoiceInvalidRequestException.class);
        assertThat(error.getErrorCode()).isEqualTo("MISSING_DATA");
        assertThat(error.getProviderMessage()).contains("parameter to_number");
    }

    @Test
    void bubbleUnauthorizedClassIsAnAuthenticationErrorEvenWithStatus200() {
        server.answerAlways(Answer.json(200, """
                {"error_class": "Unauthorized", "translation": "You are not allowed to run this workflow"}"""));

        AiVoiceException error = callFails();

        assertThat(error).isExactlyInstanceOf(AiVoiceAuthenticationException.class);
        assertThat(error.getErrorCode()).isEqualTo("Unauthorized");
    }

    @Test
    void retryAfterSecondsIsExposedOnTheRateLimitException() {
        server.answerAlways(Answer.json(429, "{\"error_message\": \"Account rate limited\"}").withHeader("Retry-After", "7"));

        AiVoiceException error = callFails();

        assertThat(error).isInstanceOf(AiVoiceRateLimitException.class);
        assertThat(error.getRetryAfter()).contains(Duration.ofSeconds(7));
        assertThat(error.getMessage()).contains("retry after 7s");
    }

    @Test
    void providerTextEchoingTheKeyIsRedacted() {
        server.answerAlways(Answer.json(401, "{\"error_message\": \"API key is missing or invalid: " + KEY + "\"}"));

        AiVoiceException error = callFails();

        assertThat(error).isInstanceOf(AiVoiceAuthenticationException.class);
        assertThat(error.getMessage()).doesNotContain(KEY).contains("***");
        assertThat(error.getProviderMessage()).doesNotContain(KEY);
    }

    @Test
    void successStatusWithABodyThatIsNotJsonIsAConnectionErrorThatMayHaveReachedTheProvider() {
        server.answerAlways(Answer.text(200, "text/plain", "OK"));

        AiVoiceException error = callFails();

        assertThat(error).isExactlyInstanceOf(AiVoiceConnectionException.class);
        assertThat(((AiVoiceConnectionException) error).isRequestMayHaveReachedProvider()).isTrue();
        assertThat(server.requests()).hasSize(1);
    }

    private AiVoiceException callFails() {
        Exchange result = template.request("direct:call",
                e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199"));
        assertThat(result.getException()).isInstanceOf(AiVoiceException.class);
        return (AiVoiceException) result.getException();
    }
}
