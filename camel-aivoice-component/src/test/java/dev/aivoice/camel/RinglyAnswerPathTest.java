package dev.aivoice.camel;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.aivoice.camel.test.RecordingHttpServer;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The way an answer travels back: on a reused thread (never the caller's, never a new one per answer), and 2xx error
 * answers still recognised although successful answers are no longer parsed twice.
 */
class RinglyAnswerPathTest extends CamelTestSupport {

    static final String OK = """
            {"from_number": "+12025550143", "to_number": "+14155550199", "agent_tag": "agent_7f3c9a",
             "call_status": "registered"}""";
    static final Map<String, Object> CALL = Map.of("to_number", "+14155550199", "from_number", "+12025550143",
            "agent_tag", "agent_7f3c9a");

    static RecordingHttpServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = new RecordingHttpServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void resetServer() {
        server.reset();
        server.answerAlways(Answer.json(200, OK));
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AiVoiceComponent component = new AiVoiceComponent();
        component.getConfiguration().setBaseUrl(server.baseUrl());
        component.getConfiguration().setApiKey("ringly-secret-key-123");
        context.addComponent("aivoice", component);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("aivoice:ringly:call")
                        .process(e -> e.getMessage().setHeader("continuedOn", Thread.currentThread().getName()));
            }
        };
    }

    @Test
    void answersContinueTheRouteOnReusedThreadsNotTheCallersNorANewThreadEach() {
        Set<String> continuedOn = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Exchange result = template.request("direct:call", e -> e.getMessage().setBody(CALL));
            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
            continuedOn.add(result.getMessage().getHeader("continuedOn", String.class));
        }

        assertThat(continuedOn).doesNotContain(Thread.currentThread().getName());
        // one call at a time: an idle sender (or common-pool worker) is reused, not one thread started per answer
        assertThat(continuedOn).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void errorMessageInA200AnswerStillFailsTheCall() {
        server.answerAlways(Answer.json(200, "{\"error_message\": \"API key is missing or invalid\"}"));

        Exchange result = template.request("direct:call", e -> e.getMessage().setBody(CALL));

        assertThat(result.getException()).isInstanceOf(AiVoiceAuthenticationException.class);
        assertThat(result.getMessage().getHeader("continuedOn")).isNull();
    }

    @Test
    void bubbleStatusEnvelopeInA200AnswerStillFailsTheCall() {
        server.answerAlways(Answer.json(200, """
                {"statusCode": 429, "body": {"status": "RATE_LIMITED", "message": "slow down"}}"""));

        Exchange result = template.request("direct:call", e -> e.getMessage().setBody(CALL));

        assertThat(result.getException()).isInstanceOf(AiVoiceRateLimitException.class)
                .hasMessageContaining("slow down");
    }
}
