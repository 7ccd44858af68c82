package dev.aivoice.camel.http;

import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A provider's answer: status, headers and the whole body (provider answers are small JSON documents). Issue 14: a
 * successful answer to a request with {@link ApiRequest#streamAnswer()} has an empty {@code body} and its content
 * in {@code stream}, unread; whoever takes the stream closes it.
 */
public record ApiResponse(int status, HttpHeaders headers, byte[] body, InputStream stream) {

    public ApiResponse(int status, HttpHeaders headers, byte[] body) {
        this(status, headers, body, null);
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ApiResponse[status=" + status + ", " + (stream != null ? "streamed" : body.length + " bytes") + "]";
    }
}
