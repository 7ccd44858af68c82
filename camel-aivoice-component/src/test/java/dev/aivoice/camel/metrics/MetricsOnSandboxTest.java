package dev.aivoice.camel.metrics;

import java.net.http.HttpResponse;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.RinggEvents;
import dev.aivoice.camel.test.WebhookTestSupport;
import dev.aivoice.sandbox.Fault;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.RinglyError;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scripted run against the sandbox with a {@link SimpleMeterRegistry} in the Camel registry: 4 Ringly calls (the
 * first answered 429 once, then retried), one Ringly call refused for an unknown agent, one refused before sending
 * (not E.164), and webhook deliveries (two
 * events, one of them twice, and one with a wrong token). Every meter has the exact count the run implies.
 */
class MetricsOnSandboxTest extends WebhookTestSupport {

    static final ProviderSandbox SANDBOX = ProviderSandbox.start();
    static final int CALLS = 4;

    final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("meters", meters);
        return context;
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
                                       + "&maxRetries=1&retryDelay=10&maxRequestsPerSecond=4");
                from("aivoice:ringg:events?webhookPath=/ringg/events").to("mock:events");
            }
        };
    }

    @Test
    void scriptedRunCountsEveryRequestRetryCallAndDelivery() throws Exception {
        SANDBOX.failNext(1, "/make-outbound-call-v2", Fault.ringly(RinglyError.RATE_LIMITED));
        for (int i = 0; i < CALLS; i++) {
            template.sendBodyAndHeader("direct:call", null, AiVoiceConstants.TO_NUMBER, "+1415555010" + i);
        }
        Exception refused = template.send("direct:call", exchange -> {
            exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199");
            exchange.getMessage().setHeader(AiVoiceConstants.AGENT_ID, "agent_unknown");
        }).getException();
        assertThat(refused).isNotNull();
        Exception invalid = template.send("direct:call", exchange -> exchange.getMessage()
                .setHeader(AiVoiceConstants.TO_NUMBER, "415-555-0199")).getException();
        assertThat(invalid).isInstanceOf(dev.aivoice.camel.AiVoiceValidationException.class);

        assertThat(post("/ringg/events", TOKEN, RinggEvents.CALL_COMPLETED).statusCode()).isEqualTo(200);
        assertThat(post("/ringg/events", TOKEN, RinggEvents.CALL_COMPLETED).statusCode()).isEqualTo(200);
        assertThat(post("/ringg/events", TOKEN, RinggEvents.RECORDING_COMPLETED).statusCode()).isEqualTo(200);
        HttpResponse<String> wrongToken = post("/ringg/events", "not-the-token", RinggEvents.CALL_COMPLETED);
        assertThat(wrongToken.statusCode()).isEqualTo(401);

        assertThat(SANDBOX.calls()).hasSize(CALLS);
        Timer succeeded = meters.get("aivoice.requests").tags("provider", "ringly", "api", "call", "operation",
                "create", "outcome", "success").timer();
        assertThat(succeeded.count()).isEqualTo(CALLS);
        assertThat(meters.get("aivoice.requests").tag("outcome", "AiVoiceNotFoundException").timer().count())
                .isEqualTo(1);
        assertThat(meters.get("aivoice.requests").tag("outcome", "AiVoiceValidationException").timer().count())
                .isEqualTo(1);
        assertThat(meters.get("aivoice.requests").timers()).hasSize(3);
        assertThat(counter("aivoice.calls.placed").count()).isEqualTo(CALLS);
        assertThat(meters.get("aivoice.calls.placed").tag("provider", "ringly").counter().count()).isEqualTo(CALLS);
        assertThat(counter("aivoice.retries").count()).isEqualTo(1);
        assertThat(meters.get("aivoice.webhook.deliveries").tags("event_type", "call_completed", "answer", "200")
                .counter().count()).isEqualTo(2);
        assertThat(meters.get("aivoice.webhook.deliveries").tags("event_type", "recording_completed", "answer", "200")
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("aivoice.webhook.deliveries").tags("provider", "ringg", "answer", "401")
                .counter().count()).isEqualTo(1);
        assertThat(counter("aivoice.webhook.duplicates").count()).isEqualTo(1);
        assertThat(getMockEndpoint("mock:events").getReceivedCounter()).isEqualTo(2);
        // 4 per second: the 6 requests (5 exchanges, one retry) cannot all start at once
        Timer paced = meters.get("aivoice.pacing.delay").timer();
        assertThat(paced.count()).isBetween(1L, 5L);
        assertThat(meters.find("aivoice.backfill.events").meters()).isEmpty();
        for (Meter meter : meters.getMeters()) {
            assertThat(meter.getId().getTags().toString()).doesNotContain(ProviderSandbox.RINGLY_API_KEY, TOKEN);
        }
    }

    Counter counter(String name) {
        return meters.get(name).counter();
    }

}
