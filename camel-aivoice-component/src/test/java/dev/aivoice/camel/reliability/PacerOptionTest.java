package dev.aivoice.camel.reliability;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.aivoice.camel.pacer.Pacer;
import dev.aivoice.camel.pacer.PacerUnavailableException;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code pacer} option: a pacer bean replaces the in-memory one, is asked once per request with the account (never
 * the API key) and the rate, and a pacer that cannot reserve a slot fails the request unsent.
 */
class PacerOptionTest extends ProviderServerTestSupport {

    static final String API_KEY = "pacer-option-key-31337";

    final List<String> asked = new CopyOnWriteArrayList<>();
    final AtomicInteger reservations = new AtomicInteger();
    final AtomicInteger admissions = new AtomicInteger();

    @BeforeEach
    void answerOk() {
        server.answerAlways(Answer.json(200, "{\"call_status\": \"registered\"}"));
    }

    @Override
    protected void configure(AiVoiceConfiguration defaults) {
        defaults.setApiKey(API_KEY);
        defaults.setFromNumber("+12025550143");
        defaults.setAgentId("agent_p");
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("recordingPacer", (Pacer) (account, rate) -> {
            asked.add(account + " @ " + rate);
            return CompletableFuture.supplyAsync(() -> Duration.ofMillis(20));
        });
        context.getRegistry().bind("refusingOncePacer", new Pacer() {
            @Override
            public CompletableFuture<Duration> reserve(String account, double rate) {
                reservations.incrementAndGet();
                return CompletableFuture.supplyAsync(() -> Duration.ofMillis(5));
            }

            @Override
            public CompletableFuture<Instant> admit(String account, double rate) {
                // a late waker: the window was full when its first slot came
                return CompletableFuture.supplyAsync(() -> admissions.incrementAndGet() > 1 ? Instant.now() : null);
            }
        });
        context.getRegistry().bind("fullPacer", new Pacer() {
            @Override
            public CompletableFuture<Duration> reserve(String account, double rate) {
                reservations.incrementAndGet();
                return CompletableFuture.completedFuture(Duration.ZERO);
            }

            @Override
            public CompletableFuture<Instant> admit(String account, double rate) {
                return CompletableFuture.completedFuture(null);
            }
        });
        context.getRegistry().bind("downPacer", (Pacer) (account, rate) -> CompletableFuture.failedFuture(
                new PacerUnavailableException("not sent: the shared pacer could not reserve a slot: database down",
                        new IllegalStateException("connection refused"))));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:shared").errorHandler(noErrorHandler())
                        .to("aivoice:ringly:call?maxRequestsPerSecond=20&pacer=#recordingPacer");
                from("direct:refusedOnce").errorHandler(noErrorHandler())
                        .to("aivoice:ringly:call?maxRequestsPerSecond=20&pacer=#refusingOncePacer");
                from("direct:full").errorHandler(noErrorHandler())
                        .to("aivoice:ringly:call?maxRequestsPerSecond=20&pacer=#fullPacer&maxRetries=3");
                from("direct:down").errorHandler(noErrorHandler())
                        .to("aivoice:ringly:call?maxRequestsPerSecond=20&pacer=#downPacer&maxRetries=3");
            }
        };
    }

    @Test
    void thePacerBeanIsAskedForEachRequestWithTheAccountAndRateButNotTheKey() {
        for (int i = 0; i < 3; i++) {
            assertThat(call("direct:shared").getException()).isNull();
        }

        assertThat(asked).hasSize(3).allSatisfy(question -> {
            assertThat(question).startsWith("ringly:").endsWith(" @ 20.0").doesNotContain(API_KEY);
        });
        assertThat(asked).containsOnly(asked.get(0));
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void aPacerThatCannotReserveASlotFailsTheRequestUnsentAndItIsNotRetried() {
        Exception failure = call("direct:down").getException();

        assertThat(failure).isInstanceOf(AiVoiceConnectionException.class)
                .hasMessageContaining("ringly call/create not sent: the shared pacer could not reserve a slot")
                .hasCauseInstanceOf(PacerUnavailableException.class);
        assertThat(((AiVoiceConnectionException) failure).isRequestMayHaveReachedProvider()).isFalse();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void aRequestRefusedWhenItsSlotCameReservesAgainAndIsSentOnce() {
        assertThat(call("direct:refusedOnce").getException()).isNull();

        assertThat(reservations).hasValue(2);
        assertThat(admissions).hasValue(2);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aRequestRefusedEveryTimeFailsUnsentAfterTwentyReservationsRatherThanWaitForever() {
        Exception failure = call("direct:full").getException();

        assertThat(failure).isInstanceOf(AiVoiceConnectionException.class)
                .hasMessageContaining("ringly call/create not sent: the pacer refused the request 20 times")
                .hasCauseInstanceOf(PacerUnavailableException.class);
        assertThat(((AiVoiceConnectionException) failure).isRequestMayHaveReachedProvider()).isFalse();
        assertThat(reservations).hasValue(PacedRetryingSender.MOST_REFUSALS);
        assertThat(server.requests()).isEmpty();
    }

    private Exchange call(String uri) {
        return template.request(uri, e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199"));
    }
}
