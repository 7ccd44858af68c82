package dev.aivoice.examples.readme;

import java.util.Map;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.WebhookDelivery;
import dev.aivoice.sandbox.junit.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's webhook consumer route, as written: it subscribes itself on the sandbox agent at start and routes
 * only the filtered event of a call to the CRM route. (Camel Main's platform-http engine is Vert.x.)
 */
class WebhookSnippetTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        int port = SnippetSandbox.addPlatformHttpServer(context);
        SnippetSandbox.addRinggComponent(context, SANDBOX.sandbox());
        context.getPropertiesComponent().addInitialProperty("ringg.webhook.token", "a-long-random-token");
        context.getPropertiesComponent().addInitialProperty("ringg.agentId", ProviderSandbox.RINGG_AGENT_ID);
        context.getPropertiesComponent().addInitialProperty("ringg.publicUrl", "http://127.0.0.1:" + port + "/ringg/events");
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:updateCrm").to("mock:crm");
                // snippet: webhook-consumer
                from("aivoice:ringg:events?webhookPath=/ringg/events&webhookToken={{ringg.webhook.token}}"
                     + "&eventTypes=call_completed,all_processing_completed"
                     + "&autoSubscribe=true&agentId={{ringg.agentId}}&publicUrl={{ringg.publicUrl}}")
                    .filter(header(AiVoiceConstants.EVENT_TYPE).isEqualTo("all_processing_completed"))
                    .log("Call ${header.CamelAiVoiceCallId} ended ${header.CamelAiVoiceCallStatus}: "
                         + "${body.platformAnalysis[summary]}")
                    .to("direct:updateCrm");
                // end-snippet
            }
        };
    }

    @Test
    void subscribesAtStartAndRoutesTheCallsFinalEventToTheCrm() throws Exception {
        assertThat(SANDBOX.sandbox().subscriptions(ProviderSandbox.RINGG_AGENT_ID)).singleElement()
                .satisfies(s -> assertThat(s.headers()).containsEntry("Authorization", "Bearer a-long-random-token"));
        MockEndpoint crm = getMockEndpoint("mock:crm");
        crm.expectedMessageCount(1);
        crm.expectedHeaderReceived(AiVoiceConstants.EVENT_TYPE, "all_processing_completed");

        template.requestBody("aivoice:ringg:call?agentId=" + ProviderSandbox.RINGG_AGENT_ID + "&numberPoolId="
                             + ProviderSandbox.RINGG_NUMBER_POOL_ID,
                Map.of("name", "Asha", "mobile_number", "+14155550101"));
        SANDBOX.sandbox().runUntilIdle();

        crm.assertIsSatisfied();
        assertThat(SANDBOX.sandbox().deliveries()).extracting(WebhookDelivery::status).containsOnly(200);
        CallEvent event = crm.getReceivedExchanges().get(0).getMessage().getBody(CallEvent.class);
        assertThat(event.getPlatformAnalysis().get("summary")).asString().isNotBlank();
    }
}
