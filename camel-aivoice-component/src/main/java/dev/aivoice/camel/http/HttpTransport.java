package dev.aivoice.camel.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP transport every provider goes through: the JDK {@link HttpClient}. It sends what it is given and hands
 * back the raw answer; it never retries on its own (the JDK client does not repeat a POST either), so a call-placing
 * request is sent exactly once.
 * <p>
 * It sends on the calling thread, as camel-http does, and returns an already completed future. Not
 * {@code sendAsync}: the JDK client hands every async answer to CompletableFuture's default executor, which starts a
 * new thread per answer wherever the common pool has parallelism 1 (two cores or fewer, common in containers); the
 * benchmarks measured 0.28x the calls per second of a blocking send there. Code that must not block its thread (a
 * scheduler) hands the send to a worker.
 */
public class HttpTransport {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final HttpClient client;
    private final Duration requestTimeout;

    public HttpTransport(HttpClient client, Duration requestTimeout) {
        this.client = client;
        this.requestTimeout = requestTimeout;
    }

    /** Builds the client an endpoint uses when the user gave none. */
    public static HttpClient newClient(Duration connectTimeout) {
        return HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Completed with the answer, whatever its status, or exceptionally with the I/O failure. */
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        LOG.debug("Sending {}", request);
        try {
            HttpResponse<byte[]> response = client.send(request.toHttpRequest(requestTimeout),
                    HttpResponse.BodyHandlers.ofByteArray());
            LOG.debug("{} answered {}", request, response.statusCode());
            return CompletableFuture.completedFuture(
                    new ApiResponse(response.statusCode(), response.headers(), response.body()));
        } catch (InterruptedException e) {
            // the request may be out already: report it like any other failure after sending
            Thread.currentThread().interrupt();
            return CompletableFuture.failedFuture(e);
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public HttpClient client() {
        return client;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }
}
