package dev.aivoice.sandbox.http;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;

/** What a sandbox endpoint answers: a status and a body with its content type. */
public record Reply(int status, String contentType, byte[] body) {

    public static Reply json(int status, JsonNode body) {
        return new Reply(status, "application/json", Json.bytes(body));
    }

    public static Reply ok(JsonNode body) {
        return json(200, body);
    }

    public static Reply text(int status, String contentType, String body) {
        return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
