package dev.aivoice.camel.http;

import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.LoopbackProxy;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.TestTls;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Enterprise networks: calls through an authenticating HTTP proxy (forwarded for http, tunnelled with CONNECT for
 * https), and an https provider whose certificate only a configured trust store accepts ({@code sslContextParameters},
 * or the CamelContext's global one with {@code useGlobalSslContextParameters}).
 */
class ProxyAndTlsTest extends ProviderServerTestSupport {

    static final String OK = "{\"to_number\": \"+14155550199\", \"call_status\": \"registered\"}";
    static final String PROXY_PASSWORD = "pr0xy-s3cret-pass";

    @Override
    protected void configure(AiVoiceConfiguration defaults) {
        defaults.setApiKey("proxy-test-key-5678");
        defaults.setFromNumber("+12025550143");
        defaults.setAgentId("agent_x");
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        context.getRegistry().bind("tls", TestTls.trustingParameters());
        return context;
    }

    private Exchange call(String uri) {
        return template.request(uri, e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199"));
    }

    private static String proxyOptions(LoopbackProxy proxy) {
        return "proxyHost=127.0.0.1&proxyPort=" + proxy.port() + "&proxyAuthUsername=dialer&proxyAuthPassword=RAW("
               + PROXY_PASSWORD + ")";
    }

    @Test
    void callGoesThroughAnAuthenticatingForwardingProxy() throws Exception {
        server.answerAlways(Answer.json(200, OK));
        try (LoopbackProxy proxy = new LoopbackProxy("dialer", PROXY_PASSWORD)) {
            Exchange result = call("aivoice:ringly:call?" + proxyOptions(proxy));

            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
            assertThat(proxy.forwarded()).containsExactly(
                    "POST " + server.baseUrl() + "/make-outbound-call-v2 HTTP/1.1");
            assertThat(server.onlyRequest().header("Proxy-Authorization")).isNull();
        }
    }

    @Test
    void httpsProviderWithAnUnknownCertificateIsRefusedBeforeAnythingIsSent() throws Exception {
        try (TestTls https = new TestTls(OK)) {
            Exchange result = call("aivoice:ringly:call?baseUrl=" + https.baseUrl());

            assertThat(result.getException()).isInstanceOf(AiVoiceConnectionException.class)
                    .hasMessageContaining("did not reach the provider");
            assertThat(https.requests()).isZero();
        }
    }

    @Test
    void sslContextParametersTrustTheProvidersCertificate() throws Exception {
        try (TestTls https = new TestTls(OK)) {
            Exchange result = call("aivoice:ringly:call?sslContextParameters=#tls&baseUrl=" + https.baseUrl());

            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
            assertThat(https.requests()).isEqualTo(1);
        }
    }

    @Test
    void globalSslContextParametersAreUsedWhenAsked() throws Exception {
        context.setSSLContextParameters(TestTls.trustingParameters());
        try (TestTls https = new TestTls(OK)) {
            Exchange result = call("aivoice:ringly:call?useGlobalSslContextParameters=true&baseUrl=" + https.baseUrl());

            assertThat(result.getException()).isNull();
            assertThat(https.requests()).isEqualTo(1);
        }
    }

    @Test
    void httpsGoesThroughTheProxyAsATunnel() throws Exception {
        try (TestTls https = new TestTls(OK); LoopbackProxy proxy = new LoopbackProxy("dialer", PROXY_PASSWORD)) {
            Exchange result = call("aivoice:ringly:call?sslContextParameters=#tls&baseUrl=" + https.baseUrl() + "&"
                                   + proxyOptions(proxy));

            assertThat(result.getException()).isNull();
            assertThat(https.requests()).isEqualTo(1);
            assertThat(proxy.forwarded()).containsExactly(
                    "CONNECT " + https.baseUrl().substring("https://".length()) + " HTTP/1.1");
        }
    }

    @Test
    void wrongProxyPasswordFailsWithoutNamingIt() throws Exception {
        server.answerAlways(Answer.json(200, OK));
        try (LoopbackProxy proxy = new LoopbackProxy("dialer", "another-password")) {
            Exchange result = call("aivoice:ringly:call?" + proxyOptions(proxy));

            assertThat(result.getException()).isNotNull();
            assertThat(result.getException().toString()).doesNotContain(PROXY_PASSWORD);
            assertThat(server.requests()).isEmpty();
        }
    }
}
