package dev.aivoice.examples.readme;

import java.net.ServerSocket;
import java.util.List;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.junit.SandboxExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/**
 * The setup the README snippet tests share: the {@code aivoice} component pointed at the sandbox (what
 * {@code camel.component.aivoice.ringly-api-key} / {@code ringly-base-url}, or the Ringg ones, do in an application),
 * the sandbox's Ringg agent and pool as properties, a platform-http server on loopback, and a copy of the routes' log
 * lines.
 */
final class SnippetSandbox {

    private SnippetSandbox() {
    }

    /** A sandbox whose Ringly agent and number are the ones the README's Ringly snippets name. */
    static SandboxExtension ringlySnippetSandbox() {
        return SandboxExtension.with(sandbox -> sandbox.ringlyAgent("agent_7f3c9a").ringlyNumber("+12025550143"));
    }

    /** Adds {@code aivoice} with the sandbox's Ringly key and base URL. */
    static void addRinglyComponent(CamelContext context, ProviderSandbox sandbox) {
        AiVoiceComponent aivoice = new AiVoiceComponent();
        aivoice.setRinglyApiKey(ProviderSandbox.RINGLY_API_KEY);
        aivoice.setRinglyBaseUrl(sandbox.ringlyBaseUrl());
        context.addComponent("aivoice", aivoice);
    }

    /** Adds {@code aivoice} with the sandbox's Ringg key and base URL. */
    static void addRinggComponent(CamelContext context, ProviderSandbox sandbox) {
        AiVoiceComponent aivoice = new AiVoiceComponent();
        aivoice.setRinggApiKey(ProviderSandbox.RINGG_API_KEY);
        aivoice.setRinggBaseUrl(sandbox.ringgBaseUrl());
        context.addComponent("aivoice", aivoice);
    }

    /** Resolves {@code {{ringg.agent}}} and {@code {{ringg.pool}}} to the sandbox's agent and number pool. */
    static void addRinggAgentAndPool(CamelContext context) {
        context.getPropertiesComponent().addInitialProperty("ringg.agent", ProviderSandbox.RINGG_AGENT_ID);
        context.getPropertiesComponent().addInitialProperty("ringg.pool", ProviderSandbox.RINGG_NUMBER_POOL_ID);
    }

    /** Adds a Vert.x platform-http server (Camel Main's engine) on a free loopback port, and returns the port. */
    static int addPlatformHttpServer(CamelContext context) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        return port;
    }

    /**
     * Sends the routes' log lines to a logger this module's simplelogger.properties shows at INFO, and adds each to
     * {@code lines}.
     */
    static void captureRouteLog(CamelContext context, List<String> lines) {
        context.getGlobalOptions().put(Exchange.LOG_EIP_NAME, "readme-snippets");
        context.getCamelContextExtension().addLogListener((exchange, logger, message) -> {
            lines.add(message);
            return message;
        });
    }
}
