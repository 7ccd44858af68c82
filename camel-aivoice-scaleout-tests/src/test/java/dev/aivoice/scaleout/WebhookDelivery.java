package dev.aivoice.scaleout;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/** Delivers webhook events the way Ringg does: POST with the bearer token, delivered again after a non-200. */
final class WebhookDelivery {

    static final String PATH = "/ringg/events";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    static String callCompleted(String callId, int attempt) {
        return "{\"event_type\": \"call_completed\", \"call_id\": \"" + callId + "\", \"status\": \"completed\","
               + " \"retry_count\": " + attempt + ", \"call_duration\": 42.5}";
    }

    HttpResponse<String> post(Instance instance, String body) throws Exception {
        return post(instance.url(PATH), body);
    }

    HttpResponse<String> post(java.net.URI url, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + Instance.WEBHOOK_TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** To a random instance, again (to a random instance) after each non-200, as a provider retries: the last answer. */
    HttpResponse<String> deliverUntilAccepted(List<Instance> instances, String body, int maxAttempts) throws Exception {
        HttpResponse<String> answer = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            answer = post(instances.get(ThreadLocalRandom.current().nextInt(instances.size())), body);
            if (answer.statusCode() == 200) {
                return answer;
            }
            Thread.sleep(20);
        }
        return answer;
    }
}
