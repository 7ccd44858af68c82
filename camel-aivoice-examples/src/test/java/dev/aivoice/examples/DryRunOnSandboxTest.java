package dev.aivoice.examples;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.dryrun.DryRunRequest;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.RecordedRequest;
import dev.aivoice.sandbox.junit.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code dryRun=true} against the sandbox: the dry run sends nothing, and the request it describes is the one a real
 * send of the same exchange puts on the wire, as the sandbox's request log shows it (method, path, query, every header
 * the component sets, body byte for byte); only the key is masked.
 */
class DryRunOnSandboxTest extends CamelTestSupport {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.addComponent("aivoice", new AiVoiceComponent());
        return context;
    }

    private Exchange send(String uri, String number) {
        return template.request(uri, e -> {
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, number);
            e.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Ada Lovelace");
            e.getMessage().setHeader(AiVoiceConstants.VARIABLES, Map.of("lead_id", "L-1001", "company", "Analytical"));
        });
    }

    private static void assertDescribes(DryRunRequest dry, RecordedRequest real, String secretHeader, String key) {
        URI url = URI.create(dry.url());
        assertThat(dry.method()).isEqualTo(real.method());
        assertThat(url.getPath()).isEqualTo(real.path());
        assertThat(url.getQuery()).isEqualTo(real.query());
        assertThat(dry.body()).isEqualTo(new String(real.body(), StandardCharsets.UTF_8));
        assertThat(dry.contentLength()).isEqualTo(real.body().length);
        dry.headers().forEach((name, value) -> assertThat(real.header(name)).as(name)
                .isEqualTo(name.equals(secretHeader) ? key : value));
        assertThat(dry.headers()).containsEntry(secretHeader, "***");
    }

    @Test
    void ringlyDryRunSendsNothingAndDescribesExactlyTheRequestARealSendMakes() {
        String uri = "aivoice:ringly:call?baseUrl=" + SANDBOX.sandbox().ringlyBaseUrl() + "&apiKey="
                     + ProviderSandbox.RINGLY_API_KEY + "&fromNumber=RAW(" + ProviderSandbox.RINGLY_FROM_NUMBER
                     + ")&agentId=" + ProviderSandbox.RINGLY_AGENT_TAG;

        Exchange dry = send(uri + "&dryRun=true", "+14155550199");
        assertThat(dry.getException()).isNull();
        assertThat(dry.getMessage().getHeader(AiVoiceConstants.DRY_RUN)).isEqualTo(true);
        assertThat(SANDBOX.sandbox().requests()).as("the dry run reached nobody").isEmpty();
        assertThat(SANDBOX.sandbox().calls()).isEmpty();

        Exchange real = send(uri, "+14155550199");
        assertThat(real.getException()).isNull();
        assertDescribes(dry.getMessage().getBody(DryRunRequest.class),
                SANDBOX.sandbox().requests("/make-outbound-call-v2").get(0), "Authorization",
                ProviderSandbox.RINGLY_API_KEY);
    }

    @Test
    void ringgDryRunSendsNothingAndDescribesExactlyTheRequestARealSendMakes() {
        String uri = "aivoice:ringg:call?baseUrl=" + SANDBOX.sandbox().ringgBaseUrl() + "&apiKey="
                     + ProviderSandbox.RINGG_API_KEY + "&agentId=" + ProviderSandbox.RINGG_AGENT_ID + "&numberPoolId="
                     + ProviderSandbox.RINGG_NUMBER_POOL_ID;

        Exchange dry = send(uri + "&dryRun=true", "+919800000001");
        assertThat(dry.getException()).isNull();
        assertThat(SANDBOX.sandbox().requests()).as("the dry run reached nobody").isEmpty();

        Exchange real = send(uri, "+919800000001");
        assertThat(real.getException()).isNull();
        assertThat(SANDBOX.sandbox().calls()).hasSize(1);
        assertDescribes(dry.getMessage().getBody(DryRunRequest.class),
                SANDBOX.sandbox().requests("/calling/v2/outbound/individual").get(0), "X-API-KEY",
                ProviderSandbox.RINGG_API_KEY);
    }
}
