package dev.aivoice.camel.reliability;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.AiVoiceInvalidRequestException;
import dev.aivoice.camel.AiVoiceRateLimitException;
import dev.aivoice.camel.AiVoiceServerException;
import dev.aivoice.camel.http.AnswerDeadlineException;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.ResettingServer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every fault a provider or the network can produce, against real loopback servers, through real routes: the
 * exception the route's error handler receives, and how many requests reached the server. The Ringly call places
 * calls, so it reaches the server at most once whenever it may have arrived; the probe read is retried.
 * Endpoints retry up to twice ({@code maxRetries=2}) after 20 ms, and wait 800 ms for an answer.
 */
class FaultMatrixTest extends ProviderServerTestSupport {

    static final String OPTIONS = "&maxRetries=2&retryDelay=20&requestTimeout=800";
    static final String CALL_OK = """
            {"to_number": "+14155550199", "call_status": "registered"}""";


    @Override
    protected void configure(AiVoiceConfiguration defaults) {
        defaults.setApiKey("fault-matrix-key-1234");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                onException(AiVoiceException.class).handled(true).setHeader("handledBy", constant("onException"));
                from("direct:call")
                        .toD("aivoice:ringly:call?baseUrl=${header.base}" + OPTIONS);
                from("direct:callShortConnect")
                        .toD("aivoice:ringly:call?baseUrl=${header.base}&connectTimeout=300" + OPTIONS);
                from("direct:read")
                        .doTry()
                            .toD("aivoice:probe:item?operation=get&baseUrl=${header.base}" + OPTIONS)
                        .doCatch(AiVoiceException.class)
                            .setHeader("handledBy", constant("doCatch"))
                        .end();
                from("direct:write")
                        .toD("aivoice:probe:item?operation=${header.op}&baseUrl=${header.base}" + OPTIONS);
            }
        };
    }

    // ---- rate limits

    @Test
    void callRateLimitedWithRetryAfterSecondsWaitsThenGoesThrough() {
        server.enqueue(Answer.json(429, "{\"error_message\": \"Account rate limited\"}").withHeader("Retry-After", "1"))
                .answerAlways(Answer.json(200, CALL_OK));

        long start = System.nanoTime();
        Exchange result = call(server.baseUrl());

        assertThat(result.getProperty(Exchange.EXCEPTION_CAUGHT)).isNull();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
        assertThat(server.requests()).hasSize(2);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void callRateLimitedWithRetryAfterHttpDateWaitsUntilThatDate() {
        String inTwoSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusSeconds(2));
        server.enqueue(Answer.json(429, "{}").withHeader("Retry-After", inTwoSeconds))
                .answerAlways(Answer.json(200, CALL_OK));

        long start = System.nanoTime();
        Exchange result = call(server.baseUrl());

        assertThat(result.getProperty(Exchange.EXCEPTION_CAUGHT)).isNull();
        assertThat(server.requests()).hasSize(2);
        // the date has second precision: at least one whole second is left of the two
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(950));
    }

    @Test
    void callRateLimitedWithoutRetryAfterIsRetriedWithBackoffThenReported() {
        server.answerAlways(Answer.json(429, "{\"error_message\": \"Account rate limited\"}"));

        AiVoiceRateLimitException error = caught(call(server.baseUrl()), "onException", AiVoiceRateLimitException.class);

        assertThat(server.requests()).hasSize(3);
        assertThat(error.getRetryAfter()).isEmpty();
        assertThat(error.getHttpStatus()).isEqualTo(429);
        assertThat(error.getMessage()).contains("gave up after 3 attempts");
    }

    @Test
    void rateLimitAskingForLongerThanRetryMaxDelayIsReportedAtOnceWithItsWait() {
        server.answerAlways(Answer.json(429, "{}").withHeader("Retry-After", "3600"));

        AiVoiceRateLimitException error = caught(call(server.baseUrl()), "onException", AiVoiceRateLimitException.class);

        assertThat(server.requests()).hasSize(1);
        assertThat(error.getRetryAfter()).contains(Duration.ofHours(1));
        assertThat(error.getMessage()).contains("retry after 3600s");
    }

    @Test
    void readRateLimitedIsRetriedUntilItGoesThrough() {
        server.enqueue(Answer.json(429, "{}")).enqueue(Answer.json(429, "{}"))
                .answerAlways(Answer.json(200, "{\"status\": \"found\"}"));

        Exchange result = read(server.baseUrl());

        assertThat(result.getMessage().getHeader("handledBy")).isNull();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("found");
        assertThat(server.requests()).hasSize(3);
    }

    // ---- server errors

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 503 })
    void callAnsweredWithServerErrorIsSentOnlyOnce(int status) {
        server.answerAlways(Answer.json(status, "{\"error_message\": \"An unexpected server error occurred\"}"));

        AiVoiceServerException error = caught(call(server.baseUrl()), "onException", AiVoiceServerException.class);

        assertThat(server.requests()).hasSize(1);
        assertThat(error.getHttpStatus()).isEqualTo(status);
        assertThat(error.getMessage()).doesNotContain("gave up");
    }

    @ParameterizedTest
    @ValueSource(ints = { 500, 502, 503 })
    void readAnsweredWithServerErrorIsRetriedThenReported(int status) {
        server.answerAlways(Answer.json(status, "{}"));

        AiVoiceServerException error = caught(read(server.baseUrl()), "doCatch", AiVoiceServerException.class);

        assertThat(server.requests()).hasSize(3);
        assertThat(error.getHttpStatus()).isEqualTo(status);
        assertThat(error.getMessage()).contains("gave up after 3 attempts");
    }

    @Test
    void readRecoversWhenTheServerDoes() {
        server.enqueue(Answer.json(503, "{}")).enqueue(Answer.json(502, "{}"))
                .answerAlways(Answer.json(200, "{\"status\": \"found\"}"));

        Exchange result = read(server.baseUrl());

        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("found");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void writeThatPlacesNoCallIsNotRetriedAfterServerError() {
        server.answerAlways(Answer.json(503, "{}"));

        caught(write("create", server.baseUrl()), "onException", AiVoiceServerException.class);

        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void streamedBodyIsNeverSentTwiceEvenAfterRateLimit() {
        server.answerAlways(Answer.json(429, "{}"));

        AiVoiceRateLimitException error = caught(write("upload", server.baseUrl()), "onException",
                AiVoiceRateLimitException.class);

        assertThat(server.requests()).hasSize(1);
        assertThat(server.onlyRequest().bodyText()).isEqualTo("{}");
        assertThat(error.getMessage()).doesNotContain("gave up");
    }

    // ---- broken answers

    @Test
    void callAnsweredWithEmptyBodyMayHaveBeenPlacedAndIsNotRetried() {
        server.answerAlways(Answer.json(200, ""));

        AiVoiceConnectionException error = caught(call(server.baseUrl()), "onException",
                AiVoiceConnectionException.class);

        assertThat(server.requests()).hasSize(1);
        assertThat(error.isRequestMayHaveReachedProvider()).isTrue();
        assertThat(error.getMessage()).contains("empty answer");
    }

    @Test
    void emptyErrorBodyStillGivesTheStatusException() {
        server.answerAlways(Answer.json(502, ""));

        AiVoiceServerException error = caught(call(server.baseUrl()), "onException", AiVoiceServerException.class);

        assertThat(server.requests()).hasSize(1);
        assertThat(error.getMessage()).isEqualTo("ringly call/create failed: HTTP 502");
    }

    @Test
    void htmlErrorPageGivesTheStatusExceptionWithItsFirstLine() {
        server.answerAlways(Answer.text(503, "text/html",
                "<html><head><title>503 Service Unavailable</title></head>\n<body>nginx</body></html>"));

        AiVoiceServerException error = caught(call(server.baseUrl()), "onException", AiVoiceServerException.class);

        assertThat(server.requests()).hasSize(1);
        assertThat(error.getProviderMessage()).startsWith("<html><head><title>503 Service Unavailable");
    }

    @Test
    void malformedJsonOnSuccessIsAnUnusableAnswerNotRetried() {
        server.answerAlways(Answer.json(200, "{\"call_status\": \"registered\""));

        AiVoiceConnectionException error = caught(call(server.baseUrl()), "onException",
                AiVoiceConnectionException.class);

        assertThat(server.requests()).hasSize(1);
        assertThat(error.isRequestMayHaveReachedProvider()).isTrue();
        assertThat(error.getMessage()).contains("not JSON");
    }

    @Test
    void successStatusWithErrorMessageIsTheProvidersErrorNotRetried() {
        server.answerAlways(Answer.json(200, "{\"error_message\": \"Invalid request format\"}"));

        AiVoiceInvalidRequestException error = caught(call(server.baseUrl()), "onException",
                AiVoiceInvalidRequestException.class);

        assertThat(server.requests()).hasSize(1);
        assertThat(error.getHttpStatus()).isEqualTo(200);
    }

    @Test
    void successStatusWithRateLimitMessageIsARefusalAndIsRetried() {
        server.enqueue(Answer.json(200, "{\"error_message\": \"Account rate limited\"}"))
                .answerAlways(Answer.json(200, CALL_OK));

        Exchange result = call(server.baseUrl());

        assertThat(result.getProperty(Exchange.EXCEPTION_CAUGHT)).isNull();
        assertThat(server.requests()).hasSize(2);
    }

    // ---- transport failures

    @Test
    void callResetBeforeItsBodyIsReadMayHaveArrivedAndIsNotRetried() throws IOException {
        try (ResettingServer resetting = new ResettingServer(ResettingServer.When.BEFORE_BODY)) {
            AiVoiceConnectionException error = caught(call(resetting.baseUrl()), "onException",
                    AiVoiceConnectionException.class);

            assertThat(resetting.connections()).isEqualTo(1);
            assertThat(error.isRequestMayHaveReachedProvider()).isTrue();
            assertThat(error.getMessage()).contains("may have received the request");
        }
    }

    @Test
    void callResetAfterItsBodyArrivedIsNotRetried() throws IOException {
        try (ResettingServer resetting = new ResettingServer(ResettingServer.When.AFTER_BODY)) {
            AiVoiceConnectionException error = caught(call(resetting.baseUrl()), "onException",
                    AiVoiceConnectionException.class);

            assertThat(resetting.connections()).isEqualTo(1);
            assertThat(resetting.completeRequests()).isEqualTo(1);
            assertThat(error.isRequestMayHaveReachedProvider()).isTrue();
        }
    }

    @Test
    void readResetIsRetried() throws IOException {
        try (ResettingServer resetting = new ResettingServer(ResettingServer.When.BEFORE_BODY)) {
            AiVoiceConnectionException error = caught(read(resetting.baseUrl()), "doCatch",
                    AiVoiceConnectionException.class);

            // 3 attempts of the component, and no more: the HTTP client's own retries are off
            assertThat(resetting.connections()).isEqualTo(3);
            assertThat(error.getMessage()).contains("gave up after 3 attempts");
        }
    }

    @Test
    void callAnsweredTooSlowlyTimesOutOnceAndMayHaveArrived() throws IOException {
        // a server of its own: its handler threads sleep past the test and must not delay the next one
        try (RecordingHttpServer slow = new RecordingHttpServer()) {
            slow.answerAlways(Answer.json(200, CALL_OK).after(Duration.ofSeconds(3)));

            AiVoiceConnectionException error = caught(call(slow.baseUrl()), "onException",
                    AiVoiceConnectionException.class);

            assertThat(slow.requests()).hasSize(1);
            assertThat(error.isRequestMayHaveReachedProvider()).isTrue();
            assertThat(error.getCause()).isInstanceOf(AnswerDeadlineException.class);
        }
    }

    @Test
    void readAnsweredTooSlowlyIsRetriedAfterEachTimeout() throws IOException {
        try (RecordingHttpServer slow = new RecordingHttpServer()) {
            slow.answerAlways(Answer.json(200, "{}").after(Duration.ofSeconds(3)));

            AiVoiceConnectionException error = caught(read(slow.baseUrl()), "doCatch",
                    AiVoiceConnectionException.class);

            assertThat(slow.requests()).hasSize(3);
            assertThat(error.getCause()).isInstanceOf(AnswerDeadlineException.class);
        }
    }

    @Test
    void callToARefusedConnectionNeverArrivedAndIsRetried() throws IOException {
        AiVoiceConnectionException error = caught(call(closedPortUrl()), "onException",
                AiVoiceConnectionException.class);

        assertThat(error.isRequestMayHaveReachedProvider()).isFalse();
        assertThat(error.getMessage()).contains("did not reach the provider").contains("gave up after 3 attempts");
    }

    @Test
    void callWhoseConnectionIsNeverAcceptedTimesOutAsNeverArrivedAndIsRetried() throws IOException {
        // a listen queue of one, filled by raw sockets: the kernel drops further SYNs, so connecting hangs
        try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Socket> fillers = fillListenQueue(full);
            try {
                long start = System.nanoTime();
                Exchange result = template.request("direct:callShortConnect", e -> {
                    callHeaders(e);
                    e.getMessage().setHeader("base", "http://127.0.0.1:" + full.getLocalPort());
                });

                AiVoiceConnectionException error = caught(result, "onException", AiVoiceConnectionException.class);
                assertThat(error.getCause()).isInstanceOf(ConnectTimeoutException.class);
                assertThat(error.isRequestMayHaveReachedProvider()).isFalse();
                assertThat(error.getMessage()).contains("gave up after 3 attempts");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
            } finally {
                for (Socket filler : fillers) {
                    filler.close();
                }
            }
        }
    }

    private static List<Socket> fillListenQueue(ServerSocket server) {
        List<Socket> fillers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Socket filler = new Socket();
            try {
                filler.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()), 200);
                fillers.add(filler);
            } catch (IOException queueFull) {
                closeQuietly(filler);
                break;
            }
        }
        return fillers;
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to release
        }
    }

    // ---- helpers

    private Exchange call(String base) {
        return template.request("direct:call", e -> {
            e.getMessage().setHeader("base", base);
            callHeaders(e);
        });
    }

    private static void callHeaders(Exchange e) {
        e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199");
        e.getMessage().setHeader(AiVoiceConstants.FROM_NUMBER, "+12025550143");
        e.getMessage().setHeader(AiVoiceConstants.AGENT_ID, "agent_x");
    }

    private Exchange read(String base) {
        return template.request("direct:read", e -> e.getMessage().setHeader("base", base));
    }

    private Exchange write(String operation, String base) {
        return template.request("direct:write", e -> {
            e.getMessage().setHeader("base", base);
            e.getMessage().setHeader("op", operation);
        });
    }

    /** The exception the route's error handler (onException or doCatch) received. */
    private static <T extends AiVoiceException> T caught(Exchange result, String handler, Class<T> type) {
        assertThat(result.getMessage().getHeader("handledBy")).isEqualTo(handler);
        Exception exception = result.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        assertThat(exception).isExactlyInstanceOf(type);
        return type.cast(exception);
    }

    private static String closedPortUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort();
        }
    }
}
