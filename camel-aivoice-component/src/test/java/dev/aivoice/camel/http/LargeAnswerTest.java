package dev.aivoice.camel.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.RawHttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 200 MB answer in a 64 MB heap (this class runs in its own JVM, see the component's pom): the call fails with a
 * clear AiVoiceConnectionException, reading stopped at {@code maxAnswerSize}, and the JVM goes on placing calls. Even
 * a limit set above the heap only fails the one exchange: the OutOfMemoryError of its reader ends the exchange instead
 * of leaving it pending.
 */
class LargeAnswerTest extends CamelTestSupport {

    static final long HUGE = 200L * 1024 * 1024;
    static final String OK = "{\"to_number\": \"+14155550199\", \"call_status\": \"registered\"}";

    /** Bytes of the huge answer the server managed to write, and when it stopped (one test each: a new instance). */
    final AtomicLong written = new AtomicLong();
    final CountDownLatch writerStopped = new CountDownLatch(1);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AiVoiceComponent component = new AiVoiceComponent();
        component.getConfiguration().setApiKey("large-answer-key-1234");
        component.getConfiguration().setFromNumber("+12025550143");
        component.getConfiguration().setAgentId("agent_x");
        context.addComponent("aivoice", component);
        return context;
    }

    @Test
    void announcedHugeAnswerFailsBeforeAnyOfItIsRead() throws Exception {
        try (RawHttpServer huge = new RawHttpServer(0, (head, out) -> hugeBody(out, true))) {
            Exchange result = call(huge, "");

            assertTooLarge(result, "announced " + HUGE + " bytes");
            assertThat(huge.requests()).isEqualTo(1);
            assertStillPlacesCalls();
        }
    }

    @Test
    void hugeChunkedAnswerIsCutOffAtMaxAnswerSize() throws Exception {
        try (RawHttpServer huge = new RawHttpServer(0, (head, out) -> hugeBody(out, false))) {
            Exchange result = call(huge, "");

            assertTooLarge(result, "more than maxAnswerSize (4194304 bytes)");
            assertThat(huge.requests()).isEqualTo(1);
            // the connection was dropped at the limit: the server could not write the rest (socket buffers aside)
            awaitWriterStopped();
            assertThat(written.get()).isLessThan(HUGE / 4);
            assertStillPlacesCalls();
        }
    }

    @Test
    void limitAboveTheHeapFailsOnlyThisExchange() throws Exception {
        try (RawHttpServer huge = new RawHttpServer(0, (head, out) -> hugeBody(out, false))) {
            long start = System.nanoTime();
            Exchange result = call(huge, "&maxAnswerSize=" + (300 * 1024 * 1024));

            assertThat(result.getException()).isInstanceOf(AiVoiceConnectionException.class)
                    .hasMessageContaining("may have received the request")
                    .hasRootCauseInstanceOf(OutOfMemoryError.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            assertThat(huge.requests()).isEqualTo(1);
            assertStillPlacesCalls();
        }
    }

    private Exchange call(RawHttpServer huge, String options) {
        return template.request("aivoice:ringly:call?requestTimeout=30000&baseUrl=" + huge.baseUrl() + options,
                e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199"));
    }

    private static void assertTooLarge(Exchange result, String detail) {
        assertThat(result.getException()).isInstanceOf(AiVoiceConnectionException.class)
                .hasMessageContaining("unusable answer")
                .hasMessageContaining(detail)
                .hasMessageContaining("may have received the request");
        assertThat(((AiVoiceConnectionException) result.getException()).isRequestMayHaveReachedProvider()).isTrue();
    }

    /** The JVM is healthy: the same component places a call on another server. */
    private void assertStillPlacesCalls() throws IOException {
        try (RawHttpServer fine = new RawHttpServer(0, (head, out) -> RawHttpServer.json(out, OK))) {
            Exchange result = template.request("aivoice:ringly:call?baseUrl=" + fine.baseUrl(),
                    e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199"));
            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
        }
    }

    private boolean hugeBody(OutputStream out, boolean announced) throws IOException {
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                   + (announced ? "Content-Length: " + HUGE : "Transfer-Encoding: chunked") + "\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        byte[] block = new byte[64 * 1024];
        java.util.Arrays.fill(block, (byte) ' ');
        byte[] chunkHead = (Integer.toHexString(block.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try {
            for (long sent = 0; sent < HUGE; sent += block.length) {
                if (!announced) {
                    out.write(chunkHead);
                }
                out.write(block);
                if (!announced) {
                    out.write('\r');
                    out.write('\n');
                }
                written.addAndGet(block.length);
            }
            if (!announced) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
        } finally {
            writerStopped.countDown();
        }
        return false;
    }

    private void awaitWriterStopped() throws InterruptedException {
        assertThat(writerStopped.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
