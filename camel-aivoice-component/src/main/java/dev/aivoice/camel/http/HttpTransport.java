package dev.aivoice.camel.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP transport every provider goes through: the JDK {@link HttpClient}, never blocking the caller's thread.
 * It sends what it is given and hands back the raw answer; it never retries on its own (the JDK client does not repeat
 * a POST either), so a call-placing request is sent exactly once.
 * <p>
 * {@code sendAsync} hands every answer to CompletableFuture's default executor. Where the common pool has parallelism
 * 1 (two cores or fewer, common in containers) that executor starts a new thread per answer: the benchmarks measured
 * 13,000 threads in 10 s and 0.28x the calls per second of a plain client. There, given sender threads, the transport
 * runs a blocking send on one of them instead; the caller's thread stays free either way.
 */
public class HttpTransport {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final HttpClient client;
    private final Duration requestTimeout;
    private final Executor senders;

    public HttpTransport(HttpClient client, Duration requestTimeout) {
        this(client, requestTimeout, null);
    }

    /** @param senders threads for blocking sends, or null to use {@code sendAsync} */
    public HttpTransport(HttpClient client, Duration requestTimeout, Executor senders) {
        this.client = client;
        this.requestTimeout = requestTimeout;
        this.senders = senders;
    }

    /** True where {@code sendAsync} would start a thread per answer: give the transport sender threads there. */
    public static boolean asyncAnswersStartThreads() {
        return ForkJoinPool.getCommonPoolParallelism() <= 1;
    }

    /** Builds the client an endpoint uses when the user gave none. */
    public static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Completes with the answer, whatever its status, or exceptionally with the I/O failure. */
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        LOG.debug("Sending {}", request);
        HttpRequest httpRequest = request.toHttpRequest(requestTimeout);
        if (request.streamAnswer()) {
            // issue 14: a successful answer stays an unread stream (Ringg call export)
            return StreamedAnswers.send(client, httpRequest, senders);
        }
        if (senders == null) {
            return client.sendAsync(httpRequest, HttpResponse.BodyHandlers.ofByteArray())
                    .thenApply(response -> answer(request, response));
        }
        CompletableFuture<ApiResponse> result = new CompletableFuture<>();
        senders.execute(() -> {
            try {
                result.complete(answer(request, client.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray())));
            } catch (InterruptedException e) {
                // the endpoint is stopping; the request may be out already, reported like any failure after sending
                Thread.currentThread().interrupt();
                result.completeExceptionally(e);
            } catch (IOException | RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    private static ApiResponse answer(ApiRequest request, HttpResponse<byte[]> response) {
        LOG.debug("{} answered {}", request, response.statusCode());
        return new ApiResponse(response.statusCode(), response.headers(), response.body());
    }

    public HttpClient client() {
        return client;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }
}
