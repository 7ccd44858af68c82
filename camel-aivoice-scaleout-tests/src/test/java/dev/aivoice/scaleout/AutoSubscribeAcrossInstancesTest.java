package dev.aivoice.scaleout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.aivoice.sandbox.EventSubscription;
import dev.aivoice.sandbox.ProviderSandbox;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Instances behind one load balancer start at the same time, each with autoSubscribe on the same agent and the same
 * publicUrl (the load balancer's): the agent ends up with one subscription for it, and the others are kept.
 */
class AutoSubscribeAcrossInstancesTest {

    static final String PUBLIC_URL = "https://dialer.example.com/ringg/events";
    static final String OTHER_URL = "https://crm.example.com/hooks";

    @Test
    void instancesStartingTogetherLeaveOneSubscriptionForTheirSharedUrl() throws Exception {
        try (ProviderSandbox sandbox = ProviderSandbox.start()) {
            String agent = ProviderSandbox.RINGG_AGENT_ID;
            // another application's subscription on the same agent
            start(sandbox, "other", OTHER_URL).close();
            for (int round = 0; round < 3; round++) {
                List<CompletableFuture<Instance>> starting = new ArrayList<>();
                for (String name : List.of("a", "b", "c")) {
                    starting.add(CompletableFuture.supplyAsync(() -> start(sandbox, name, PUBLIC_URL)));
                }
                List<Instance> instances = new ArrayList<>();
                for (CompletableFuture<Instance> instance : starting) {
                    instances.add(instance.get(60, TimeUnit.SECONDS));
                }
                instances.forEach(Instance::close);

                List<EventSubscription> subscriptions = sandbox.subscriptions(agent);
                assertThat(subscriptions).filteredOn(s -> PUBLIC_URL.equals(s.callbackUrl())).hasSize(1);
                assertThat(subscriptions).extracting(EventSubscription::callbackUrl)
                        .containsExactlyInAnyOrder(OTHER_URL, PUBLIC_URL);
            }
        }
    }

    private static Instance start(ProviderSandbox sandbox, String name, String publicUrl) {
        try {
            return Instance.start(name, defaults -> {
                defaults.setApiKey(ProviderSandbox.RINGG_API_KEY);
                defaults.setBaseUrl(sandbox.ringgBaseUrl());
            }, registry -> { }, new RouteBuilder() {
                @Override
                public void configure() {
                    from("aivoice:ringg:events?webhookPath=" + WebhookDelivery.PATH + "&autoSubscribe=true&agentId="
                         + ProviderSandbox.RINGG_AGENT_ID + "&publicUrl=" + publicUrl).to("direct:crm");
                    from("direct:crm").setBody(constant("routed"));
                }
            });
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
