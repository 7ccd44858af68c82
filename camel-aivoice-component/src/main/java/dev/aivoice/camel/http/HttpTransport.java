package dev.aivoice.camel.http;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.InputStreamEntity;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last link of the send chain: one HTTP exchange on Apache HttpClient 5 (classic, pooled), the client camel-http
 * uses. It sends what it is given and hands back the raw answer; the client's own retries and redirects are off, so
 * a call-placing request is sent exactly once.
 * <p>
 * Bounded in time: {@code requestTimeout} is a deadline for the whole exchange, from the first byte sent to the last
 * byte of the answer ({@link TimedRequest}); when it passes, a timer aborts the exchange wherever it stands (a stalled
 * body included). Connecting is bounded by {@code connectTimeout}, waiting for a pooled connection by
 * {@code requestTimeout}.
 * Bounded in size: at most {@code maxAnswerSize} bytes are read. An unwanted answer (too large, timed out, failed) is
 * never read to its end: its connection is dropped.
 * <p>
 * The classic client blocks while it sends and reads, so the exchange runs on a sender thread, or on the caller's
 * own thread with {@code synchronous=true}. The benchmark chose it over the async (reactor) client: see the README.
 */
public final class HttpTransport implements Sender {

    private static final Logger LOG = LoggerFactory.getLogger(HttpTransport.class);

    private final CloseableHttpClient client;
    private final long requestTimeoutMillis;
    private final int maxAnswerSize;
    private final Executor senders;
    private final ScheduledExecutorService timer;
    private final RequestConfig config;

    /**
     * @param senders where the blocking exchange runs; null for the caller's own thread
     * @param timer   runs the deadlines (only ever aborts an exchange, so one thread serves every endpoint)
     */
    public HttpTransport(CloseableHttpClient client, long requestTimeoutMillis, int maxAnswerSize, Executor senders,
                         ScheduledExecutorService timer) {
        this.client = client;
        this.requestTimeoutMillis = requestTimeoutMillis;
        this.maxAnswerSize = maxAnswerSize;
        this.senders = senders;
        this.timer = timer;
        // backstop: a socket read that stalls a second past the deadline fails even if the timer were late
        this.config = RequestConfig.custom().setResponseTimeout(Timeout.ofMilliseconds(requestTimeoutMillis + 1000))
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(requestTimeoutMillis))
                .setRedirectsEnabled(false).build();
    }

    @Override
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        CompletableFuture<ApiResponse> result = new CompletableFuture<>();
        if (senders == null) {
            exchange(request, result);
            return result;
        }
        try {
            senders.execute(() -> exchange(request, result));
        } catch (Throwable notStarted) {
            // e.g. the sender threads are shut down: nothing left this machine
            result.completeExceptionally(new RequestNotSentException("the sender threads are stopped", notStarted));
        }
        return result;
    }

    private void exchange(ApiRequest request, CompletableFuture<ApiResponse> result) {
        TimedRequest http;
        try {
            LOG.debug("Sending {}", request);
            http = toHttp(request);
        } catch (Throwable notBuilt) {
            result.completeExceptionally(new RequestNotSentException("the request could not be built ("
                                                                     + notBuilt.getClass().getSimpleName() + ")",
                    notBuilt));
            return;
        }
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(null, http, null);
            if (request.streamAnswer() && response.getCode() / 100 == 2 && response.getEntity() != null) {
                // issue 14: a successful export answer stays an unread stream; see StreamedAnswer
                http.stopDeadline();
                LOG.debug("{} answered {}, streamed", request, response.getCode());
                result.complete(StreamedAnswer.of(response));
                return;
            }
            byte[] body = AnswerReader.read(response.getEntity(), maxAnswerSize);
            response.close();
            http.stopDeadline();
            LOG.debug("{} answered {}", request, response.getCode());
            result.complete(new ApiResponse(response.getCode(), response.getHeaders(), body));
        } catch (Throwable failure) {
            http.stopDeadline();
            // drop the connection before closing: closing would read the rest of an unwanted answer
            http.cancel();
            closeQuietly(response);
            result.completeExceptionally(http.expired() ? new AnswerDeadlineException(requestTimeoutMillis) : failure);
        }
    }

    private TimedRequest toHttp(ApiRequest request) {
        TimedRequest http = new TimedRequest(request.method(), request.uri(), timer, requestTimeoutMillis);
        http.setConfig(config);
        request.headers().forEach(http::addHeader);
        if (request.hasBody()) {
            byte[] bytes = request.bodyBytes();
            http.setEntity(bytes != null
                    ? new ByteArrayEntity(bytes, (ContentType) null)
                    : new InputStreamEntity(request.openBody(), request.bodyLength(), null));
        }
        return http;
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response != null) {
            try {
                response.close();
            } catch (IOException | RuntimeException alreadyFailed) {
                LOG.trace("Closing an aborted answer failed", alreadyFailed);
            }
        }
    }
}
