package dev.aivoice.camel.dsl;

import java.util.Map;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.dsl.component.AivoiceComponentBuilderFactory;
import dev.aivoice.camel.ringg.model.RinggCallCreated;
import dev.aivoice.camel.ringly.model.RinglyCallResponse;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.RecordingHttpServer.Recorded;
import dev.aivoice.camel.test.RecordingHttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.endpoint.EndpointRouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated builders in use: the component configured through the Component DSL with one key per provider, routes
 * written with the Endpoint DSL ({@code aivoice("ringg:call").agentId(...)}), both providers called on a loopback
 * server that checks which key each request carries.
 */
class TypeSafeDslRouteTest {

    static final String RINGLY_KEY = "ringly-key-for-dsl";
    static final String RINGG_KEY = "ringg-key-for-dsl";

    RecordingHttpServer server;
    CamelContext context;

    @BeforeEach
    void start() throws Exception {
        server = new RecordingHttpServer();
        context = new DefaultCamelContext();
        // snippet: component-dsl
        AivoiceComponentBuilderFactory.aivoice()
                .ringlyApiKey(RINGLY_KEY)
                .ringgApiKey(RINGG_KEY)
                .ringlyBaseUrl(server.baseUrl() + "/ringly")
                .ringgBaseUrl(server.baseUrl() + "/ringg")
                .requestTimeout(5000L)
                .register(context, "aivoice");
        // end-snippet
        context.addRoutes(new DialRoutes());
        context.start();
    }

    @AfterEach
    void stop() {
        context.stop();
        server.close();
    }

    // snippet: endpoint-dsl
    static class DialRoutes extends EndpointRouteBuilder implements AiVoiceEndpointBuilderFactory.AiVoiceBuilders {
        @Override
        public void configure() {
            from(direct("ringly"))
                    .to(aivoice("ringly:call").agentId("agent_7f3c9a").fromNumber("+12025550143"));
            from(direct("ringg"))
                    .to(aivoice("ringg:call").agentId("a-1").numberPoolId("pool-1").maxRetries(0));
        }
    }
    // end-snippet

    static class OwnKeyRoute extends EndpointRouteBuilder implements AiVoiceEndpointBuilderFactory.AiVoiceBuilders {
        @Override
        public void configure() {
            from(direct("ownKey"))
                    .to(aivoice("ringly:call").apiKey("endpoint-key").agentId("a").fromNumber("+12025550143"));
        }
    }

    @Test
    void endpointDslRoutesCallBothProvidersEachWithItsOwnComponentKey() {
        server.enqueue("/ringly/make-outbound-call-v2", Answer.json(200, """
                {"from_number": "+12025550143", "to_number": "+14155550199", "agent_tag": "agent_7f3c9a",
                 "call_status": "registered"}"""));
        server.enqueue("/ringg/calling/v2/outbound/individual", Answer.json(200, """
                {"status": "success", "data": {"call_id": "c-9", "call_status": "ongoing", "agent_id": "a-1"}}"""));
        ProducerTemplate template = context.createProducerTemplate();

        RinglyCallResponse ringly = template.requestBodyAndHeader("direct:ringly", null, AiVoiceConstants.TO_NUMBER,
                "+14155550199", RinglyCallResponse.class);
        RinggCallCreated ringg = template.requestBodyAndHeaders("direct:ringg", null,
                Map.of(AiVoiceConstants.TO_NUMBER, "+14155550101", AiVoiceConstants.CALLEE_NAME, "Asha"),
                RinggCallCreated.class);

        assertThat(ringly.getCallStatus()).isEqualTo("registered");
        assertThat(ringg.getCallId()).isEqualTo("c-9");
        assertThat(server.requests()).hasSize(2);
        Recorded toRingly = server.requests().get(0);
        Recorded toRingg = server.requests().get(1);
        assertThat(toRingly.path()).isEqualTo("/ringly/make-outbound-call-v2");
        assertThat(toRingly.header("Authorization")).isEqualTo(RINGLY_KEY);
        assertThat(toRingly.bodyText()).contains("\"agent_tag\":\"agent_7f3c9a\"");
        assertThat(toRingg.path()).isEqualTo("/ringg/calling/v2/outbound/individual");
        assertThat(toRingg.header("X-API-KEY")).isEqualTo(RINGG_KEY);
        assertThat(toRingg.bodyText()).contains("\"number_pool_id\":\"pool-1\"");
        assertThat(context.getComponent("aivoice", AiVoiceComponent.class).getRinggApiKey()).isEqualTo(RINGG_KEY);
    }

    @Test
    void endpointOptionApiKeyStillWinsOverThePerProviderKey() throws Exception {
        server.enqueue("/ringly/make-outbound-call-v2", Answer.json(200, """
                {"to_number": "+14155550199", "call_status": "registered"}"""));
        context.addRoutes(new OwnKeyRoute());

        context.createProducerTemplate().requestBodyAndHeader("direct:ownKey", null, AiVoiceConstants.TO_NUMBER,
                "+14155550199");

        assertThat(server.onlyRequest().header("Authorization")).isEqualTo("endpoint-key");
    }
}
