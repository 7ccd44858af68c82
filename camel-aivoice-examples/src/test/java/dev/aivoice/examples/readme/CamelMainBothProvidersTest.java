package dev.aivoice.examples.readme;

import java.util.Map;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.ringg.model.RinggCallCreated;
import dev.aivoice.camel.ringly.model.RinglyCallResponse;
import dev.aivoice.sandbox.ProviderSandbox;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Camel Main application using both providers, each with its own key from component properties
 * ({@code camel.component.aivoice.ringly-api-key}, {@code ringg-api-key}): a Java DSL route calls Ringly, a YAML DSL
 * route calls Ringg. The README's Camel Main and YAML DSL snippets come from here.
 */
class CamelMainBothProvidersTest {

    // snippet: camel-main-routes
    public static class LeadRoutes extends RouteBuilder {
        @Override
        public void configure() {
            from("direct:ringlyCall")
                .setHeader(AiVoiceConstants.TO_NUMBER, simple("${body[phone]}"))
                .setBody(constant(null))
                .to("aivoice:ringly:call?agentId={{ringly.agent}}&fromNumber=RAW({{ringly.from}})");
        }
    }
    // end-snippet

    ProviderSandbox sandbox;
    Main main;

    @BeforeEach
    void start() throws Exception {
        sandbox = ProviderSandbox.start();
        main = new Main();
        main.setDefaultPropertyPlaceholderLocation("classpath:readme/application.properties");
        // no RINGLY_API_KEY / RINGG_API_KEY in a test's environment: the sandbox's keys, and the sandbox's URLs
        main.addOverrideProperty("camel.component.aivoice.ringly-api-key", ProviderSandbox.RINGLY_API_KEY);
        main.addOverrideProperty("camel.component.aivoice.ringg-api-key", ProviderSandbox.RINGG_API_KEY);
        main.addOverrideProperty("camel.component.aivoice.ringly-base-url", sandbox.ringlyBaseUrl());
        main.addOverrideProperty("camel.component.aivoice.ringg-base-url", sandbox.ringgBaseUrl());
        main.configure().addRoutesBuilder(new LeadRoutes());
        main.start();
    }

    @AfterEach
    void stop() {
        main.stop();
        sandbox.close();
    }

    @Test
    void javaRouteCallsRinglyAndYamlRouteCallsRinggEachWithItsOwnComponentKey() {
        ProducerTemplate template = main.getCamelContext().createProducerTemplate();

        RinglyCallResponse ringly = template.requestBody("direct:ringlyCall", Map.of("phone", "+14155550199"),
                RinglyCallResponse.class);
        RinggCallCreated ringg = template.requestBody("direct:ringgCall",
                Map.of("phone", "+14155550101", "name", "Asha"), RinggCallCreated.class);

        assertThat(ringly.getCallStatus()).isEqualTo("registered");
        assertThat(ringg.getCallId()).isNotBlank();
        assertThat(sandbox.requests("/make-outbound-call-v2")).singleElement()
                .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo(ProviderSandbox.RINGLY_API_KEY));
        assertThat(sandbox.requests("/calling/v2/outbound/individual")).singleElement()
                .satisfies(r -> assertThat(r.header("X-API-KEY")).isEqualTo(ProviderSandbox.RINGG_API_KEY));
        AiVoiceComponent aivoice = main.getCamelContext().getComponent("aivoice", AiVoiceComponent.class);
        assertThat(aivoice.getConfiguration().getRequestTimeout()).isEqualTo(10_000);
        assertThat(aivoice.getConfiguration().getApiKey()).as("no shared key needed").isNull();
    }
}
