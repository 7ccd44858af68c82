package dev.aivoice.camel.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The floor: the same request sent by a bare JDK HttpClient, body written and answer read by Jackson. */
public final class PlainClientCaller implements Call {

    private final CallSpec spec;
    private final URI uri;
    private final HttpClient client;
    private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public PlainClientCaller(CallSpec spec, HttpClient client) {
        this.spec = spec;
        this.uri = URI.create(spec.url());
        this.client = client;
    }

    public static HttpClient newClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public void run() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header(spec.authHeader(), spec.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(mapper.writeValueAsBytes(spec.request().get())))
                .build();
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(spec.provider() + " answered HTTP " + response.statusCode());
        }
        spec.check(spec.statusOf().apply(mapper.readValue(response.body(), spec.answerType())));
    }
}
