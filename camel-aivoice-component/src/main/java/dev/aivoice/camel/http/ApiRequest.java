package dev.aivoice.camel.http;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One HTTP request to a provider, before it is sent. {@link #placesCall()} marks requests that place calls or start
 * campaigns: those must never be repeated when they may have reached the provider; {@link #idempotencyKey()} is the
 * key the duplicate-dial guard checks for them. A body given as bytes or as a {@link Supplier} of streams is re-created
 * for every attempt; a body given as one stream is sent at most once.
 */
public final class ApiRequest {

    private final String method;
    private final URI uri;
    private final Map<String, String> headers;
    private final byte[] bytes;
    private final Supplier<InputStream> body;
    private final long bodyLength;
    private final boolean repeatableBody;
    private final boolean placesCall;
    private final String idempotencyKey;
    // issue 14: answers handed back as a stream (call export)
    private final boolean streamAnswer;

    private ApiRequest(Builder builder) {
        this.method = builder.method;
        this.uri = builder.uri;
        this.headers = Collections.unmodifiableMap(builder.headers);
        this.bytes = builder.bytes;
        this.body = builder.body;
        this.bodyLength = builder.bodyLength;
        this.repeatableBody = builder.repeatableBody;
        this.placesCall = builder.placesCall;
        this.idempotencyKey = builder.idempotencyKey;
        this.streamAnswer = builder.streamAnswer;
    }

    /**
     * Issue 14: true when a successful answer must be handed back as an unread stream ({@link ApiResponse#stream()}),
     * never buffered whole (a CSV export of the call history may be large). Error answers are read as usual.
     */
    public boolean streamAnswer() {
        return streamAnswer;
    }

    /** Issue 14: a builder holding everything of this request, e.g. to put in the account's current key. */
    public Builder toBuilder() {
        Builder copy = new Builder(method, uri);
        copy.headers.putAll(headers);
        copy.bytes = bytes;
        copy.body = body;
        copy.bodyLength = bodyLength;
        copy.repeatableBody = repeatableBody;
        copy.placesCall = placesCall;
        copy.idempotencyKey = idempotencyKey;
        copy.streamAnswer = streamAnswer;
        return copy;
    }

    public static Builder builder(String method, URI uri) {
        return new Builder(method, uri);
    }

    public String method() {
        return method;
    }

    public URI uri() {
        return uri;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public boolean placesCall() {
        return placesCall;
    }

    /** The duplicate-dial guard's key of a call-placing request; null when the exchange gave none. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** True for requests the provider treats as reads: repeating them changes nothing. */
    public boolean isSafeToRepeat() {
        return !placesCall && "GET".equals(method);
    }

    /** True when the request can be sent again: it has no body, or its body is re-created for each attempt. */
    public boolean canResend() {
        return (bytes == null && body == null) || repeatableBody;
    }

    public boolean hasBody() {
        return bytes != null || body != null;
    }

    /** The body when it is held as bytes (JSON), else null: the transport sends those without a stream. */
    public byte[] bodyBytes() {
        return bytes;
    }

    /** The body for one attempt: a fresh stream of a repeatable body, the one stream of a one-shot body. */
    public InputStream openBody() {
        return bytes != null ? new ByteArrayInputStream(bytes) : body.get();
    }

    /** The body's length in bytes, or -1 when unknown (sent chunked). */
    public long bodyLength() {
        return bytes != null ? bytes.length : bodyLength;
    }

    /** Method and URI only: headers carry the API key and are never printed. */
    @Override
    public String toString() {
        return method + " " + uri;
    }

    public static final class Builder {
        private final String method;
        private final URI uri;
        private final Map<String, String> headers = new LinkedHashMap<>();
        private byte[] bytes;
        private Supplier<InputStream> body;
        private long bodyLength = -1;
        private boolean repeatableBody;
        private boolean placesCall;
        private String idempotencyKey;
        private boolean streamAnswer;

        private Builder(String method, URI uri) {
            this.method = method;
            this.uri = uri;
        }

        public Builder header(String name, String value) {
            headers.put(name, value);
            return this;
        }

        public Builder jsonBody(byte[] json) {
            header("Content-Type", "application/json");
            this.bytes = json;
            this.body = null;
            this.repeatableBody = true;
            return this;
        }

        /**
         * A streamed body, sent at most once: it cannot be replayed, so a request carrying it is never retried. The
         * content type (e.g. a multipart boundary) is the caller's to set.
         *
         * @param length the exact length in bytes, or -1 to send it chunked
         */
        public Builder body(InputStream content, long length, String contentType) {
            header("Content-Type", contentType);
            this.bytes = null;
            this.body = () -> content;
            this.bodyLength = length;
            this.repeatableBody = false;
            return this;
        }

        /** A body re-created for every attempt (e.g. re-opening a file), so the request may be retried. */
        public Builder body(Supplier<InputStream> contents, long length, String contentType) {
            header("Content-Type", contentType);
            this.bytes = null;
            this.body = contents;
            this.bodyLength = length;
            this.repeatableBody = true;
            return this;
        }

        public Builder placesCall(boolean placesCall) {
            this.placesCall = placesCall;
            return this;
        }

        /**
         * The exchange's idempotency key (see {@code IdempotencyKey.of(exchange)}), checked by the duplicate-dial guard
         * before a call-placing request is sent.
         */
        public Builder idempotencyKey(String key) {
            this.idempotencyKey = key;
            return this;
        }

        /** Issue 14: hand a successful answer back unread, as {@link ApiResponse#stream()}. */
        public Builder streamAnswer(boolean streamAnswer) {
            this.streamAnswer = streamAnswer;
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
