package dev.aivoice.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.sandbox.http.Json;

/** A plain JDK HttpClient speaking to a sandbox the way a provider client would. */
final class SandboxClient {

    /** Status and parsed JSON body. */
    record Answer(int status, JsonNode json, String text) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private SandboxClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    static SandboxClient ringg(ProviderSandbox sandbox) {
        return new SandboxClient(sandbox.ringgBaseUrl()).header("X-API-KEY", ProviderSandbox.RINGG_API_KEY);
    }

    static SandboxClient ringly(ProviderSandbox sandbox) {
        return new SandboxClient(sandbox.ringlyBaseUrl()).header("Authorization", ProviderSandbox.RINGLY_API_KEY);
    }

    SandboxClient header(String name, String value) {
        SandboxClient copy = new SandboxClient(baseUrl);
        copy.headers.putAll(headers);
        if (value == null) {
            copy.headers.remove(name);
        } else {
            copy.headers.put(name, value);
        }
        return copy;
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(builder(path).GET());
    }

    Answer post(String path, String json) throws IOException, InterruptedException {
        return send(builder(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer patch(String path, String json) throws IOException, InterruptedException {
        return send(builder(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer delete(String path) throws IOException, InterruptedException {
        return send(builder(path).DELETE());
    }

    /** multipart/form-data with text fields and one CSV file part named {@code file}. */
    Answer multipart(String path, Map<String, String> fields, String csv) throws IOException, InterruptedException {
        String boundary = "sandboxBoundary7MA4YWxk";
        StringBuilder body = new StringBuilder();
        fields.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"file\"; filename=\"leads.csv\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n").append(csv).append("\r\n")
                .append("--").append(boundary).append("--\r\n");
        return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
    }

    HttpRequest.Builder builder(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(10));
        headers.forEach(builder::header);
        return builder;
    }

    Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), Json.parseOrNull(response.body().getBytes(StandardCharsets.UTF_8)),
                response.body());
    }

    HttpClient http() {
        return http;
    }
}
