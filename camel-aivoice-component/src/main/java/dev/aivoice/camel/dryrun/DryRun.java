package dev.aivoice.camel.dryrun;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ApiResponse;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code dryRun=true}: validation, the compliance gate and request building run as usual, and at the point where the
 * request would be handed to the sender it is described instead ({@link #instead}). The description travels to the
 * producer as the failure of the send future, so that no handler reads it as a provider's answer; the producer turns it
 * into the exchange's body ({@link #answer}) with {@code CamelAiVoiceDryRun=true}. Nothing is sent, no idempotency key
 * is stored, no pacing slot is taken.
 */
public final class DryRun {

    /** Bodies up to this size are shown whole (campaign CSVs larger than this only by length and row count). */
    public static final int MAX_SHOWN_BODY = 1 << 20;
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "x-api-key", "proxy-authorization");

    private DryRun() {
    }

    /** A send future that never sends: it fails with the description of the request. */
    public static CompletableFuture<ApiResponse> instead(ApiRequest request, UnaryOperator<String> redact) {
        try {
            return CompletableFuture.failedFuture(new Described(describe(request, redact)));
        } catch (RuntimeException unreadable) {
            return CompletableFuture.failedFuture(unreadable);
        }
    }

    /** If the exchange ended with a dry run's description, makes it the body; false for any other failure. */
    public static boolean answer(Exchange exchange, Throwable failure) {
        if (!(failure instanceof Described described)) {
            return false;
        }
        Message message = exchange.getMessage();
        message.setBody(described.request.withRowCount(message.getHeader(AiVoiceConstants.ROW_COUNT, Long.class)));
        message.setHeader(AiVoiceConstants.DRY_RUN, true);
        return true;
    }

    static DryRunRequest describe(ApiRequest request, UnaryOperator<String> redact) {
        Map<String, String> headers = new LinkedHashMap<>();
        request.headers().forEach((name, value) -> headers.put(name,
                SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? "***" : redact.apply(value)));
        HttpRequest built = request.toHttpRequest(Duration.ofSeconds(30));
        HttpRequest.BodyPublisher publisher = built.bodyPublisher().orElse(null);
        long length = publisher == null ? 0 : publisher.contentLength();
        String body = null;
        if (publisher != null && length > 0 && length <= MAX_SHOWN_BODY) {
            body = redact.apply(new String(read(publisher), StandardCharsets.UTF_8));
        }
        return new DryRunRequest(request.method(), request.uri().toString(), headers,
                headers.get("Content-Type"), length, body, null);
    }

    /** The body's bytes, as the HTTP client would have pulled them. */
    private static byte[] read(HttpRequest.BodyPublisher publisher) {
        CompletableFuture<byte[]> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

            @Override
            public void onSubscribe(Flow.Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] chunk = new byte[item.remaining()];
                item.get(chunk);
                bytes.writeBytes(chunk);
            }

            @Override
            public void onError(Throwable throwable) {
                done.completeExceptionally(throwable);
            }

            @Override
            public void onComplete() {
                done.complete(bytes.toByteArray());
            }
        });
        try {
            return done.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("dryRun: the request body could not be read: " + e, e);
        }
    }

    /** Carries the description from the send to the producer; not an error, so no stack trace. */
    static final class Described extends RuntimeException {
        private final transient DryRunRequest request;

        Described(DryRunRequest request) {
            super("dry run: " + request.method() + " " + request.url() + " not sent", null, false, false);
            this.request = request;
        }
    }
}
