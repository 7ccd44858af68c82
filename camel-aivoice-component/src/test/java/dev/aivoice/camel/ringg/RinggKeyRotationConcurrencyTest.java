package dev.aivoice.camel.ringg;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.aivoice.camel.AiVoiceComponent;
import dev.aivoice.camel.ringg.model.RinggRotatedKey;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight producers keep sending while the key is rotated with {@code applyRotatedKey=true}, against a loopback server
 * that, like Ringg, refuses the old key from the moment it rotates: no request arrives with the old key after the
 * rotation, and none fails because of it.
 */
class RinggKeyRotationConcurrencyTest extends CamelTestSupport {

    static final String OLD_KEY = "old-ringg-key-00000001";
    static final String NEW_KEY = "new-ringg-key-99999999";
    static final int PRODUCERS = 8;

    /** One request as the server saw it, numbered in the order the server handled them. */
    record Arrival(long order, String path, String key, int status) {
    }

    final KeyCheckingServer ringg = new KeyCheckingServer();

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        AiVoiceComponent component = new AiVoiceComponent();
        component.getConfiguration().setBaseUrl(ringg.baseUrl());
        component.getConfiguration().setApiKey(OLD_KEY);
        context.addComponent("aivoice", component);
        return context;
    }

    @AfterEach
    void stopServer() {
        ringg.close();
    }

    @Test
    void noRequestArrivesWithTheOldKeyAfterTheRotationAndNoneFails() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
        ExecutorService threads = Executors.newFixedThreadPool(PRODUCERS);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < PRODUCERS; i++) {
            // eight endpoints (eight producers) of one account: different options, same key; half send on the
            // route's thread (synchronous=true)
            String uri = "aivoice:ringg:workspace?requestTimeout=" + (20_000 + i) + "&synchronous=" + (i % 2 == 1);
            sent.add(threads.submit(() -> {
                int count = 0;
                while (!stop.get()) {
                    Exchange result = template.request(uri, e -> e.getMessage().setBody(null));
                    if (result.getException() != null) {
                        failures.add(result.getException());
                    }
                    count++;
                }
                return count;
            }));
        }
        try {
            ringg.awaitArrivals(PRODUCERS * 10, 30);
            Exchange rotation = template.request("aivoice:ringg:workspace?operation=rotateKey&applyRotatedKey=true",
                    e -> e.getMessage().setBody(null));
            assertThat(rotation.getException()).isNull();
            assertThat(rotation.getMessage().getBody(RinggRotatedKey.class).getNewApiKey()).isEqualTo(NEW_KEY);
            long rotatedAt = ringg.rotationOrder();
            ringg.awaitArrivals((int) rotatedAt + 1 + PRODUCERS * 10, 30);
        } finally {
            stop.set(true);
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        }
        int total = 0;
        for (Future<Integer> producer : sent) {
            total += producer.get();
        }

        List<Arrival> arrivals = ringg.arrivals();
        long rotatedAt = ringg.rotationOrder();
        List<Arrival> before = arrivals.stream().filter(a -> a.order() < rotatedAt).toList();
        List<Arrival> after = arrivals.stream().filter(a -> a.order() > rotatedAt).toList();
        System.out.printf("key rotation under load: %d exchanges from %d producers, %d requests before the rotation,"
                          + " %d after, %d refused%n", total, PRODUCERS, before.size(), after.size(),
                arrivals.stream().filter(a -> a.status() == 401).count());
        assertThat(failures).as("exchanges that failed").isEmpty();
        assertThat(arrivals).as("requests Ringg refused").noneMatch(a -> a.status() == 401);
        assertThat(before).isNotEmpty().allMatch(a -> a.key().equals(OLD_KEY));
        assertThat(after).hasSizeGreaterThanOrEqualTo(PRODUCERS * 10).allMatch(a -> a.key().equals(NEW_KEY));
        assertThat(arrivals).hasSize(total + 1);
    }

    /** Accepts one key at a time, like Ringg: the rotation replaces it the moment it is handled. */
    static final class KeyCheckingServer implements AutoCloseable {

        private final HttpServer server;
        private final ExecutorService executor = Executors.newFixedThreadPool(16);
        private final List<Arrival> arrivals = new ArrayList<>();
        private String validKey = OLD_KEY;
        private long rotationOrder = -1;

        KeyCheckingServer() {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.setExecutor(executor);
            server.createContext("/", this::handle);
            server.start();
        }

        String baseUrl() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/ca/api/v0";
        }

        private void handle(HttpExchange exchange) throws IOException {
            exchange.getRequestBody().readAllBytes();
            String key = exchange.getRequestHeaders().getFirst("X-API-KEY");
            String path = exchange.getRequestURI().getPath();
            boolean rotation = path.endsWith("/workspace/api-key");
            if (!rotation) {
                pause(); // the key is checked a moment after arrival: requests sent just before a rotation race it
            }
            int status;
            String body;
            synchronized (this) {
                status = validKey.equals(key) ? 200 : 401;
                if (status == 200 && rotation) {
                    validKey = NEW_KEY;
                    rotationOrder = arrivals.size();
                }
                arrivals.add(new Arrival(arrivals.size(), path, key, status));
                notifyAll();
            }
            if (status == 401) {
                body = "{\"detail\": \"Invalid API key\"}";
            } else if (rotation) {
                body = "{\"new_api_key\": \"" + NEW_KEY + "\"}";
            } else {
                body = "{\"workspace_info\": {\"id\": \"w-1\", \"credits\": 10}}";
            }
            byte[] out = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, out.length);
            try (OutputStream response = exchange.getResponseBody()) {
                response.write(out);
            }
        }

        private static void pause() {
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        synchronized void awaitArrivals(int count, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (arrivals.size() < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("only " + arrivals.size() + " requests arrived, expected " + count);
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }

        synchronized List<Arrival> arrivals() {
            return new ArrayList<>(arrivals);
        }

        synchronized long rotationOrder() {
            return rotationOrder;
        }

        @Override
        public void close() {
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
