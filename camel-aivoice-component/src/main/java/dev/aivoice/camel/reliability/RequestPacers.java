package dev.aivoice.camel.reliability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The component's pacers, one per provider account and rate: provider rate limits count per API key, and one account
 * is often used by several endpoints (other operations, other agents), which must share one budget.
 */
public final class RequestPacers {

    private final Map<String, RequestPacer> pacers = new ConcurrentHashMap<>();

    /** The pacer of this account and rate; the key is kept only as a hash. */
    public RequestPacer pacer(String provider, String baseUrl, String apiKey, double requestsPerSecond) {
        String account = provider + '|' + baseUrl + '|' + sha256(apiKey) + '|' + requestsPerSecond;
        return pacers.computeIfAbsent(account, any -> new RequestPacer(requestsPerSecond, System::nanoTime));
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
