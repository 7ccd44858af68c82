package dev.aivoice.camel.events;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.aivoice.camel.test.LogCapture;
import dev.aivoice.camel.test.RinggEvents;
import dev.aivoice.camel.test.WebhookTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 deliveries refused in a burst (a provider holding a wrong token) over real HTTP make exactly one WARN line, with
 * the count, the path and the caller's address, and without the token sent or the body.
 */
class WebhookRefusalLoggingTest extends WebhookTestSupport {

    static final String WRONG_TOKEN = "wrong-token-Zq81xV";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:ringg:events?webhookPath=/ringg/events").to("mock:events");
            }
        };
    }

    @Test
    void fiftyRefusedDeliveriesInABurstAreOneWarnLineWithTheCount() throws Exception {
        try (LogCapture capture = new LogCapture()) {
            List<CompletableFuture<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                answers.add(client.sendAsync(request("/ringg/events", WRONG_TOKEN)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(RinggEvents.CALL_COMPLETED)).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).thenApply(r -> r.statusCode()));
            }
            for (CompletableFuture<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(401);
            }
            assertThat(capture.lines("refused")).as("nothing before the minute ends").isEmpty();

            context.stop(); // the open window is written at stop, as when the minute ends

            List<String> warnings = capture.lines("WARN", "refused");
            assertThat(warnings).hasSize(1);
            assertThat(warnings.get(0)).contains("ringg webhook /ringg/events refused 50 requests with 401",
                    "last from 127.0.0.1:");
            assertThat(String.join("\n", capture.lines())).doesNotContain(WRONG_TOKEN, TOKEN, "c0a8-0001");
        }
        assertThat(getMockEndpoint("mock:events").getReceivedCounter()).isZero();
    }
}
