package dev.aivoice.camel.keys;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ApiResponse;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rotation gate, step by step: answers are completed by hand, so every ordering is exact. */
class AccountKeyTest {

    final AccountKeys keys = new AccountKeys();
    final AccountKey account = keys.of("ringg", "https://ringg.example", "old");
    final List<String> sentWith = new CopyOnWriteArrayList<>();
    final List<CompletableFuture<ApiResponse>> answers = new CopyOnWriteArrayList<>();

    static ApiRequest request(String path) {
        return ApiRequest.builder("GET", URI.create("https://ringg.example" + path)).build();
    }

    CompletableFuture<ApiResponse> send(ApiRequest request) {
        return account.send(request, key -> {
            synchronized (this) {
                sentWith.add(request.uri().getPath() + "=" + key);
                CompletableFuture<ApiResponse> answer = new CompletableFuture<>();
                answers.add(answer);
                return answer;
            }
        });
    }

    static ApiResponse ok() {
        return new ApiResponse(200, new org.apache.hc.core5.http.Header[0], new byte[0]);
    }

    @Test
    void rotationWaitsForRequestsHoldingTheOldKeyAndHoldsBackNewOnesUntilItIsApplied() throws Exception {
        CompletableFuture<ApiResponse> inFlight = send(request("/a"));
        ApiRequest rotation = request("/workspace/api-key");
        CompletableFuture<String> newKey = new CompletableFuture<>();
        CompletableFuture<String> rotated = account.rotate(rotation, () -> send(rotation).thenCompose(answer -> newKey),
                true);
        CompletableFuture<ApiResponse> heldBack = send(request("/b"));

        assertThat(sentWith).containsExactly("/a=old");
        answers.get(0).complete(ok());
        assertThat(inFlight).isCompleted();
        assertThat(sentWith).containsExactly("/a=old", "/workspace/api-key=old");
        answers.get(1).complete(ok());
        newKey.complete("new");

        assertThat(rotated.get(5, TimeUnit.SECONDS)).isEqualTo("new");
        waitForSends(3);
        assertThat(sentWith).containsExactly("/a=old", "/workspace/api-key=old", "/b=new");
        assertThat(heldBack).isNotDone();
        assertThat(account.current()).isEqualTo("new");
        assertThat(account.secrets()).containsExactly("new", "old");
        assertThat(keys.of("ringg", "https://ringg.example", "old")).isSameAs(account);
        assertThat(keys.of("ringg", "https://ringg.example", "new")).isSameAs(account);
        assertThat(keys.of("ringg", "https://other.example", "old")).isNotSameAs(account);
    }

    @Test
    void aFailedOrUnappliedRotationKeepsTheKeyAndReleasesTheHeldBackRequests() throws Exception {
        ApiRequest rotation = request("/workspace/api-key");
        CompletableFuture<String> failed = account.rotate(rotation,
                () -> CompletableFuture.failedFuture(new IllegalStateException("401")), true);
        CompletableFuture<String> unapplied = account.rotate(rotation,
                () -> CompletableFuture.completedFuture("ignored"), false);
        send(request("/c"));

        assertThat(failed).isCompletedExceptionally();
        assertThat(unapplied.get(5, TimeUnit.SECONDS)).isEqualTo("ignored");
        waitForSends(1);
        assertThat(sentWith).containsExactly("/c=old");
        assertThat(account.current()).isEqualTo("old");
        assertThat(account.toString()).doesNotContain("old");
    }

    void waitForSends(int count) throws InterruptedException {
        for (int i = 0; i < 500 && sentWith.size() < count; i++) {
            Thread.sleep(10);
        }
    }
}
