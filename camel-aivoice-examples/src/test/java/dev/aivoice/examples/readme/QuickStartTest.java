package dev.aivoice.examples.readme;

import java.util.Map;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.sandbox.junit.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's Quick Start route, as written, on the sandbox: a lead Map in, a Ringly call placed. */
class QuickStartTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = SnippetSandbox.ringlySnippetSandbox();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        // what camel.component.aivoice.ringly-api-key / ringly-base-url do in an application
        SnippetSandbox.addRinglyComponent(context, SANDBOX.sandbox());
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet: quick-start
                from("direct:newLead")                    // body: a lead, e.g. Map.of("phone", "+14155550199", ...)
                    .setHeader(AiVoiceConstants.TO_NUMBER, simple("${body[phone]}"))
                    .setHeader(AiVoiceConstants.VARIABLES, simple("${body[variables]}"))
                    .setBody(constant(null))              // the request comes from the headers and the options
                    .to("aivoice:ringly:call?fromNumber=RAW(+12025550143)&agentId=agent_7f3c9a")
                    .log("Ringly call ${header.CamelAiVoiceCallStatus} for ${header.CamelAiVoiceToNumber}");
                // end-snippet
            }
        };
    }

    @Test
    void leadMapWithPhoneAndVariablesPlacesOneRinglyCall() {
        Exchange result = template.request("direct:newLead", e -> e.getMessage().setBody(Map.of(
                "phone", "+14155550199", "name", "Ada", "variables", Map.of("customer_name", "Ada"))));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
        assertThat(SANDBOX.sandbox().requests("/make-outbound-call-v2")).singleElement().satisfies(r -> {
            assertThat(r.json().get("to_number").asText()).isEqualTo("+14155550199");
            assertThat(r.json().get("from_number").asText()).isEqualTo("+12025550143");
            assertThat(r.json().get("agent_tag").asText()).isEqualTo("agent_7f3c9a");
            assertThat(r.json().get("dynamic_variables").get("customer_name").asText()).isEqualTo("Ada");
        });
    }
}
