package dev.aivoice.camel.test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import dev.aivoice.camel.AiVoiceComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.test.AvailablePortFinder;
import org.apache.camel.test.junit5.CamelTestSupport;

/**
 * Camel test with a real platform-http engine (Vert.x on 127.0.0.1, a free port), as a Camel Main application
 * has it, and a JDK HttpClient to deliver webhook requests to it the way a provider does.
 */
public abstract class WebhookTestSupport extends CamelTestSupport {

    protected static final String TOKEN = "whk-4f9c2a7e-secret";

    protected final int port = AvailablePortFinder.getNextAvailable();
    protected final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(server));
        AiVoiceComponent component = new AiVoiceComponent();
        configureComponent(component);
        context.addComponent("aivoice", component);
        return context;
    }

    /** Sets component-wide defaults; the webhook token by default. */
    protected void configureComponent(AiVoiceComponent component) {
        component.getConfiguration().setWebhookToken(TOKEN);
    }

    protected URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** POSTs JSON with {@code Authorization: Bearer <token>} (no Authorization header when token is null). */
    protected HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        return send(request(path, token).POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** POSTs without a Content-Length: chunked, as a streaming sender does. */
    protected HttpResponse<String> postChunked(String path, String token, byte[] body)
            throws IOException, InterruptedException {
        return send(request(path, token)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());
    }

    protected HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(url(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    protected HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
