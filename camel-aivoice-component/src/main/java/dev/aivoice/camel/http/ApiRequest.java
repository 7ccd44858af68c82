package dev.aivoice.camel.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One HTTP request to a provider, before it is sent. {@link #placesCall()} marks requests that place calls or start
 * campaigns: those must never be repeated when they may have reached the provider.
 */
public final class ApiRequest {

    private final String method;
    private final URI uri;
    private final Map<String, String> headers;
    private final HttpRequest.BodyPublisher body;
    private final boolean placesCall;

    private ApiRequest(Builder builder) {
        this.method = builder.method;
        this.uri = builder.uri;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
        this.body = builder.body;
        this.placesCall = builder.placesCall;
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

    /** True for requests the provider treats as reads: repeating them changes nothing. */
    public boolean isSafeToRepeat() {
        return !placesCall && "GET".equals(method);
    }

    public HttpRequest toHttpRequest(Duration timeout) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : body);
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
        private HttpRequest.BodyPublisher body;
        private boolean placesCall;

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
            this.body = HttpRequest.BodyPublishers.ofByteArray(json);
            return this;
        }

        /** A body of any kind; the content type (e.g. a multipart boundary) is the caller's to set. */
        public Builder body(HttpRequest.BodyPublisher publisher, String contentType) {
            header("Content-Type", contentType);
            this.body = publisher;
            return this;
        }

        public Builder placesCall(boolean placesCall) {
            this.placesCall = placesCall;
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
