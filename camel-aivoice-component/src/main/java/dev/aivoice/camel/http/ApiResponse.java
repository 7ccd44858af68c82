package dev.aivoice.camel.http;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** A provider's answer: status, headers and the whole body (provider answers are small JSON documents). */
public record ApiResponse(int status, HttpHeaders headers, byte[] body) {

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
        return "ApiResponse[status=" + status + ", " + body.length + " bytes]";
    }
}
