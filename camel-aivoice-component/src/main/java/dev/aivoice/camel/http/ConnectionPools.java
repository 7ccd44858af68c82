package dev.aivoice.camel.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;

/**
 * The component's HTTP clients, one per provider account and {@link ClientSettings}, each with its own connection
 * pool of {@code maxConnections}: endpoints of one account share connections; the last endpoint to let go closes them.
 */
public final class ConnectionPools implements AutoCloseable {

    private final Map<ClientSettings, Shared> clients = new HashMap<>();

    private static final class Shared {
        final CloseableHttpClient client;
        int users;

        Shared(CloseableHttpClient client) {
            this.client = client;
        }
    }

    /** The account a client belongs to: provider, base URL and the API key, kept only as a hash. */
    public static String account(String provider, String baseUrl, String apiKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(apiKey)
                    .getBytes(StandardCharsets.UTF_8));
            return provider + '|' + baseUrl + '|' + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public synchronized CloseableHttpClient acquire(ClientSettings settings) {
        Shared shared = clients.computeIfAbsent(settings, any -> new Shared(HttpClientFactory.build(settings)));
        shared.users++;
        return shared.client;
    }

    public synchronized void release(ClientSettings settings) {
        Shared shared = clients.get(settings);
        if (shared != null && --shared.users == 0) {
            clients.remove(settings);
            shared.client.close(CloseMode.GRACEFUL);
        }
    }

    @Override
    public synchronized void close() {
        clients.values().forEach(shared -> shared.client.close(CloseMode.IMMEDIATE));
        clients.clear();
    }
}
