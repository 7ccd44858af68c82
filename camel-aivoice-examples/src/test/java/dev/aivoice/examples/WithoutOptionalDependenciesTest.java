package dev.aivoice.examples;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.sandbox.ProviderSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * This application has neither Micrometer nor camel-health (the component declares the first optional and does not
 * need the second): calls still go out, and the component registers and records nothing.
 */
class WithoutOptionalDependenciesTest {

    @Test
    void callsWorkWithoutMicrometerAndWithoutCamelHealth() throws Exception {
        assertThatThrownBy(() -> Class.forName("io.micrometer.core.instrument.MeterRegistry"))
                .isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.apache.camel.impl.health.DefaultHealthCheckRegistry"))
                .isInstanceOf(ClassNotFoundException.class);
        try (ProviderSandbox sandbox = ProviderSandbox.start(); CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:call").to("aivoice:ringly:call?apiKey=" + ProviderSandbox.RINGLY_API_KEY + "&baseUrl="
                                           + sandbox.ringlyBaseUrl() + "&agentId=" + ProviderSandbox.RINGLY_AGENT_TAG
                                           + "&fromNumber=%2B12025550100&maxRequestsPerSecond=5&maxRetries=1");
                }
            });
            camel.start();
            Exchange placed = camel.createProducerTemplate().send("direct:call",
                    exchange -> exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550101"));

            assertThat(placed.getException()).isNull();
            assertThat(sandbox.calls()).hasSize(1);
            assertThat(HealthCheckRegistry.get(camel)).isNull();
        }
    }
}
