package dev.aivoice.camel.reliability;

import java.time.Duration;

import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceDuplicateCallException;
import dev.aivoice.camel.AiVoiceInvalidRequestException;
import dev.aivoice.camel.AiVoiceRateLimitException;
import dev.aivoice.camel.AiVoiceServerException;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.FailedToCreateRouteException;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The duplicate-dial guard through real routes and a real loopback server: a key used once never rings again,
 * a definite refusal frees the key, an ambiguous failure keeps it, and Camel's own redelivery cannot ring twice.
 */
class DuplicateCallGuardRouteTest extends ProviderServerTestSupport {

    static final String OK = "{\"to_number\": \"+14155550199\", \"call_status\": \"registered\"}";

    final IdempotentRepository keys = MemoryIdempotentRepository.memoryIdempotentRepository();

    @BeforeEach
    void answerOk() {
        server.answerAlways(Answer.json(200, OK));
    }

    @Override
    protected void configure(AiVoiceConfiguration defaults) {
        defaults.setApiKey("guard-test-key-5678");
        defaults.setFromNumber("+12025550143");
        defaults.setAgentId("agent_x");
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("callKeys", keys);
        context.getRegistry().bind("storeDownOnConfirm", new MemoryIdempotentRepository() {
            @Override
            public boolean confirm(String key) {
                throw new IllegalStateException("repository unreachable");
            }
        });
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").errorHandler(noErrorHandler())
                        .to("aivoice:ringly:call?idempotencyKey=${header.leadId}&idempotentRepository=#callKeys"
                            + "&requestTimeout=500");
                from("direct:storeDown").errorHandler(noErrorHandler())
                        .to("aivoice:ringly:call?idempotencyKey=${header.leadId}&idempotentRepository=#storeDownOnConfirm");
                from("direct:headerOnly").errorHandler(noErrorHandler())
                        .to("aivoice:ringly:call");
                from("direct:redelivered")
                        .errorHandler(defaultErrorHandler().maximumRedeliveries(3).redeliveryDelay(10))
                        .to("aivoice:ringly:call?idempotencyKey=${header.leadId}&requestTimeout=500");
            }
        };
    }

    @Test
    void placedCallStaysASuccessWhenTheKeyStoreFailsToRecordIt() {
        Exchange result = template.request("direct:storeDown", e -> headers(e, "lead-store-down", null));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void sameKeyRingsOnceAndTheSecondExchangeIsReportedAsDuplicate() {
        Exchange first = call("direct:call", "lead-1");
        Exchange second = call("direct:call", "lead-1");

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isExactlyInstanceOf(AiVoiceDuplicateCallException.class)
                .hasMessage("ringly call/create not sent: idempotency key 'lead-1' was already used for a call"
                            + " (a redelivered exchange?)");
        assertThat(((AiVoiceDuplicateCallException) second.getException()).getIdempotencyKey()).isEqualTo("lead-1");
        assertThat(server.requests()).hasSize(1);
        assertThat(keys.contains("ringly:call/create:lead-1")).isTrue();
    }

    @Test
    void otherKeysStillRing() {
        call("direct:call", "lead-1");
        Exchange other = call("direct:call", "lead-2");

        assertThat(other.getException()).isNull();
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void definiteRefusalFreesTheKeySoACorrectedRetryRings() {
        server.enqueue(Answer.json(400, "{\"error_message\": \"Invalid request format\"}"));

        Exchange refused = call("direct:call", "lead-3");
        Exchange retried = call("direct:call", "lead-3");

        assertThat(refused.getException()).isInstanceOf(AiVoiceInvalidRequestException.class);
        assertThat(refused.getException().getMessage()).doesNotContain("kept");
        assertThat(retried.getException()).isNull();
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void rateLimitFreesTheKey() {
        server.enqueue(Answer.json(429, "{}"));

        assertThat(call("direct:call", "lead-4").getException()).isInstanceOf(AiVoiceRateLimitException.class);
        assertThat(call("direct:call", "lead-4").getException()).isNull();
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void timeoutKeepsTheKeyAndTheExceptionSaysSo() {
        server.enqueue(Answer.json(200, OK).after(Duration.ofMillis(1500)));

        Exchange timedOut = call("direct:call", "lead-5");
        Exchange again = call("direct:call", "lead-5");

        assertThat(timedOut.getException()).isInstanceOf(AiVoiceConnectionException.class)
                .hasMessageContaining("idempotency key 'lead-5' is kept, so the call is not placed again");
        assertThat(again.getException()).isInstanceOf(AiVoiceDuplicateCallException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void serverErrorKeepsTheKeyAsTheCallMayBeRinging() {
        server.enqueue(Answer.json(500, "{\"error_message\": \"An unexpected server error occurred\"}"));

        Exchange failed = call("direct:call", "lead-6");

        assertThat(failed.getException()).isInstanceOf(AiVoiceServerException.class).hasMessageContaining("is kept");
        assertThat(call("direct:call", "lead-6").getException()).isInstanceOf(AiVoiceDuplicateCallException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void camelRedeliveryAfterATimeoutCannotRingTwice() {
        server.enqueue(Answer.json(200, OK).after(Duration.ofMillis(1500)));

        Exchange result = call("direct:redelivered", "lead-7");

        // the first attempt timed out (may be ringing); the 3 redeliveries were stopped by the guard
        assertThat(result.getException()).isInstanceOf(AiVoiceDuplicateCallException.class);
        assertThat(result.getMessage().getHeader(Exchange.REDELIVERY_COUNTER)).isEqualTo(3);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void headerKeyGuardsAnEndpointWithoutTheOption() {
        Exchange first = template.request("direct:headerOnly", e -> headers(e, null, "crm-9"));
        Exchange second = template.request("direct:headerOnly", e -> headers(e, null, "crm-9"));

        assertThat(first.getException()).isNull();
        assertThat(second.getException()).isInstanceOf(AiVoiceDuplicateCallException.class);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void headerKeyOverridesTheExpression() {
        call("direct:call", "lead-8");
        Exchange withHeader = template.request("direct:call", e -> headers(e, "lead-8", "override-1"));

        assertThat(withHeader.getException()).isNull();
        assertThat(server.requests()).hasSize(2);
        assertThat(keys.contains("ringly:call/create:override-1")).isTrue();
    }

    @Test
    void missingKeyOnAGuardedEndpointIsAValidationErrorAndNothingIsSent() {
        Exchange result = template.request("direct:call", e -> headers(e, null, null));

        assertThat(result.getException()).isExactlyInstanceOf(AiVoiceValidationException.class)
                .hasMessageContaining("idempotencyKey (endpoint option) gave no key");
        assertThat(((AiVoiceValidationException) result.getException()).getField())
                .isEqualTo("idempotencyKey (endpoint option)");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void constantKeyIsRejectedWhenTheEndpointIsCreated() {
        assertThatThrownBy(() -> context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:constant").to("aivoice:ringly:call?idempotencyKey=lead");
            }
        })).isInstanceOf(FailedToCreateRouteException.class)
                .rootCause().hasMessageContaining("idempotencyKey 'lead' is a constant");
    }

    private Exchange call(String uri, String leadId) {
        return template.request(uri, e -> headers(e, leadId, null));
    }

    private static void headers(Exchange e, String leadId, String keyHeader) {
        e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199");
        if (leadId != null) {
            e.getMessage().setHeader("leadId", leadId);
        }
        if (keyHeader != null) {
            e.getMessage().setHeader(AiVoiceConstants.IDEMPOTENCY_KEY, keyHeader);
        }
    }
}
