package dev.aivoice.camel.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.RawHttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code requestTimeout} is a deadline for the whole exchange: a provider that sends the headers, or one chunk of the
 * body, and then falls silent fails the call in about {@code requestTimeout} (it used to stay pending forever), on
 * sender threads and on the route's own thread alike. The call-placing request is sent once and reported as possibly
 * placed.
 */
class StalledAnswerTest extends CamelTestSupport {

    static final String HEADERS_ONLY = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n";
    static final String ONE_CHUNK = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                                    + "5\r\n{\"cal\r\n";

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AiVoiceComponent component = new AiVoiceComponent();
        component.getConfiguration().setApiKey("stall-test-key-1234");
        component.getConfiguration().setFromNumber("+12025550143");
        component.getConfiguration().setAgentId("agent_x");
        context.addComponent("aivoice", component);
        return context;
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { false, true })
    void headersThenSilenceFailTheCallAtTheDeadline(boolean synchronous) throws Exception {
        assertStalledCallFailsInTime(HEADERS_ONLY, synchronous);
    }

    @ParameterizedTest(name = "synchronous={0}")
    @ValueSource(booleans = { false, true })
    void oneChunkThenSilenceFailsTheCallAtTheDeadline(boolean synchronous) throws Exception {
        assertStalledCallFailsInTime(ONE_CHUNK, synchronous);
    }

    private void assertStalledCallFailsInTime(String partialAnswer, boolean synchronous) throws Exception {
        CountDownLatch silence = new CountDownLatch(1);
        try (RawHttpServer stalling = new RawHttpServer(0, (head, out) -> {
            write(out, partialAnswer);
            silence.await();
            return false;
        })) {
            long start = System.nanoTime();
            Exchange result = template.request("aivoice:ringly:call?requestTimeout=1000&synchronous=" + synchronous
                                               + "&baseUrl=" + stalling.baseUrl(),
                    e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199"));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(result.getException()).isInstanceOf(AiVoiceConnectionException.class)
                    .hasMessageContaining("no complete answer within requestTimeout (1000 ms)")
                    .hasMessageContaining("may have received the request");
            assertThat(((AiVoiceConnectionException) result.getException()).isRequestMayHaveReachedProvider()).isTrue();
            // about requestTimeout: never before it, and nowhere near "forever" (generous for a loaded machine)
            assertThat(took).isBetween(Duration.ofMillis(950), Duration.ofSeconds(10));
            assertThat(stalling.requests()).isEqualTo(1);
        } finally {
            silence.countDown();
        }
    }

    static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
