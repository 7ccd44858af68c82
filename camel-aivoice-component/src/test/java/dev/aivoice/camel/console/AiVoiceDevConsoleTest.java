package dev.aivoice.camel.console;

import java.util.Map;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.RinggEvents;
import dev.aivoice.camel.test.WebhookTestSupport;
import dev.aivoice.sandbox.ProviderSandbox;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.console.DevConsole;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.util.json.JsonArray;
import org.apache.camel.util.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code aivoice} dev console, found by name as Camel finds consoles: recent requests with outcome and latency,
 * pacing, webhook answers and the backfill state per endpoint, and neither key nor token.
 */
class AiVoiceDevConsoleTest extends WebhookTestSupport {

    static final ProviderSandbox SANDBOX = ProviderSandbox.start();

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Override
    protected void configureComponent(AiVoiceComponent component) {
        super.configureComponent(component);
        component.getConfiguration().setApiKey(ProviderSandbox.RINGLY_API_KEY);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("aivoice:ringly:call?baseUrl=" + SANDBOX.ringlyBaseUrl() + "&agentId="
                                       + ProviderSandbox.RINGLY_AGENT_TAG + "&fromNumber=%2B12025550100"
                                       + "&maxRequestsPerSecond=2");
                from("aivoice:ringg:events?webhookPath=/ringg/events").to("mock:events");
            }
        };
    }

    @Test
    void consoleShowsRecentRequestsPacingAndWebhookCountersWithoutSecrets() throws Exception {
        for (String to : new String[] { "+14155550101", "+14155550102" }) {
            template.sendBodyAndHeader("direct:call", null, AiVoiceConstants.TO_NUMBER, to);
        }
        template.send("direct:call", exchange -> {
            exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550103");
            exchange.getMessage().setHeader(AiVoiceConstants.AGENT_ID, "agent_unknown");
        });
        post("/ringg/events", TOKEN, RinggEvents.CALL_COMPLETED);
        post("/ringg/events", "wrong", RinggEvents.CALL_COMPLETED);

        DevConsole console = PluginHelper.getDevConsoleResolver(context).resolveDevConsole("aivoice");
        assertThat(console).isNotNull();
        JsonObject json = (JsonObject) console.call(DevConsole.MediaType.JSON);
        JsonArray endpoints = (JsonArray) json.get("endpoints");
        JsonObject ringly = find(endpoints, "ringly");
        JsonArray recent = (JsonArray) ringly.get("recentRequests");
        assertThat(recent).hasSize(3);
        assertThat(recent.stream().map(row -> String.valueOf(((Map<?, ?>) row).get("outcome"))).toList())
                .containsExactly("success", "success", "AiVoiceNotFoundException");
        assertThat(recent).allSatisfy(row -> assertThat(((Map<?, ?>) row).get("millis")).isInstanceOf(Long.class));
        assertThat((Long) ringly.get("pacedRequests")).isBetween(1L, 2L);
        JsonObject ringg = find(endpoints, "ringg");
        JsonObject answers = (JsonObject) ringg.get("webhookAnswers");
        assertThat(answers.get("200")).isEqualTo(1L);
        assertThat(answers.get("401")).isEqualTo(1L);
        assertThat(ringg.get("backfillWatermark")).isEqualTo("off");

        String text = (String) console.call(DevConsole.MediaType.TEXT);
        assertThat(text).contains("aivoice://ringly:call", "AiVoiceNotFoundException", "webhookAnswers")
                .doesNotContain(ProviderSandbox.RINGLY_API_KEY, TOKEN, "+14155550101");
    }

    static JsonObject find(JsonArray endpoints, String provider) {
        return endpoints.stream().map(JsonObject.class::cast).filter(e -> provider.equals(e.get("provider")))
                .findFirst().orElseThrow();
    }
}
