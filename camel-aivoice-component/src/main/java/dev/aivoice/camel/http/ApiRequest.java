package dev.aivoice.camel.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One HTTP request to a provider, before it is sent. {@link #placesCall()} marks requests that place calls or start
 * campaigns: those must never be repeated when they may have reached the provider. A body given as bytes or as a
 * {@link Supplier} of publishers is re-created for every attempt; a body given as one publisher is sent at most once.
 */
public final class ApiRequest {

    private final String method;
    private final URI uri;
    private final Map<String, String> headers;
    private final Supplier<HttpRequest.BodyPublisher> body;
    private final boolean repeatableBody;
    private final boolean placesCall;
    // issue 14: answers handed back as a stream (call export)
    private final boolean streamAnswer;

    private ApiRequest(Builder builder) {
        this.method = builder.method;
        this.uri = builder.uri;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.body = builder.body;
        this.repeatableBody = builder.repeatableBody;
        this.placesCall = builder.placesCall;
        this.streamAnswer = builder.streamAnswer;
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
        copy.body = body;
        copy.repeatableBody = repeatableBody;
        copy.placesCall = placesCall;
        copy.streamAnswer = streamAnswer;
        return copy;
    }

    /** True for requests the provider treats as reads: repeating them changes nothing. */
    public boolean isSafeToRepeat() {
        return !placesCall && "GET".equals(method);
    }

    /** True when the request can be sent again: it has no body, or its body is re-created for each attempt. */
    public boolean canResend() {
        return body == null || repeatableBody;
    }

    public HttpRequest toHttpRequest(Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body.get());
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            // plain-text HTTP/2 would add an h2c upgrade dance to every first request
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        headers.forEach(builder::header);
        return builder.build();
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
        private Supplier<HttpRequest.BodyPublisher> body;
        private boolean repeatableBody;
        private boolean placesCall;
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
            this.body = () -> HttpRequest.BodyPublishers.ofByteArray(json);
            this.repeatableBody = true;
            return this;
        }

        /**
         * A body of any kind, sent at most once: a streamed body cannot be replayed, so a request carrying it is
         * never retried. The content type (e.g. a multipart boundary) is the caller's to set.
         */
        public Builder body(HttpRequest.BodyPublisher publisher, String contentType) {
            header("Content-Type", contentType);
            this.body = () -> publisher;
            this.repeatableBody = false;
            return this;
        }

        /** A body re-created for every attempt (e.g. re-opening a file), so the request may be retried. */
        public Builder body(Supplier<HttpRequest.BodyPublisher> publishers, String contentType) {
            header("Content-Type", contentType);
            this.body = publishers;
            this.repeatableBody = true;
            return this;
        }

        public Builder placesCall(boolean placesCall) {
            this.placesCall = placesCall;
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
