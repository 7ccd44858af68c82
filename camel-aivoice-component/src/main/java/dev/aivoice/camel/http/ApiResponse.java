package dev.aivoice.camel.http;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.apache.hc.core5.http.Header;

/**
 * A provider's answer: status, headers and the whole body. Provider answers are small JSON documents; the transport
 * reads at most {@code maxAnswerSize} bytes of one.
 */
public record ApiResponse(int status, Header[] headers, byte[] body) {

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
        return "ApiResponse[status=" + status + ", " + body.length + " bytes]";
    }
}
