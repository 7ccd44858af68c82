package dev.aivoice.camel.http;

import java.util.Properties;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.LoopbackProxy;
import dev.aivoice.camel.test.TestTls;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's transport snippet, run as written: a trust store and an authenticating proxy, https through it. */
class TransportOptionsSnippetTest extends CamelTestSupport {

    static TestTls https;
    static LoopbackProxy proxy;

    @BeforeAll
    static void startProviderAndProxy() throws Exception {
        https = new TestTls("{\"to_number\": \"+14155550199\", \"call_status\": \"registered\"}");
        proxy = new LoopbackProxy("dialer", "pr0xy-s3cret-pass");
    }

    @AfterAll
    static void stopProviderAndProxy() throws Exception {
        proxy.close();
        https.close();
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        Properties properties = new Properties();
        properties.setProperty("provider.trust.password", "test-only-password");
        properties.setProperty("provider.url", https.baseUrl());
        properties.setProperty("proxy.port", String.valueOf(proxy.port()));
        properties.setProperty("proxy.password", "pr0xy-s3cret-pass");
        context.getPropertiesComponent().setInitialProperties(properties);
        AiVoiceComponent aivoice = new AiVoiceComponent();
        aivoice.getConfiguration().setApiKey("snippet-test-key-1234");
        aivoice.getConfiguration().setFromNumber("+12025550143");
        aivoice.getConfiguration().setAgentId("agent_x");
        context.addComponent("aivoice", aivoice);
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // snippet: transport-options
                KeyStoreParameters trustStore = new KeyStoreParameters();
                trustStore.setResource("classpath:tls/provider-trust.p12");
                trustStore.setPassword("{{provider.trust.password}}");
                TrustManagersParameters trust = new TrustManagersParameters();
                trust.setKeyStore(trustStore);
                SSLContextParameters tls = new SSLContextParameters();
                tls.setTrustManagers(trust);
                getContext().getRegistry().bind("providerTls", tls);

                from("direct:call")
                    .to("aivoice:ringly:call?baseUrl={{provider.url}}&sslContextParameters=#providerTls"
                        + "&proxyHost=127.0.0.1&proxyPort={{proxy.port}}"
                        + "&proxyAuthUsername=dialer&proxyAuthPassword=RAW({{proxy.password}})");
                // end-snippet
            }
        };
    }

    @Test
    void callGoesOverHttpsThroughTheProxyWithTheConfiguredTrustStore() {
        Exchange result = template.request("direct:call",
                e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
        assertThat(https.requests()).isEqualTo(1);
        assertThat(proxy.forwarded()).singleElement().asString().startsWith("CONNECT 127.0.0.1:");
    }
}
