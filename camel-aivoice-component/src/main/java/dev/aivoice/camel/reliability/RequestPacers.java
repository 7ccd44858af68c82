package dev.aivoice.camel.reliability;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import dev.aivoice.camel.pacer.Pacer;
import dev.aivoice.camel.pacer.SendBudget;

/**
 * The component's own {@link Pacer}, in memory: per provider account and rate, one {@link RequestPacer} for the slots
 * and one {@link SendWindow} of the real send instants, both from the rate's {@link SendBudget} with the default
 * arrival margin. Provider rate limits count per API key, and one account is often used by several endpoints (other
 * operations, other agents), which must share one budget.
 */
public final class RequestPacers implements Pacer {

    /** One account's budget at one rate. */
    private record Budget(RequestPacer slots, SendWindow sends) {
    }

    private final Map<String, Budget> budgets = new ConcurrentHashMap<>();

    /** The slots of this account and rate. */
    public RequestPacer pacer(String account, double requestsPerSecond) {
        return budget(account, requestsPerSecond).slots();
    }

    private Budget budget(String account, double requestsPerSecond) {
        return budgets.computeIfAbsent(account + '|' + requestsPerSecond, any -> {
            SendBudget budget = SendBudget.of(requestsPerSecond, SendBudget.DEFAULT_ARRIVAL_MARGIN);
            return new Budget(RequestPacer.spacedBy(budget.slotIntervalNanos(), System::nanoTime),
                    new SendWindow(budget, System::nanoTime));
        });
    }

    @Override
    public CompletableFuture<Duration> reserve(String account, double requestsPerSecond) {
        return CompletableFuture.completedFuture(Duration.ofNanos(pacer(account, requestsPerSecond).reserve()));
    }

    @Override
    public CompletableFuture<Instant> admit(String account, double requestsPerSecond) {
        return CompletableFuture.completedFuture(budget(account, requestsPerSecond).sends().admit() ? Instant.now() : null);
    }

    @Override
    public void answeredLate(String account, double requestsPerSecond, Duration slowerBy) {
        budget(account, requestsPerSecond).sends().widen(slowerBy.toNanos() - SendBudget.DEFAULT_ARRIVAL_MARGIN.toNanos());
    }

    /**
     * The account of a provider, base URL and API key, as pacers see it: the provider and a SHA-256 of the rest, so
     * the key is kept only as a hash (also in a shared pacer's table).
     */
    public static String account(String provider, String baseUrl, String apiKey) {
        return provider + ':' + sha256(baseUrl + '\n' + apiKey);
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
