package dev.aivoice.quarkus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import dev.aivoice.sandbox.ProviderSandbox;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts the provider sandbox on loopback before the Quarkus app boots and points the app at it: the component's
 * Ringg base URL and key, the sandbox agent and pool, and the public URL of the app's webhook on its test port.
 */
public class SandboxResource implements QuarkusTestResourceLifecycleManager {

    static final String WEBHOOK_TOKEN = "quarkus-test-webhook-token";

    private ProviderSandbox sandbox;

    @Override
    public Map<String, String> start() {
        sandbox = ProviderSandbox.start();
        int port = freeLoopbackPort();
        return Map.of(
                "quarkus.http.test-host", "127.0.0.1",
                "quarkus.http.test-port", String.valueOf(port),
                "camel.component.aivoice.ringg-base-url", sandbox.ringgBaseUrl(),
                "camel.component.aivoice.ringg-api-key", ProviderSandbox.RINGG_API_KEY,
                "ringg.agent-id", ProviderSandbox.RINGG_AGENT_ID,
                "ringg.number-pool-id", ProviderSandbox.RINGG_NUMBER_POOL_ID,
                "ringg.webhook-token", WEBHOOK_TOKEN,
                "ringg.webhook-public-url", "http://127.0.0.1:" + port + "/ringg/events");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(sandbox, new TestInjector.MatchesType(ProviderSandbox.class));
    }

    @Override
    public void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
