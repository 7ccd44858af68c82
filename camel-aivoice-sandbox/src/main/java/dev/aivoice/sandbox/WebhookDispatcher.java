package dev.aivoice.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Delivers events to receivers as Ringg does: the subscribed method and headers, exactly 200 counts as delivered,
 * anything else (another status, refused, timeout) is retried after each of the retry delays (Ringg: 10 s, 1 min,
 * 2 min, counted from the previous attempt), then dropped. Retries wait on the sandbox clock.
 */
final class WebhookDispatcher {

    /** Where and how one event goes. */
    record Target(String url, String method, Map<String, String> headers) {
    }

    private final SandboxClock clock;
    private final List<Duration> retryDelays;
    private final Duration timeout;
    private final HttpClient client;
    private final List<WebhookDelivery> deliveries = new CopyOnWriteArrayList<>();
    /** Delivery attempts still to fail as if the receiver were down (a webhook outage). */
    private final java.util.concurrent.atomic.AtomicInteger outage = new java.util.concurrent.atomic.AtomicInteger();

    WebhookDispatcher(SandboxClock clock, List<Duration> retryDelays, Duration timeout) {
        this.clock = clock;
        this.retryDelays = List.copyOf(retryDelays);
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
    }

    /** First attempt now, on the calling (clock) thread. */
    void deliver(Target target, String eventType, String callId, byte[] body) {
        attempt(target, eventType, callId, body, 1);
    }

    List<WebhookDelivery> deliveries() {
        return new ArrayList<>(deliveries);
    }

    void clear() {
        deliveries.clear();
        outage.set(0);
    }

    /** The next {@code count} attempts fail without reaching the receiver, and are retried as any failure. */
    void failNext(int count) {
        outage.set(count);
    }

    private void attempt(Target target, String eventType, String callId, byte[] body, int attempt) {
        int status = -1;
        String error;
        if (outage.getAndUpdate(left -> left > 0 ? left - 1 : 0) > 0) {
            error = "fault injected: receiver unreachable";
        } else {
            Object answer = send(target, body);
            status = answer instanceof Integer code ? code : -1;
            error = answer instanceof String failure ? failure : null;
        }
        deliveries.add(new WebhookDelivery(target.url(), target.method(), eventType, callId, attempt, target.headers(),
                new String(body, StandardCharsets.UTF_8), status, error, clock.now()));
        if (status != 200 && attempt <= retryDelays.size()) {
            clock.schedule(retryDelays.get(attempt - 1), () -> attempt(target, eventType, callId, body, attempt + 1));
        }
    }

    /** The receiver's status code, or why no answer came. */
    private Object send(Target target, byte[] body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target.url())).timeout(timeout)
                    .method(target.method(), HttpRequest.BodyPublishers.ofByteArray(body));
            target.headers().forEach(request::header);
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException | IllegalArgumentException e) {
            return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
