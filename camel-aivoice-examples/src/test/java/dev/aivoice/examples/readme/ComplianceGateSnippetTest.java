package dev.aivoice.examples.readme;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.aivoice.camel.AiVoiceComplianceException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.compliance.FileDoNotCallList;
import dev.aivoice.sandbox.junit.SandboxExtension;
import org.apache.camel.BindToRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's compliance gate snippet, as written, on the sandbox: a number on the do-not-call file and a recipient
 * outside its calling window are refused before anything is sent, with the reason (and next allowed time) the route's
 * log line shows; a recipient inside its window is called.
 */
class ComplianceGateSnippetTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = SnippetSandbox.ringlySnippetSandbox();

    /** Wednesday 4 March 2026, 15:00 UTC: 10:00 in New York, 05:00 in Honolulu (UTC-10, no daylight saving). */
    static final Instant NOW = Instant.parse("2026-03-04T15:00:00Z");

    @BindToRegistry("clock")   // the gate reads the time from a Clock in the registry
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    final List<String> logged = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SnippetSandbox.addRinglyComponent(context, SANDBOX.sandbox());
        SnippetSandbox.captureRouteLog(context, logged);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet: compliance-gate
                getContext().getRegistry().bind("doNotCall", new FileDoNotCallList("src/test/resources/readme/do-not-call.txt"));

                onException(AiVoiceComplianceException.class).handled(true)
                    .log("Lead ${header.leadId} not called: ${exception.reason}, allowed from ${exception.nextAllowedTime}");

                from("direct:leads")
                    .setHeader(AiVoiceConstants.TO_NUMBER, simple("${body[phone]}"))
                    .setBody(constant(null))              // the request comes from the headers and the options
                    .to("aivoice:ringly:call?agentId=agent_7f3c9a&fromNumber=RAW(+12025550143)"
                        + "&callingWindow=US=08:00-21:00,IN=09:00-21:00&callingDays=MON-SAT&doNotCallList=#doNotCall");
                // end-snippet
            }
        };
    }

    private Exchange lead(String leadId, String phone) {
        return template.request("direct:leads", e -> {
            e.getMessage().setHeader("leadId", leadId);
            e.getMessage().setBody(Map.of("phone", phone));
        });
    }

    @Test
    void numberOnTheDoNotCallFileIsRefusedWithItsReasonAndNothingIsSent() {
        Exchange result = lead("L-7", "+14155550100");   // listed as "+1 (415) 555-0100"

        assertThat(result.getException()).isNull();   // handled by the onException above
        assertThat(result.getProperty(Exchange.EXCEPTION_CAUGHT, AiVoiceComplianceException.class)).satisfies(e -> {
            assertThat(e.getReason()).isEqualTo(AiVoiceComplianceException.DO_NOT_CALL);
            assertThat(e.getNextAllowedTime()).isNull();
        });
        assertThat(logged).containsExactly("Lead L-7 not called: do not call, allowed from ");
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }

    @Test
    void recipientOutsideItsWindowIsRefusedWithTheNextAllowedTime() {
        Exchange result = lead("L-8", "+18085550123");   // Honolulu: 05:00 there

        assertThat(result.getProperty(Exchange.EXCEPTION_CAUGHT, AiVoiceComplianceException.class)).satisfies(e -> {
            assertThat(e.getReason()).isEqualTo(AiVoiceComplianceException.OUTSIDE_CALLING_WINDOW);
            assertThat(e.getNextAllowedTime()).isEqualTo(Instant.parse("2026-03-04T18:00:00Z"));   // 08:00 in Honolulu
        });
        assertThat(logged).containsExactly("Lead L-8 not called: outside calling window, allowed from 2026-03-04T18:00:00Z");
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }

    @Test
    void recipientInsideItsWindowAndNotListedIsCalledOnce() {
        Exchange result = lead("L-9", "+12125550123");   // New York: 10:00 there

        assertThat(result.getException()).isNull();
        assertThat(result.getProperty(Exchange.EXCEPTION_CAUGHT)).isNull();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
        assertThat(SANDBOX.sandbox().callsTo("+12125550123")).hasSize(1);
        assertThat(logged).isEmpty();
    }
}
