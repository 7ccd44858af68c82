package dev.aivoice.camel.dryrun;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
        long length = request.hasBody() ? request.bodyLength() : 0;
        String body = null;
        if (length > 0 && length <= MAX_SHOWN_BODY) {
            body = redact.apply(new String(read(request), StandardCharsets.UTF_8));
        }
        return new DryRunRequest(request.method(), request.uri().toString(), headers,
                headers.get("Content-Type"), length, body, null);
    }

    /** The body's bytes, as the HTTP client would have read them. */
    private static byte[] read(ApiRequest request) {
        byte[] bytes = request.bodyBytes();
        if (bytes != null) {
            return bytes;
        }
        try (InputStream in = request.openBody()) {
            return in.readAllBytes();
        } catch (IOException e) {
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
