package dev.aivoice.examples.readme;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.aivoice.camel.AiVoiceComplianceException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.dryrun.DryRunRequest;
import dev.aivoice.sandbox.ProviderSandbox;
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
 * The README's dry-run snippet, as written, against the sandbox: the body describes the Ringg call request with the
 * key masked, the log line shows it, and nothing reaches the sandbox; the compliance gate still applies.
 */
class DryRunSnippetTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    /** 06:00 UTC: 11:30 in India (inside 09:00-21:00), 01:00 in New York (outside). */
    @BindToRegistry("clock")
    Clock clock = Clock.fixed(Instant.parse("2026-03-04T06:00:00Z"), ZoneOffset.UTC);

    final List<String> logged = new CopyOnWriteArrayList<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        SnippetSandbox.addRinggComponent(context, SANDBOX.sandbox());   // a real URL: the dry run must not reach it
        SnippetSandbox.addRinggAgentAndPool(context);
        SnippetSandbox.captureRouteLog(context, logged);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet: dry-run
                from("direct:preview")
                    .to("aivoice:ringg:call?dryRun=true&agentId={{ringg.agent}}&numberPoolId={{ringg.pool}}&callingWindow=09:00-21:00")
                    .log("would send: ${body}");   // POST https://prod-api.ringg.ai/ca/api/v0/calling/v2/outbound/individual {..., X-API-KEY=***, ...} {...}
                // end-snippet
            }
        };
    }

    @Test
    void bodyDescribesTheCallRequestWithTheKeyMaskedAndNothingReachesTheSandbox() {
        Exchange result = template.request("direct:preview",
                e -> {
                    e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+919800000001");
                    e.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Asha");
                });

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.DRY_RUN)).isEqualTo(true);
        DryRunRequest dry = result.getMessage().getBody(DryRunRequest.class);
        assertThat(dry.method()).isEqualTo("POST");
        assertThat(dry.url()).isEqualTo(SANDBOX.sandbox().ringgBaseUrl() + "/calling/v2/outbound/individual");
        assertThat(dry.headers()).containsEntry("X-API-KEY", "***");
        assertThat(dry.body()).contains("\"+919800000001\"").contains(ProviderSandbox.RINGG_AGENT_ID)
                .contains(ProviderSandbox.RINGG_NUMBER_POOL_ID);
        assertThat(logged).singleElement().satisfies(line -> assertThat(line)
                .startsWith("would send: POST " + dry.url() + " {").contains("X-API-KEY=***")
                .doesNotContain(ProviderSandbox.RINGG_API_KEY));
        assertThat(SANDBOX.sandbox().requests()).as("requests the sandbox received").isEmpty();
        assertThat(SANDBOX.sandbox().calls()).isEmpty();
    }

    @Test
    void dryRunIsGatedLikeARealSend() {
        Exchange result = template.request("direct:preview",
                e -> {
                    e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+12125550123");   // 01:00 in New York
                    e.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Ada");
                });

        assertThat(result.getException()).isInstanceOfSatisfying(AiVoiceComplianceException.class,
                e -> assertThat(e.getReason()).isEqualTo(AiVoiceComplianceException.OUTSIDE_CALLING_WINDOW));
        assertThat(logged).isEmpty();
        assertThat(SANDBOX.sandbox().requests()).isEmpty();
    }
}
