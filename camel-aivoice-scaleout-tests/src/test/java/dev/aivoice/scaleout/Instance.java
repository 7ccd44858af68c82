package dev.aivoice.scaleout;

import java.net.URI;
import java.util.function.Consumer;

import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.AiVoiceConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.Registry;

/**
 * One instance of the application: its own Camel context with its own platform-http server (Vert.x, as in Camel
 * Main) on its own loopback port, and its own aivoice component. Several of them share only the database.
 */
final class Instance implements AutoCloseable {

    static final String WEBHOOK_TOKEN = "whk-scaleout-7d1e4b";

    final String name;
    final int port;
    final CamelContext context = new DefaultCamelContext();
    final ProducerTemplate template;

    private Instance(String name, Consumer<AiVoiceConfiguration> defaults, Consumer<Registry> beans,
                     RoutesBuilder routes) throws Exception {
        this.name = name;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        context.getCamelContextExtension().setName(name);
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        AiVoiceComponent component = new AiVoiceComponent();
        component.getConfiguration().setWebhookToken(WEBHOOK_TOKEN);
        defaults.accept(component.getConfiguration());
        context.addComponent("aivoice", component);
        beans.accept(context.getRegistry());
        context.addRoutes(routes);
        context.start();
        template = context.createProducerTemplate();
    }

    static Instance start(String name, Consumer<Registry> beans, RoutesBuilder routes) throws Exception {
        return new Instance(name, defaults -> { }, beans, routes);
    }

    /** @param defaults the aivoice component's options (keys belong there, not in URIs) */
    static Instance start(String name, Consumer<AiVoiceConfiguration> defaults, Consumer<Registry> beans,
                          RoutesBuilder routes) throws Exception {
        return new Instance(name, defaults, beans, routes);
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() {
        context.stop();
    }
}
