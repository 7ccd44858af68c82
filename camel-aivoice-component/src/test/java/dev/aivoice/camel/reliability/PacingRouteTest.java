package dev.aivoice.camel.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Client-side pacing through real routes: a burst is spread at the configured rate, and endpoints of one account
 * share the budget. Only lower bounds of elapsed time are asserted (the issue asks for pacing); figures are printed.
 */
class PacingRouteTest extends ProviderServerTestSupport {


    @BeforeEach
    void answerOk() {
        server.answerAlways(Answer.json(200, "{\"call_status\": \"registered\"}"));
    }

    @Override
    protected void configure(AiVoiceConfiguration defaults) {
        defaults.setApiKey("pacing-test-key-0000");
        defaults.setFromNumber("+12025550143");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:burst").to("aivoice:ringly:call?agentId=agent_a&maxRequestsPerSecond=20");
                from("direct:agentA").to("aivoice:ringly:call?agentId=agent_a&maxRequestsPerSecond=10");
                from("direct:agentB").to("aivoice:ringly:call?agentId=agent_b&maxRequestsPerSecond=10");
            }
        };
    }

    @Test
    void burstOfHundredCallsAtTwentyPerSecondIsSpreadOverAtLeastFourSeconds() throws Exception {
        long start = System.nanoTime();
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            calls.add(send("direct:burst", i));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        for (CompletableFuture<Exchange> call : calls) {
            assertThat(call.get().getException()).isNull();
        }
        assertThat(server.requests()).hasSize(100);
        List<Long> arrivals = server.arrivalNanos();
        Duration spread = Duration.ofNanos(arrivals.get(arrivals.size() - 1) - arrivals.get(0));
        System.out.printf("PACING 100 calls at maxRequestsPerSecond=20: elapsed %d ms, first-to-last arrival %d ms%n",
                elapsed.toMillis(), spread.toMillis());
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
        assertThat(spread).isGreaterThanOrEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void endpointsOfOneAccountShareOneBudget() throws Exception {
        long start = System.nanoTime();
        List<CompletableFuture<Exchange>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(send("direct:agentA", i));
            calls.add(send("direct:agentB", i));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

        assertThat(server.requests()).hasSize(20);
        System.out.printf("PACING 2 endpoints x 10 calls sharing 10/s: elapsed %d ms%n", elapsed.toMillis());
        // 20 requests at 10/s: 19 intervals of 100 ms; two separate budgets would take only 0.9 s
        assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void pacedRequestsWaitOnTheSchedulerNotOnTheCallersThread() throws Exception {
        AsyncProducer producer = context.getEndpoint("aivoice:ringly:call?agentId=agent_c&maxRequestsPerSecond=2")
                .createAsyncProducer();
        producer.start();
        List<CompletableFuture<Boolean>> done = new ArrayList<>();
        List<Boolean> completedSynchronously = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Exchange exchange = new DefaultExchange(context);
            exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+1415555010" + i);
            CompletableFuture<Boolean> callback = new CompletableFuture<>();
            completedSynchronously.add(producer.process(exchange, callback::complete));
            done.add(callback);
        }

        // all three handed back at once; the 2nd and 3rd wait 0.5 s and 1 s for their slots
        assertThat(completedSynchronously).containsOnly(false);
        assertThat(done.get(2)).isNotDone();
        CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        assertThat(server.requests()).hasSize(3);
        producer.stop();
    }

    @Test
    void stoppingTheEndpointFailsRequestsStillWaitingForTheirSlotAsNeverSent() throws Exception {
        Endpoint endpoint = context.getEndpoint("aivoice:ringly:call?agentId=agent_d&maxRequestsPerSecond=0.2");
        AsyncProducer producer = endpoint.createAsyncProducer();
        producer.start();
        Exchange first = new DefaultExchange(context);
        Exchange waiting = new DefaultExchange(context);
        CompletableFuture<Boolean> firstDone = new CompletableFuture<>();
        CompletableFuture<Boolean> waitingDone = new CompletableFuture<>();
        for (Exchange exchange : List.of(first, waiting)) {
            exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550100");
        }
        producer.process(first, firstDone::complete);
        producer.process(waiting, waitingDone::complete);
        firstDone.get(10, TimeUnit.SECONDS);

        endpoint.stop();

        // the second slot was 5 s away: it fails at once instead of hanging
        waitingDone.get(2, TimeUnit.SECONDS);
        assertThat(waiting.getException()).isInstanceOf(AiVoiceConnectionException.class)
                .hasMessageContaining("not sent: the endpoint stopped while the request waited");
        assertThat(((AiVoiceConnectionException) waiting.getException()).isRequestMayHaveReachedProvider()).isFalse();
        assertThat(server.requests()).hasSize(1);
        producer.stop();
    }

    private CompletableFuture<Exchange> send(String uri, int lead) {
        return template.asyncSend(uri, e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER,
                "+1415555" + String.format("%04d", lead)));
    }
}
