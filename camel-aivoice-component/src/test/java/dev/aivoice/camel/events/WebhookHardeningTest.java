package dev.aivoice.camel.events;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.RinggEvents;
import dev.aivoice.camel.test.WebhookTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile webhook input over real HTTP (Vert.x platform-http on loopback): tokens only from the Authorization header,
 * one event per body, dedupe keys that cannot collide, and refusals before the body is read.
 */
class WebhookHardeningTest extends WebhookTestSupport {

    static final String EVENTS = "/hardened/events";
    /** 100 MB: a body no test sends. */
    static final long HUGE = 100L * 1024 * 1024;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:ringg:events?webhookPath=" + EVENTS).to("mock:events");
            }
        };
    }

    MockEndpoint events() {
        return getMockEndpoint("mock:events");
    }

    @ParameterizedTest
    @ValueSource(strings = { "?Authorization=Bearer+" + TOKEN, "?authorization=Bearer%20" + TOKEN,
                             "?x=1&AUTHORIZATION=Bearer+" + TOKEN })
    void tokenInTheQueryStringIsRefused(String query) throws Exception {
        HttpResponse<String> response = post(EVENTS + query, null, RinggEvents.CALL_COMPLETED);

        assertThat(response.statusCode()).isEqualTo(401);
        events().expectedMessageCount(0);
        events().assertIsSatisfied(200);
    }

    @Test
    void tokenInTheQueryStringIsRefusedEvenBesideTheRightHeader() throws Exception {
        assertThat(post(EVENTS + "?Authorization=Bearer+" + TOKEN, TOKEN, RinggEvents.CALL_COMPLETED).statusCode())
                .isEqualTo(401);
    }

    @Test
    void tokenInAFormFieldIsRefused() throws Exception {
        String form = "Authorization=Bearer+" + TOKEN + "&event_type=call_completed&call_id=c-1";
        HttpResponse<String> response = send(HttpRequest.newBuilder(url(EVENTS))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());

        assertThat(response.statusCode()).isEqualTo(401);
        events().expectedMessageCount(0);
        events().assertIsSatisfied(200);
    }

    @Test
    void twoEventsBackToBackInOneBodyAreAnswered400AndNeitherIsRouted() throws Exception {
        HttpResponse<String> response = post(EVENTS, TOKEN, RinggEvents.CALL_STARTED + RinggEvents.CALL_COMPLETED);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("content after the JSON event");
        events().expectedMessageCount(0);
        events().assertIsSatisfied(200);
    }

    @Test
    void trailingContentAfterTheEventIsAnswered400() throws Exception {
        assertThat(post(EVENTS, TOKEN, RinggEvents.CALL_STARTED + " x").statusCode()).isEqualTo(400);
        assertThat(post(EVENTS, TOKEN, RinggEvents.CALL_STARTED + "\n\t ").statusCode()).isEqualTo(200);
    }

    /** Joined with a bare '|', both had the key ringg|c1|call_completed|call_started|0: the second was dropped. */
    @Test
    void twoEventsWhoseIdsContainTheSeparatorAreBothRouted() throws Exception {
        String first = "{\"event_type\": \"call_started\", \"call_id\": \"c1|call_completed\"}";
        String second = "{\"event_type\": \"call_completed|call_started\", \"call_id\": \"c1\"}";
        events().expectedMessageCount(2);

        assertThat(post(EVENTS, TOKEN, first).statusCode()).isEqualTo(200);
        HttpResponse<String> response = post(EVENTS, TOKEN, second);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isNotEqualTo("Duplicate");
        events().assertIsSatisfied();
        assertThat(events().getExchanges()).extracting(e -> e.getMessage().getHeader(AiVoiceConstants.CALL_ID))
                .containsExactly("c1|call_completed", "c1");
    }

    /** The client sends only the headers of a 100 MB body: the answer must come without the body. */
    @Test
    void hugeContentLengthWithAWrongTokenIsAnswered401BeforeTheBodyIsSent() throws Exception {
        assertThat(statusLineOfHeadersOnly("Bearer wrong-token", HUGE)).startsWith("HTTP/1.1 401");
        assertThat(statusLineOfHeadersOnly(null, HUGE)).startsWith("HTTP/1.1 401");
        // below every size limit: only the token check can answer before the body arrives
        assertThat(statusLineOfHeadersOnly("Bearer wrong-token", 1_000_000)).startsWith("HTTP/1.1 401");
        events().expectedMessageCount(0);
        events().assertIsSatisfied(200);
    }

    @Test
    void hugeContentLengthWithTheRightTokenIsAnswered413BeforeTheBodyIsSent() throws Exception {
        assertThat(statusLineOfHeadersOnly("Bearer " + TOKEN, HUGE)).startsWith("HTTP/1.1 413");
    }

    /**
     * Sends the request line and headers, no body, and reads the status line. A server that waits for the body
     * never answers: the read times out (10 s, far above any answer time) and the test fails.
     */
    private String statusLineOfHeadersOnly(String authorization, long contentLength) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            String headers = "POST " + EVENTS + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
                             + "Content-Type: application/json\r\nContent-Length: " + contentLength + "\r\n"
                             + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "\r\n";
            out.write(headers.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            long start = System.nanoTime();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            System.out.printf("WEBHOOK early refusal: '%s' after %d ms, 0 of %d body bytes sent%n", status,
                    (System.nanoTime() - start) / 1_000_000, contentLength);
            return status;
        }
    }
}
