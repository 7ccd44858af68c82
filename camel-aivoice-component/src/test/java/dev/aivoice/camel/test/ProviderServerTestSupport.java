package dev.aivoice.camel.test;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Camel test against a provider played by a {@link RecordingHttpServer} (one per test class, reset before each
 * test): the aivoice component's base URL points at it.
 */
public abstract class ProviderServerTestSupport extends CamelTestSupport {

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

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AiVoiceComponent component = new AiVoiceComponent();
        component.getConfiguration().setBaseUrl(server.baseUrl() + basePath());
        configure(component.getConfiguration());
        context.addComponent("aivoice", component);
        return context;
    }

    /** The provider's API path below the server, e.g. {@code /ca/api/v0}; none by default. */
    protected String basePath() {
        return "";
    }

    /** Component-wide options: the API key and whatever else the test needs. */
    protected abstract void configure(AiVoiceConfiguration configuration);
}
