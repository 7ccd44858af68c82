package dev.aivoice.camel.http;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.hc.core5.http.Header;

/**
 * A provider's answer: status, headers and the whole body. Provider answers are small JSON documents; the transport
 * reads at most {@code maxAnswerSize} bytes of one. Issue 14: a successful answer to a request with
 * {@link ApiRequest#streamAnswer()} has an empty {@code body} and its content in {@code stream}, unread and not
 * bounded by {@code maxAnswerSize}; whoever takes the stream closes it (which releases the connection).
 */
public record ApiResponse(int status, Header[] headers, byte[] body, InputStream stream) {

    public ApiResponse(int status, Header[] headers, byte[] body) {
        this(status, headers, body, null);
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** The first value of a header, its name compared without case. */
    public Optional<String> header(String name) {
        for (Header header : headers) {
            if (header.getName().equalsIgnoreCase(name)) {
                return Optional.ofNullable(header.getValue());
            }
        }
        return Optional.empty();
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ApiResponse[status=" + status + ", " + (stream != null ? "streamed" : body.length + " bytes") + "]";
    }
}
