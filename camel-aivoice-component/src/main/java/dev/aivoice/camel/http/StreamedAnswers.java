package dev.aivoice.camel.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Issue 14: sends a request whose successful answer is handed back unread ({@link ApiRequest#streamAnswer()}): the
 * 2xx body stays a stream on the connection (never buffered whole), any other answer is read whole, so that the
 * error mapping reads it as usual. Used by {@link HttpTransport} for the Ringg call export; on another HTTP client
 * the rule is the same: 2xx -> {@code new ApiResponse(status, headers, new byte[0], entityStream)}.
 */
final class StreamedAnswers {

    private StreamedAnswers() {
    }

    static CompletableFuture<ApiResponse> send(HttpClient client, HttpRequest httpRequest, Executor senders) {
        if (senders == null) {
            return client.sendAsync(httpRequest, StreamedAnswers::bodyOf).thenApply(StreamedAnswers::answer);
        }
        CompletableFuture<ApiResponse> result = new CompletableFuture<>();
        senders.execute(() -> {
            try {
                result.complete(answer(client.send(httpRequest, StreamedAnswers::bodyOf)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                result.completeExceptionally(e);
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private static HttpResponse.BodySubscriber<Object> bodyOf(HttpResponse.ResponseInfo info) {
        return info.statusCode() >= 200 && info.statusCode() < 300
                ? BodySubscribers.mapping(BodySubscribers.ofInputStream(), stream -> (Object) stream)
                : BodySubscribers.mapping(BodySubscribers.ofByteArray(), bytes -> (Object) bytes);
    }

    private static ApiResponse answer(HttpResponse<Object> response) {
        return response.body() instanceof InputStream stream
                ? new ApiResponse(response.statusCode(), response.headers(), new byte[0], stream)
                : new ApiResponse(response.statusCode(), response.headers(), (byte[]) response.body());
    }
}
