package dev.aivoice.examples.readme;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.ringg.model.RinggRotatedKey;
import dev.aivoice.camel.ringg.model.RinggWorkspace;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.junit.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's key rotation route, as written, on the sandbox (which refuses the old key at once). */
class RinggKeyRotationSnippetTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    /** Stands for the application's secret store (Vault, AWS Secrets Manager, a file, ...). */
    final Map<String, String> secretStore = new ConcurrentHashMap<>();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AiVoiceComponent aivoice = new AiVoiceComponent();
        aivoice.setRinggApiKey(ProviderSandbox.RINGG_API_KEY);
        aivoice.setRinggBaseUrl(SANDBOX.sandbox().ringgBaseUrl());
        context.addComponent("aivoice", aivoice);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:credits").to("aivoice:ringg:workspace");
                // snippet: ringg-rotate-key
                from("timer:rotateRinggKey?repeatCount=1")
                    .to("aivoice:ringg:workspace?operation=rotateKey&applyRotatedKey=true")   // body: RinggRotatedKey
                    .process(exchange -> secretStore.put("ringg.apiKey",                   // your secret store
                        exchange.getMessage().getBody(RinggRotatedKey.class).getNewApiKey()))
                    .log("Ringg key rotated: ${body}");                                    // logs newApiKey=***
                // end-snippet
            }
        };
    }

    @Test
    void theNewKeyIsStoredAndUsedAndTheOldOneIsDead() {
        NotifyBuilder rotated = new NotifyBuilder(context).from("timer:*").whenCompleted(1).create();
        assertThat(rotated.matches(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        String newKey = secretStore.get("ringg.apiKey");
        RinggWorkspace workspace = template.requestBody("direct:credits", null, RinggWorkspace.class);

        assertThat(newKey).isNotBlank().isNotEqualTo(ProviderSandbox.RINGG_API_KEY);
        assertThat(SANDBOX.sandbox().ringgApiKeys()).containsExactly(newKey);
        assertThat(workspace).isNotNull();
        assertThat(SANDBOX.sandbox().requests("/workspace")).singleElement()
                .satisfies(request -> assertThat(request.header("X-API-KEY")).isEqualTo(newKey));
    }
}
