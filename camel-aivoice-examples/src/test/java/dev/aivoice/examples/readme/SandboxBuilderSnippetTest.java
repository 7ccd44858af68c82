package dev.aivoice.examples.readme;

import java.time.Duration;
import java.util.Map;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.sandbox.CallOutcome;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.SandboxClock;
import dev.aivoice.sandbox.junit.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's sandbox builder snippet: own clock, outcomes per number suffix, the constants a test needs. */
class SandboxBuilderSnippetTest extends CamelTestSupport {

    // snippet: sandbox-builder
    @RegisterExtension
    static final SandboxExtension SANDBOX = SandboxExtension.with(sandbox -> sandbox
            .clock(SandboxClock.manual())                       // moves only on advance(...) / runUntilIdle()
            .outcome("13", CallOutcome.notAnswered())           // numbers ending in 13 do not pick up
            .defaultOutcome(CallOutcome.answered(Duration.ofSeconds(48), "Renewal confirmed")));

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AiVoiceComponent aivoice = new AiVoiceComponent();
        aivoice.setRinggApiKey(ProviderSandbox.RINGG_API_KEY);          // the key the sandbox accepts
        aivoice.setRinggBaseUrl(SANDBOX.sandbox().ringgBaseUrl());
        aivoice.getConfiguration().setAgentId(ProviderSandbox.RINGG_AGENT_ID);
        aivoice.getConfiguration().setNumberPoolId(ProviderSandbox.RINGG_NUMBER_POOL_ID);
        context.addComponent("aivoice", aivoice);
        return context;
    }
    // end-snippet

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("aivoice:ringg:call");
            }
        };
    }

    @Test
    void callsEndAsTheBuilderSaysOnlyWhenTheClockIsMoved() {
        template.requestBodyAndHeaders("direct:call", null,
                Map.of(AiVoiceConstants.TO_NUMBER, "+14155550113", AiVoiceConstants.CALLEE_NAME, "Alan"));
        template.requestBodyAndHeaders("direct:call", null,
                Map.of(AiVoiceConstants.TO_NUMBER, "+14155550101", AiVoiceConstants.CALLEE_NAME, "Ada"));
        assertThat(SANDBOX.sandbox().calls()).noneMatch(c -> c.isFinished());   // manual clock: nothing moved yet

        SANDBOX.sandbox().runUntilIdle();

        assertThat(SANDBOX.sandbox().callsTo("+14155550113")).singleElement()
                .satisfies(c -> assertThat(c.status()).isNotEqualTo("completed"));
        assertThat(SANDBOX.sandbox().callsTo("+14155550101")).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo("completed");
            assertThat(c.durationSeconds()).isEqualTo(48.0);
        });
    }
}
