package dev.aivoice.camel.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * One fast fake of both providers on 127.0.0.1, answering the documented JSON: Ringly's call answer, Ringg's v2 call
 * answer and campaign upload answer. It reads every request body to the end (an upload is counted, not kept) and
 * answers from pre-encoded bytes, so it costs every contender the same small amount.
 */
public final class LoopbackProvider implements AutoCloseable {

    public static final String RINGLY_BASE = "/ringly/api/1.1/wf";
    public static final String RINGG_BASE = "/ringg/ca/api/v0";
    public static final String RINGLY_CALL_PATH = "/make-outbound-call-v2";
    public static final String RINGG_CALL_PATH = "/calling/v2/outbound/individual";
    public static final String RINGG_UPLOAD_PATH = "/campaign/save";
    public static final String RINGG_BULK_UPLOAD_PATH = "/campaign/upload-csv";

    static final String RINGLY_CALL_ANSWER = """
            {"from_number": "+12025550143", "to_number": "+14155550199", "agent_tag": "agent_7f3c9a",
             "call_status": "registered", "dynamic_variables": {"customer_name": "Jack"}}""";
    static final String RINGG_CALL_ANSWER = """
            {"status": "success", "message": "Call initiated successfully",
             "data": {"call_id": "8a0f4c1e-5b7d-4e2a-9c3f-1d2e3f4a5b6c", "call_direction": "outbound",
                      "call_status": "ongoing", "initiated_at": "2026-03-02T10:15:00.123456",
                      "agent_id": "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b",
                      "custom_args_values": {"callee_name": "Asha", "mobile_number": "+919876543210", "order_id": "A-17"}}}""";
    static final String RINGG_UPLOAD_ANSWER = """
            {"message": "Contacts imported successfully!", "list_id": "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f",
             "custom_args_values": [{"callee_name": "Asha", "policy_id": "P-1", "mobile_number": "+919876543210"}],
             "total_rows": 1000000, "successful_rows": 1000000, "failed_rows": 0}""";
    static final String RINGG_BULK_UPLOAD_ANSWER = """
            {"bulk_list_id": "6d7e8f9a-0b1c-4d2e-9f3a-4b5c6d7e8f9a", "status": "verifying", "campaign_name": "Bench",
             "total_callees": 0, "invalidated_rows_count": 0, "invalidated_rows_csv_url": null}""";

    private static final String THREAD_PREFIX = "loopback-provider-";
    /** The JDK server's accept/dispatch thread. */
    private static final String DISPATCHER_THREAD = "HTTP-Dispatcher";

    static {
        // without it the JDK server writes headers and body in two packets and Nagle holds the second back
        System.setProperty("sun.net.httpserver.nodelay", "true");
        // keep pooled connections open between a contender's turns: a real provider would not close them after 30 s
        // of idling mid-run, and a client that reuses a just-closed connection fails its POST
        System.setProperty("sun.net.httpserver.idleInterval", "3600");
        System.setProperty("sun.net.httpserver.maxIdleConnections", "1000");
    }

    private final HttpServer server;
    private final ExecutorService workers;
    private final AtomicLong uploadedBytes = new AtomicLong();

    public LoopbackProvider(int threads) throws IOException {
        AtomicInteger counter = new AtomicInteger();
        workers = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, THREAD_PREFIX + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(workers);
        answer(RINGLY_BASE + RINGLY_CALL_PATH, RINGLY_CALL_ANSWER);
        answer(RINGG_BASE + RINGG_CALL_PATH, RINGG_CALL_ANSWER);
        answer(RINGG_BASE + RINGG_UPLOAD_PATH, RINGG_UPLOAD_ANSWER);
        answer(RINGG_BASE + RINGG_BULK_UPLOAD_PATH, RINGG_BULK_UPLOAD_ANSWER);
        server.start();
    }

    public static boolean isServerThread(String name) {
        return name.startsWith(THREAD_PREFIX) || name.startsWith(DISPATCHER_THREAD);
    }

    private void answer(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        server.createContext(path, exchange -> {
            try (exchange) {
                uploadedBytes.addAndGet(drain(exchange.getRequestBody()));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
    }

    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[64 * 1024]);

    private static long drain(InputStream in) throws IOException {
        byte[] buffer = BUFFER.get();
        long total = 0;
        for (int n; (n = in.read(buffer)) > 0; ) {
            total += n;
        }
        return total;
    }

    public String ringlyBaseUrl() {
        return baseUrl() + RINGLY_BASE;
    }

    public String ringgBaseUrl() {
        return baseUrl() + RINGG_BASE;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Request body bytes received so far on all paths. */
    public long receivedBytes() {
        return uploadedBytes.get();
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
