package dev.aivoice.camel;

import java.net.ServerSocket;
import java.time.Duration;

import dev.aivoice.camel.test.RecordingHttpServer;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** When no usable answer comes, the exception says whether the call may have been placed; nothing is re-sent. */
class RinglyConnectionFailureTest extends CamelTestSupport {

    static RecordingHttpServer server;
    static int closedPort;

    @BeforeAll
    static void startServer() throws Exception {
        server = new RecordingHttpServer();
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String common = "apiKey=k&fromNumber=RAW(+12025550143)&agentId=agent_x";
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:slow").to("aivoice:ringly:call?requestTimeout=300&baseUrl=" + server.baseUrl() + "&" + common);
                from("direct:closed").to("aivoice:ringly:call?baseUrl=http://127.0.0.1:" + closedPort + "&" + common);
            }
        };
    }

    @Test
    void answerSlowerThanTheRequestTimeoutMayHaveReachedTheProviderAndIsSentOnce() {
        server.enqueue(Answer.json(200, "{\"call_status\": \"registered\"}").after(Duration.ofMillis(1500)));

        Exchange result = template.request("direct:slow", e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199"));

        assertThat(result.getException()).isExactlyInstanceOf(AiVoiceConnectionException.class);
        AiVoiceConnectionException error = (AiVoiceConnectionException) result.getException();
        assertThat(error.isRequestMayHaveReachedProvider()).isTrue();
        assertThat(error.getMessage()).contains("may have received the request");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void refusedConnectionDidNotReachTheProvider() {
        Exchange result = template.request("direct:closed", e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199"));

        assertThat(result.getException()).isExactlyInstanceOf(AiVoiceConnectionException.class);
        AiVoiceConnectionException error = (AiVoiceConnectionException) result.getException();
        assertThat(error.isRequestMayHaveReachedProvider()).isFalse();
        assertThat(error.getMessage()).contains("did not reach the provider").doesNotContain("apiKey");
    }
}
