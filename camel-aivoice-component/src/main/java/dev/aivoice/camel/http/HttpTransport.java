package dev.aivoice.camel.http;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one HTTP transport every provider goes through: the JDK {@link HttpClient}, asynchronous end to end. It sends
 * what it is given and hands back the raw answer; it never retries on its own (the JDK client does not repeat a POST
 * either), so a call-placing request is sent exactly once.
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

    /** Completes with the answer, whatever its status, or exceptionally with the I/O failure. */
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        LOG.debug("Sending {}", request);
        return client.sendAsync(request.toHttpRequest(requestTimeout), HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> {
                    LOG.debug("{} answered {}", request, response.statusCode());
                    return new ApiResponse(response.statusCode(), response.headers(), response.body());
                });
    }

    public HttpClient client() {
        return client;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }
}
