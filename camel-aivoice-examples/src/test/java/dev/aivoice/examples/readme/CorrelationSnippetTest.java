package dev.aivoice.examples.readme;

import java.net.ServerSocket;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.junit.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's correlation id routes, as written: the lead id goes out with the call and comes back on its events. */
class CorrelationSnippetTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        AiVoiceComponent aivoice = new AiVoiceComponent();
        aivoice.setRinggApiKey(ProviderSandbox.RINGG_API_KEY);
        aivoice.setRinggBaseUrl(SANDBOX.sandbox().ringgBaseUrl());
        context.addComponent("aivoice", aivoice);
        context.getPropertiesComponent().addInitialProperty("ringg.webhook.token", "a-long-random-token");
        context.getPropertiesComponent().addInitialProperty("ringg.agentId", ProviderSandbox.RINGG_AGENT_ID);
        context.getPropertiesComponent().addInitialProperty("ringg.poolId", ProviderSandbox.RINGG_NUMBER_POOL_ID);
        context.getPropertiesComponent().addInitialProperty("ringg.publicUrl", "http://127.0.0.1:" + port + "/ringg/events");
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:updateCrm").to("mock:crm");
                // snippet: correlation-id
                from("direct:dial")
                    .to("aivoice:ringg:call?agentId={{ringg.agentId}}&numberPoolId={{ringg.poolId}}"
                        + "&correlationId=${header.leadId}");

                from("aivoice:ringg:events?webhookPath=/ringg/events&webhookToken={{ringg.webhook.token}}"
                     + "&autoSubscribe=true&agentId={{ringg.agentId}}&publicUrl={{ringg.publicUrl}}")
                    .log("Lead ${header.CamelAiVoiceCorrelationId}: ${header.CamelAiVoiceCallStatus}")
                    .to("direct:updateCrm");
                // end-snippet
            }
        };
    }

    @Test
    void everyEventOfTheCallCarriesTheLeadId() throws Exception {
        template.send("direct:dial", exchange -> {
            exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550142");
            exchange.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Ada");
            exchange.getMessage().setHeader("leadId", "L-42");
        });

        SANDBOX.sandbox().runUntilIdle();

        MockEndpoint crm = getMockEndpoint("mock:crm");
        assertThat(crm.getReceivedExchanges()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(event -> assertThat(
                event.getMessage().getHeader(AiVoiceConstants.CORRELATION_ID)).isEqualTo("L-42"));
    }
}
