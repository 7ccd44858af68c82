package dev.aivoice.camel.http;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.RawHttpServer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A provider that closes idle keep-alive connections (as real ones do) no longer fails calls: a pooled connection idle
 * for a while is checked before it is reused, and a closed one is replaced by a new connection instead of carrying a
 * call-placing POST into a dead socket (which used to end in "may have reached the provider").
 */
class IdleConnectionsTest extends CamelTestSupport {

    static final String OK = "{\"to_number\": \"+14155550199\", \"call_status\": \"registered\"}";
    static final int SERVER_IDLE_CLOSE_MILLIS = 100;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AiVoiceComponent component = new AiVoiceComponent();
        component.getConfiguration().setApiKey("idle-test-key-1234");
        component.getConfiguration().setFromNumber("+12025550143");
        component.getConfiguration().setAgentId("agent_x");
        context.addComponent("aivoice", component);
        return context;
    }

    @Test
    void callsAfterTheServerClosedIdleConnectionsStillSucceed() throws Exception {
        try (RawHttpServer closingIdle = new RawHttpServer(SERVER_IDLE_CLOSE_MILLIS, (head, out) -> RawHttpServer.json(out, OK))) {
            String uri = "aivoice:ringly:call?baseUrl=" + closingIdle.baseUrl();
            for (int i = 0; i < 5; i++) {
                Exchange result = template.request(uri,
                        e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199"));

                assertThat(result.getException()).as("call %d", i).isNull();
                assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
                // idle well past the server's limit: the connection the pool holds is closed on the server side
                Thread.sleep(SERVER_IDLE_CLOSE_MILLIS * 4);
            }

            assertThat(closingIdle.requests()).isEqualTo(5);
            assertThat(closingIdle.connections()).isEqualTo(5);
        }
    }

    @Test
    void callsInQuickSuccessionReuseOneConnection() throws Exception {
        try (RawHttpServer keepAlive = new RawHttpServer(0, (head, out) -> RawHttpServer.json(out, OK))) {
            String uri = "aivoice:ringly:call?baseUrl=" + keepAlive.baseUrl();
            for (int i = 0; i < 5; i++) {
                Exchange result = template.request(uri,
                        e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199"));
                assertThat(result.getException()).isNull();
            }

            assertThat(keepAlive.requests()).isEqualTo(5);
            assertThat(keepAlive.connections()).isEqualTo(1);
        }
    }
}
