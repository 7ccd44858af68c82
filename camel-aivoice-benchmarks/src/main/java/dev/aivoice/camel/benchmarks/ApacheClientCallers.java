package dev.aivoice.camel.benchmarks;

import java.io.Closeable;
import java.net.URI;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;

/**
 * The two ways the transport could use Apache HttpClient 5, measured bare (pooled, same loopback server, body written
 * and answer read by Jackson): the classic blocking client, and the async client on its I/O reactor. They decided
 * the transport's choice; the component's own figures are next to them.
 */
public final class ApacheClientCallers implements Closeable {

    private final ObjectMapper mapper = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final CloseableHttpClient classic;
    private final CloseableHttpAsyncClient async;

    public ApacheClientCallers(int connections) {
        classic = HttpClients.custom().disableAutomaticRetries()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections).setMaxConnPerRoute(connections).build())
                .build();
        async = HttpAsyncClients.custom().disableAutomaticRetries()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections).setMaxConnPerRoute(connections).build())
                .build();
        async.start();
    }

    public Call classic(CallSpec spec) {
        URI uri = URI.create(spec.url());
        return () -> {
            HttpPost post = new HttpPost(uri);
            post.addHeader(spec.authHeader(), spec.apiKey());
            post.addHeader("Accept", "application/json");
            post.setEntity(new ByteArrayEntity(mapper.writeValueAsBytes(spec.request().get()), ContentType.APPLICATION_JSON));
            byte[] body;
            int status;
            try (ClassicHttpResponse response = classic.executeOpen(null, post, null)) {
                status = response.getCode();
                body = EntityUtils.toByteArray(response.getEntity());
            }
            check(spec, status, body);
        };
    }

    public Call async(CallSpec spec) {
        URI uri = URI.create(spec.url());
        return () -> {
            SimpleHttpRequest post = SimpleHttpRequest.create("POST", uri);
            post.addHeader(spec.authHeader(), spec.apiKey());
            post.addHeader("Accept", "application/json");
            post.setBody(mapper.writeValueAsBytes(spec.request().get()), ContentType.APPLICATION_JSON);
            SimpleHttpResponse response = async.execute(SimpleRequestProducer.create(post), SimpleResponseConsumer.create(),
                    null).get(30, TimeUnit.SECONDS);
            check(spec, response.getCode(), response.getBodyBytes());
        };
    }

    private void check(CallSpec spec, int status, byte[] body) throws Exception {
        if (status != 200) {
            throw new IllegalStateException(spec.provider() + " answered HTTP " + status);
        }
        spec.check(spec.statusOf().apply(mapper.readValue(body, spec.answerType())));
    }

    @Override
    public void close() {
        classic.close(CloseMode.IMMEDIATE);
        async.close(CloseMode.IMMEDIATE);
    }
}
