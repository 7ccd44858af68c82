package dev.aivoice.camel.health;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.RinggEvents;
import dev.aivoice.camel.test.WebhookTestSupport;
import dev.aivoice.sandbox.ProviderSandbox;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel's health checks (camel-health on the class path, as an application adds it) against the sandbox: the Ringg
 * key check UP with the right key and DOWN with a wrong one (the sandbox answers 401), at most one key check a
 * minute, Ringly DOWN after an authentication error with the provider's message, the webhook check DOWN after
 * repeated 401 deliveries; no detail or message carries a key or the token.
 */
class HealthChecksOnSandboxTest extends WebhookTestSupport {

    static final ProviderSandbox SANDBOX = ProviderSandbox.start();
    static final String WRONG_RINGG_KEY = "Hc42-wrong-key-for-ringg";
    static final String WRONG_RINGLY_KEY = "Pz17-wrong-key-for-ringly";

    @AfterAll
    static void stopSandbox() {
        SANDBOX.close();
    }

    @Override
    protected void configureComponent(AiVoiceComponent component) {
        super.configureComponent(component);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ringg").to("aivoice:ringg:workspace?apiKey=#property:ringg.key&baseUrl="
                                        + SANDBOX.ringgBaseUrl());
                from("direct:ringgWrong").to("aivoice:ringg:workspace?apiKey=#property:ringg.wrong&baseUrl="
                                             + SANDBOX.ringgBaseUrl().replace("127.0.0.1", "localhost"));
                from("direct:ringly").to("aivoice:ringly:call?apiKey=#property:ringly.wrong&agentId="
                                         + ProviderSandbox.RINGLY_AGENT_TAG + "&fromNumber=%2B12025550100&baseUrl="
                                         + SANDBOX.ringlyBaseUrl());
                from("aivoice:ringg:events?webhookPath=/ringg/events").to("mock:events");
            }
        };
    }

    @Override
    protected java.util.Properties useOverridePropertiesWithPropertiesComponent() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("ringg.key", ProviderSandbox.RINGG_API_KEY);
        properties.setProperty("ringg.wrong", WRONG_RINGG_KEY);
        properties.setProperty("ringly.wrong", WRONG_RINGLY_KEY);
        return properties;
    }

    Map<String, HealthCheck.Result> aivoiceResults() {
        Collection<HealthCheck.Result> results = HealthCheckHelper.invoke(context);
        Map<String, HealthCheck.Result> aivoice = new java.util.TreeMap<>();
        results.stream().filter(r -> r.getCheck().getId().contains("aivoice"))
                .forEach(r -> aivoice.put(r.getCheck().getId(), r));
        return aivoice;
    }

    @Test
    void ringgKeyCheckIsUpWithTheRightKeyDownWithAWrongOneAndAtMostOncePerMinute() {
        Map<String, HealthCheck.Result> results = aivoiceResults();

        HealthCheck.Result right = results.get("producer:aivoice-ringg-127.0.0.1");
        HealthCheck.Result wrong = results.get("producer:aivoice-ringg-localhost");
        assertThat(right.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(wrong.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(wrong.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("401"));
        assertThat(right.getCheck().getId()).contains("aivoice");
        aivoiceResults();
        aivoiceResults();
        assertThat(SANDBOX.requests("/workspace")).as("key checks cached for a minute").hasSize(2);
        assertNoSecret(results);
    }

    @Test
    void ringlyCheckIsDownAfterAnAuthenticationErrorWithTheProvidersMessage() {
        HealthCheck.Result before = aivoiceResults().get("producer:aivoice-ringly-127.0.0.1");
        assertThat(before.getState()).isEqualTo(HealthCheck.State.UP);

        template.send("direct:ringly", exchange -> exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER,
                "+14155550199"));

        Map<String, HealthCheck.Result> results = aivoiceResults();
        HealthCheck.Result after = results.get("producer:aivoice-ringly-127.0.0.1");
        assertThat(after.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(after.getMessage()).hasValueSatisfying(
                message -> assertThat(message).contains("API key is missing or invalid"));
        assertThat(after.getDetails()).containsEntry("last.outcome", "AiVoiceAuthenticationException");
        assertNoSecret(results);
    }

    @Test
    void webhookCheckIsDownAfterRepeated401DeliveriesAndUpAgainAfterAGoodOne() throws Exception {
        String id = "aivoice-webhook-ringg:/ringg/events";
        assertThat(aivoiceResults().get(id).getState()).isEqualTo(HealthCheck.State.UP);
        for (int i = 0; i < WebhookHealthCheck.UNAUTHORIZED_LIMIT - 1; i++) {
            assertThat(post("/ringg/events", "stale-token", RinggEvents.CALL_COMPLETED).statusCode()).isEqualTo(401);
        }
        assertThat(aivoiceResults().get(id).getState()).isEqualTo(HealthCheck.State.UP);
        post("/ringg/events", "stale-token", RinggEvents.CALL_COMPLETED);

        HealthCheck.Result down = aivoiceResults().get(id);
        assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(down.getMessage()).hasValueSatisfying(message -> assertThat(message).contains("401"));
        assertThat(down.getDetails()).containsEntry("answers.401", 5L).containsEntry("listening", true);

        assertThat(post("/ringg/events", TOKEN, RinggEvents.CALL_COMPLETED).statusCode()).isEqualTo(200);
        HealthCheck.Result up = aivoiceResults().get(id);
        assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(up.getDetails()).containsEntry("answers.200", 1L).containsKey("last.delivery");
        assertNoSecret(Map.of(id, up));
    }

    @Test
    void webhookCheckLeavesWithTheStoppedConsumerAndComesBackWithIt() throws Exception {
        String id = "aivoice-webhook-ringg:/ringg/events";
        String route = context.getRoutes().stream().filter(r -> r.getEndpoint().getEndpointUri().contains("events"))
                .findFirst().orElseThrow().getRouteId();
        context.getRouteController().stopRoute(route);

        // no stale UP: Camel's own route and consumer checks report the stopped route
        assertThat(aivoiceResults()).doesNotContainKey(id);

        context.getRouteController().startRoute(route);
        assertThat(aivoiceResults().get(id).getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(aivoiceResults().get(id).getDetails()).containsEntry("listening", true);
    }

    @Test
    void producerChecksLiveInCamelsProducersRepository() {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        HealthCheckRepository producers = registry.getRepository("producers").orElseThrow();
        List<String> ids = producers.stream().map(HealthCheck::getId).toList();
        assertThat(ids).contains("producer:aivoice-ringg-127.0.0.1", "producer:aivoice-ringg-localhost",
                "producer:aivoice-ringly-127.0.0.1");
        // readiness only: a wrong key must not make Kubernetes restart the application
        assertThat(HealthCheckHelper.invokeReadiness(context)).anyMatch(r -> r.getCheck().getId().contains("aivoice"));
        assertThat(HealthCheckHelper.invokeLiveness(context)).noneMatch(r -> r.getCheck().getId().contains("aivoice"));
    }

    static void assertNoSecret(Map<String, HealthCheck.Result> results) {
        for (HealthCheck.Result result : results.values()) {
            String text = result.getDetails() + " " + result.getMessage().orElse("");
            assertThat(text).doesNotContain(ProviderSandbox.RINGG_API_KEY, WRONG_RINGG_KEY, WRONG_RINGLY_KEY,
                    ProviderSandbox.RINGLY_API_KEY, TOKEN);
        }
    }

    /** What {@code camel.health.producersEnabled=true} does in Camel Main (producer checks are opt-in in Camel). */
    @org.junit.jupiter.api.BeforeEach
    void enableProducerChecksAndShowEveryResult() {
        HealthCheckRegistry.get(context).getRepository("producers").orElseThrow().setEnabled(true);
        HealthCheckRegistry.get(context).setExposureLevel("full");
        SANDBOX.clearRequests();
    }

    @Test
    void producerChecksFollowCamelsProducersSwitch() {
        HealthCheckRepository producers = HealthCheckRegistry.get(context).getRepository("producers").orElseThrow();
        producers.setEnabled(false);
        assertThat(aivoiceResults()).containsOnlyKeys("aivoice-webhook-ringg:/ringg/events");
    }
}
