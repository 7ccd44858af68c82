package dev.aivoice.examples;

import java.time.Duration;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceRateLimitException;
import dev.aivoice.sandbox.Fault;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.RinglyError;
import dev.aivoice.sandbox.junit.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** How a user tests a route's happy and error paths on the sandbox (the README's sandbox section, for real). */
// snippet: sandbox-route-test
class RouteTestOnSandboxTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AiVoiceComponent aivoice = new AiVoiceComponent();
        aivoice.getConfiguration().setBaseUrl(SANDBOX.sandbox().ringlyBaseUrl());
        aivoice.getConfiguration().setApiKey(ProviderSandbox.RINGLY_API_KEY);
        aivoice.getConfiguration().setRequestTimeout(Duration.ofSeconds(2).toMillis());
        context.addComponent("aivoice", aivoice);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call")
                        .doTry()
                            .to("aivoice:ringly:call?fromNumber=RAW(" + ProviderSandbox.RINGLY_FROM_NUMBER + ")&agentId="
                                + ProviderSandbox.RINGLY_AGENT_TAG)
                            .setBody(constant("placed"))
                        .doCatch(AiVoiceRateLimitException.class)
                            .setBody(constant("try again later"))
                        .doCatch(AiVoiceConnectionException.class)
                            .setBody(simple("check before redialling: ${exception.requestMayHaveReachedProvider}"))
                        .end();
            }
        };
    }

    private Exchange call(String number) {
        return template.request("direct:call", e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, number));
    }

    @Test
    void callIsPlacedWithTheRawKeyAndRegistered() {
        Exchange result = call("+14155550199");

        assertThat(result.getMessage().getBody()).isEqualTo("placed");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
        assertThat(SANDBOX.sandbox().requests("/make-outbound-call-v2")).singleElement()
                .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo(ProviderSandbox.RINGLY_API_KEY));
        assertThat(SANDBOX.sandbox().callsTo("+14155550199")).hasSize(1);
    }

    @Test
    void rateLimitAnswerReachesTheRoutesRateLimitBranch() {
        SANDBOX.sandbox().failNext(1, "/make-outbound-call-v2", Fault.ringly(RinglyError.RATE_LIMITED));

        assertThat(call("+14155550199").getMessage().getBody()).isEqualTo("try again later");
        assertThat(SANDBOX.sandbox().calls()).isEmpty();
    }

    @Test
    void connectionDroppedAfterTheCallWasPlacedIsNotRetriedAndSaysSo() {
        SANDBOX.sandbox().failNext(1, "/make-outbound-call-v2", Fault.dropAfterProcessing());

        Exchange result = call("+14155550199");

        assertThat(result.getMessage().getBody()).isEqualTo("check before redialling: true");
        assertThat(SANDBOX.sandbox().requests("/make-outbound-call-v2")).hasSize(1);
        assertThat(SANDBOX.sandbox().callsTo("+14155550199")).as("rung exactly once").hasSize(1);
    }
}
// end-snippet
