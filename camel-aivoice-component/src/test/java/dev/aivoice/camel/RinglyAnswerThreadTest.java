package dev.aivoice.camel;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Where the route continues once the provider answered: never on the caller's thread (the send does not block it),
 * and on reused threads, not on a thread started for every answer (what JDK sendAsync does on two cores).
 */
class RinglyAnswerThreadTest extends ProviderServerTestSupport {

    static final Map<String, Object> CALL = Map.of("to_number", "+14155550199", "from_number", "+12025550143",
            "agent_tag", "agent_7f3c9a");

    @Override
    protected String basePath() {
        return "";
    }

    @Override
    protected void configure(AiVoiceConfiguration configuration) {
        configuration.setApiKey("ringly-secret-key-123");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("aivoice:ringly:call")
                        .process(e -> e.getMessage().setHeader("continuedOn", Thread.currentThread().getName()));
                from("direct:sync").to("aivoice:ringly:call?synchronous=true&maxRetries=1&retryDelay=20")
                        .process(e -> e.getMessage().setHeader("continuedOn", Thread.currentThread().getName()));
            }
        };
    }

    @Test
    void answersContinueTheRouteOnReusedThreadsNotTheCallersNorANewThreadEach() {
        server.answerAlways(Answer.json(200, "{\"call_status\": \"registered\"}"));
        Set<String> continuedOn = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            Exchange result = template.request("direct:call", e -> e.getMessage().setBody(CALL));
            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
            continuedOn.add(result.getMessage().getHeader("continuedOn", String.class));
        }

        assertThat(continuedOn).doesNotContain(Thread.currentThread().getName());
        // one call at a time: an idle sender (or common-pool worker) is reused each time
        assertThat(continuedOn).hasSizeLessThanOrEqualTo(4);
    }

    @Test
    void synchronousEndpointSendsAndContinuesOnTheCallersThread() {
        server.answerAlways(Answer.json(200, "{\"call_status\": \"registered\"}"));

        Exchange result = template.request("direct:sync", e -> e.getMessage().setBody(CALL));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
        assertThat(result.getMessage().getHeader("continuedOn")).isEqualTo(Thread.currentThread().getName());
    }

    @Test
    void synchronousEndpointRetriesAfterAWaitFromASenderThreadNotTheScheduler() {
        server.enqueue(Answer.json(429, "{\"error_message\": \"Account rate limited\"}"));
        server.answerAlways(Answer.json(200, "{\"call_status\": \"registered\"}"));

        Exchange result = template.request("direct:sync", e -> e.getMessage().setBody(CALL));

        assertThat(result.getException()).isNull();
        assertThat(server.requests()).hasSize(2);
        assertThat(result.getMessage().getHeader("continuedOn", String.class)).contains("AiVoiceSender");
    }
}
