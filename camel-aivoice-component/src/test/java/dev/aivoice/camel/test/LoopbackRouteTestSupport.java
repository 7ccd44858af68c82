package dev.aivoice.camel.test;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Routes against a real loopback server: one {@link RecordingHttpServer} per test class, emptied before each test,
 * and an {@code aivoice} component pointed at it, with the defaults the test class gives in
 * {@link #configure(AiVoiceConfiguration)}.
 */
public abstract class LoopbackRouteTestSupport extends CamelTestSupport {

    protected static RecordingHttpServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = new RecordingHttpServer();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void resetServer() {
        server.reset();
    }

    /** Sets the component-level defaults (API key, numbers, ...); baseUrl is the loopback server already. */
    protected abstract void configure(AiVoiceConfiguration defaults);

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AiVoiceComponent component = new AiVoiceComponent();
        component.getConfiguration().setBaseUrl(server.baseUrl());
        configure(component.getConfiguration());
        context.addComponent("aivoice", component);
        return context;
    }
}
