package dev.aivoice.camel.reliability;

import java.io.IOException;
import java.net.ServerSocket;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.TestTls;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The duplicate-dial guard releases a lead's key when the failure proves nothing reached the provider (here: a
 * configuration error: a proxy that is not there, a trust store missing), so the same lead rings once the configuration
 * is fixed. Only a failure after which the call may be ringing keeps the key.
 */
class GuardAfterConfigurationErrorTest extends ProviderServerTestSupport {

    static final String OK = "{\"to_number\": \"+14155550199\", \"call_status\": \"registered\"}";
    static final String GUARDED = "aivoice:ringly:call?idempotencyKey=${header.leadId}&idempotentRepository=#keys";

    final IdempotentRepository keys = MemoryIdempotentRepository.memoryIdempotentRepository();

    @Override
    protected void configure(AiVoiceConfiguration defaults) {
        defaults.setApiKey("guard-config-key-5678");
        defaults.setFromNumber("+12025550143");
        defaults.setAgentId("agent_x");
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("keys", keys);
        context.getRegistry().bind("tls", TestTls.trustingParameters());
        return context;
    }

    private Exchange call(String uri, String leadId) {
        return template.request(uri, e -> {
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199");
            e.getMessage().setHeader("leadId", leadId);
        });
    }

    private void assertNotSentAndKeyReleased(Exchange failed, String leadId) {
        assertThat(failed.getException()).isInstanceOf(AiVoiceConnectionException.class)
                .hasMessageContaining("did not reach the provider")
                .hasMessageNotContaining("is kept");
        assertThat(keys.contains("ringly:call/create:" + leadId)).isFalse();
    }

    @Test
    void sameLeadRingsOnceTheMissingProxyIsFixed() throws IOException {
        server.answerAlways(Answer.json(200, OK));
        int nothingListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nothingListens = socket.getLocalPort();
        }

        assertNotSentAndKeyReleased(call(GUARDED + "&maxRetries=0&proxyHost=127.0.0.1&proxyPort=" + nothingListens, "lead-p"),
                "lead-p");
        Exchange fixed = call(GUARDED, "lead-p");

        assertThat(fixed.getException()).isNull();
        assertThat(server.requests()).hasSize(1);
        assertThat(keys.contains("ringly:call/create:lead-p")).isTrue();
    }

    @Test
    void sameLeadRingsOnceTheTrustStoreIsConfigured() throws Exception {
        try (TestTls https = new TestTls(OK)) {
            assertNotSentAndKeyReleased(call(GUARDED + "&maxRetries=0&baseUrl=" + https.baseUrl(), "lead-t"), "lead-t");
            Exchange fixed = call(GUARDED + "&sslContextParameters=#tls&baseUrl=" + https.baseUrl(), "lead-t");

            assertThat(fixed.getException()).isNull();
            assertThat(https.requests()).isEqualTo(1);
            assertThat(call(GUARDED + "&sslContextParameters=#tls&baseUrl=" + https.baseUrl(), "lead-t")
                    .getException()).isInstanceOf(dev.aivoice.camel.AiVoiceDuplicateCallException.class);
        }
    }
}
