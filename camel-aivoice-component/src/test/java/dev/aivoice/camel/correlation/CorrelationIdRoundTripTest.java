package dev.aivoice.camel.correlation;

import java.util.List;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.WebhookTestSupport;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The correlation id goes out in the call's variables (Ringly {@code dynamic_variables}, Ringg
 * {@code custom_args_values}) under {@code aivoice_correlation_id} and comes back on every event of the call as the
 * header {@code CamelAiVoiceCorrelationId}; the header overrides the option.
 */
class CorrelationIdRoundTripTest extends WebhookTestSupport {

    static final ProviderSandbox SANDBOX = ProviderSandbox.start();

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        String ringg = "apiKey=" + ProviderSandbox.RINGG_API_KEY + "&baseUrl=" + SANDBOX.ringgBaseUrl() + "&agentId="
                       + ProviderSandbox.RINGG_AGENT_ID;
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ringly").to("aivoice:ringly:call?apiKey=" + ProviderSandbox.RINGLY_API_KEY + "&baseUrl="
                                         + SANDBOX.ringlyBaseUrl() + "&agentId=" + ProviderSandbox.RINGLY_AGENT_TAG
                                         + "&fromNumber=%2B12025550100&correlationId=${header.leadId}");
                from("direct:ringg").to("aivoice:ringg:call?numberPoolId=" + ProviderSandbox.RINGG_NUMBER_POOL_ID
                                        + "&correlationId=${header.leadId}&" + ringg);
                from("aivoice:ringg:events?webhookPath=/ringg/events&autoSubscribe=true&publicUrl=http://127.0.0.1:"
                     + port + "/ringg/events&" + ringg).to("mock:events");
            }
        };
    }

    @Test
    void ringlyCallCarriesTheIdFromTheOptionAndTheHeaderOverridesIt() {
        template.send("direct:ringly", exchange -> {
            exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550101");
            exchange.getMessage().setHeader("leadId", "lead-1");
        });
        template.send("direct:ringly", exchange -> {
            exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550102");
            exchange.getMessage().setHeader("leadId", "lead-2");
            exchange.getMessage().setHeader(AiVoiceConstants.CORRELATION_ID, "crm-42");
        });
        List<RecordedRequest> sent = SANDBOX.requests("/make-outbound-call-v2");
        assertThat(sent.get(sent.size() - 2).json().path("dynamic_variables").path("aivoice_correlation_id").asText())
                .isEqualTo("lead-1");
        assertThat(sent.get(sent.size() - 1).json().path("dynamic_variables").path("aivoice_correlation_id").asText())
                .isEqualTo("crm-42");
    }

    @Test
    void ringgCallEventsComeBackWithTheCorrelationIdHeader() throws Exception {
        getMockEndpoint("mock:events").reset();
        template.send("direct:ringg", exchange -> {
            exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550103");
            exchange.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Asha");
            exchange.getMessage().setHeader("leadId", "lead-3");
        });
        assertThat(SANDBOX.calls().get(SANDBOX.calls().size() - 1).customArgs())
                .containsEntry("aivoice_correlation_id", "lead-3");

        SANDBOX.runUntilIdle();

        List<Exchange> events = getMockEndpoint("mock:events").getReceivedExchanges();
        assertThat(events).hasSizeGreaterThanOrEqualTo(3);
        assertThat(events).allSatisfy(event -> assertThat(event.getMessage().getHeader(AiVoiceConstants.CORRELATION_ID))
                .isEqualTo("lead-3"));
    }
}
