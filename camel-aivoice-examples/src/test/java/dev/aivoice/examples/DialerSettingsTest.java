package dev.aivoice.examples;

import java.util.Map;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.CamelContextHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The environment decides sandbox or real provider, and a half-configured real provider is refused up front. */
class DialerSettingsTest {

    @Test
    void noKeysMeansTheSandboxWithTheRinggCampaign() {
        DialerSettings settings = DialerSettings.fromEnvironment(Map.of());

        assertThat(settings.sandbox()).isTrue();
        assertThat(settings.provider()).isEqualTo("ringg");
        assertThat(settings.dsl()).isEqualTo("java");
        assertThat(settings.output().toString()).isEqualTo("target/dialer-outcomes.csv");
    }

    @Test
    void aRinglyKeyAloneSelectsRealRinglyAndNamesWhatIsMissing() {
        assertThatThrownBy(() -> DialerSettings.fromEnvironment(Map.of("RINGLY_API_KEY", "live-key-1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DIALER_PROVIDER=ringly needs RINGLY_FROM_NUMBER, RINGLY_AGENT_TAG in the environment"
                            + " (or unset every *_API_KEY to use the sandbox)")
                .hasMessageNotContaining("live-key-1");
    }

    @Test
    void completeRinggConfigurationTalksToRinggAndKeepsTheKeyOutOfToString() {
        DialerSettings settings = DialerSettings.fromEnvironment(Map.of("RINGG_API_KEY", "live-key-2",
                "RINGG_AGENT_ID", "agent-9", "RINGG_NUMBER_POOL_ID", "pool-3",
                "RINGG_WEBHOOK_PUBLIC_URL", "https://dialer.example.com"));

        assertThat(settings.sandbox()).isFalse();
        assertThat(settings.provider()).isEqualTo("ringg");
        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.properties()).containsEntry("ringg.apiKey", "live-key-2")
                .containsEntry("ringg.publicUrl", "https://dialer.example.com")
                .containsEntry("ringg.baseUrl", "https://prod-api.ringg.ai/ca/api/v0");
        assertThat(settings.toString()).doesNotContain("live-key-2");
    }

    @Test
    void unknownProviderOrDslIsRefused() {
        assertThatThrownBy(() -> DialerSettings.fromEnvironment(Map.of("DIALER_PROVIDER", "twilio")))
                .hasMessageContaining("DIALER_PROVIDER must be ringly or ringg, was twilio");
        assertThatThrownBy(() -> DialerSettings.fromEnvironment(Map.of("DIALER_DSL", "xml")))
                .hasMessageContaining("DIALER_DSL must be java or yaml, was xml");
    }

    /**
     * Camel Main prints every property in its start-up summary at INFO, masking those whose names it knows as
     * sensitive: every property of the example that holds a secret must be one of them.
     */
    @Test
    void everySecretPropertyIsOneCamelMainMasksInItsStartupSummary() {
        Set<String> secrets = Set.of("live-key-1", "live-key-2", "webhook-secret-3");
        DialerSettings settings = DialerSettings.fromEnvironment(Map.of("RINGLY_API_KEY", "live-key-1",
                "RINGG_API_KEY", "live-key-2", "RINGG_WEBHOOK_TOKEN", "webhook-secret-3", "RINGG_AGENT_ID", "a",
                "RINGG_NUMBER_POOL_ID", "p", "RINGG_WEBHOOK_PUBLIC_URL", "https://dialer.example.com"));
        CamelContext context = new DefaultCamelContext();

        assertThat(settings.properties()).containsKeys(DialerSettings.SECRETS.toArray(String[]::new));
        settings.properties().forEach((name, value) -> {
            if (secrets.contains(value) || DialerSettings.SECRETS.contains(name)) {
                assertThat(CamelContextHelper.containsSensitive(context, name)).as(name).isTrue();
            }
        });
        // the token the example makes up when none is given is a secret too
        assertThat(DialerSettings.fromEnvironment(Map.of()).properties()).containsKey("ringg.webhook.token");
    }
}
