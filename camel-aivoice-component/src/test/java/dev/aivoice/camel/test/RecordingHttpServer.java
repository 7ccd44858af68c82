package dev.aivoice.camel.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 (a free port) for tests: it records every request it receives and answers with
 * the responses queued for it, in order, then with the default response.
 */
public final class RecordingHttpServer implements AutoCloseable {

    /** One request as it arrived. Header names are lower-cased. */
    public record Recorded(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null ? null : values.get(0);
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** A canned answer. */
    public record Answer(int status, String body, Map<String, String> headers, Duration delay) {

        public static Answer json(int status, String body) {
            return new Answer(status, body, Map.of("Content-Type", "application/json"), Duration.ZERO);
        }

        public static Answer text(int status, String contentType, String body) {
            return new Answer(status, body, Map.of("Content-Type", contentType), Duration.ZERO);
        }

        public Answer withHeader(String name, String value) {
            Map<String, String> all = new TreeMap<>(headers);
            all.put(name, value);
            return new Answer(status, body, all, delay);
        }

        public Answer after(Duration wait) {
            return new Answer(status, body, headers, wait);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final List<Long> arrivalNanos = new CopyOnWriteArrayList<>();
    private final Deque<Answer> queued = new ConcurrentLinkedDeque<>();
    private volatile Answer defaultAnswer = Answer.json(200, "{}");
    private final Map<String, Deque<Answer>> queuedByPath = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, BodyReader> bodyReaders = new java.util.concurrent.ConcurrentHashMap<>();

    /** Reads a request body as it streams in and returns what to record instead of the body (e.g. a row count). */
    @FunctionalInterface
    public interface BodyReader {
        byte[] read(InputStream body, Map<String, List<String>> headers) throws IOException;
    }

    public RecordingHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        arrivalNanos.add(System.nanoTime());
        Map<String, List<String>> headers = new TreeMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
        String path = exchange.getRequestURI().getRawPath();
        BodyReader reader = bodyReaders.getOrDefault(path, (in, all) -> in.readAllBytes());
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = reader.read(in, headers);
        }
        requests.add(new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, body));
        Deque<Answer> forPath = queuedByPath.get(path);
        Answer answer = forPath == null ? null : forPath.poll();
        if (answer == null) {
            answer = queued.poll();
        }
        if (answer == null) {
            answer = defaultAnswer;
        }
        if (!answer.delay().isZero()) {
            try {
                Thread.sleep(answer.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        byte[] out = answer.body() == null ? new byte[0] : answer.body().getBytes(StandardCharsets.UTF_8);
        answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        try {
            exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
        } catch (IOException clientGone) {
            // the client timed out and closed the connection: nothing to answer
        } finally {
            exchange.close();
        }
    }

    /** Answers the next request with this, before any default. */
    public RecordingHttpServer enqueue(Answer answer) {
        queued.add(answer);
        return this;
    }

    /** Answers the next request to this exact path with this, before the general queue. */
    public RecordingHttpServer enqueue(String path, Answer answer) {
        queuedByPath.computeIfAbsent(path, p -> new ConcurrentLinkedDeque<>()).add(answer);
        return this;
    }

    /** Bodies sent to this path go through the reader while they stream in; what it returns is recorded. */
    public RecordingHttpServer readBodies(String path, BodyReader reader) {
        bodyReaders.put(path, reader);
        return this;
    }

    public RecordingHttpServer answerAlways(Answer answer) {
        this.defaultAnswer = answer;
        return this;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public List<Recorded> requests() {
        return new ArrayList<>(requests);
    }

    public Recorded onlyRequest() {
        if (requests.size() != 1) {
            throw new AssertionError("expected exactly one request, got " + requests.size());
        }
        return requests.get(0);
    }

    /** When each request arrived ({@link System#nanoTime()}), in arrival order. */
    public List<Long> arrivalNanos() {
        return new ArrayList<>(arrivalNanos);
    }

    public void reset() {
        requests.clear();
        arrivalNanos.clear();
        queued.clear();
        queuedByPath.clear();
        bodyReaders.clear();
        defaultAnswer = Answer.json(200, "{}");
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
