package dev.aivoice.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.aivoice.sandbox.http.HttpCall;
import dev.aivoice.sandbox.http.Reply;
import dev.aivoice.sandbox.http.RinggStyle;
import dev.aivoice.sandbox.http.Router;

/** The JDK HTTP server on 127.0.0.1 that records every request, plays planned faults and dispatches to the APIs. */
final class SandboxServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Router> routers;
    private final SandboxClock clock;
    private final FaultPlan faults = new FaultPlan();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

    SandboxServer(List<Router> routers, SandboxClock clock) throws IOException {
        this.routers = routers;
        this.clock = clock;
        this.executor = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "aivoice-sandbox-http");
            thread.setDaemon(true);
            return thread;
        });
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    FaultPlan faults() {
        return faults;
    }

    List<RecordedRequest> requests() {
        return new ArrayList<>(requests);
    }

    void clearRequests() {
        requests.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            Fault fault = faults.take(method, path);
            requests.add(new RecordedRequest(method, path, query, headers, body, clock.now(),
                    fault == null ? null : fault.toString()));
            if (fault != null) {
                sleep(fault);
                if (fault.kind() == Fault.Kind.DROP) {
                    return; // closing an exchange before its headers were sent drops the connection
                }
                if (fault.kind() == Fault.Kind.STATUS) {
                    send(exchange, Reply.text(fault.status(), "application/json", fault.body() == null ? "" : fault.body()));
                    return;
                }
            }
            Reply reply = dispatch(method, path, query, headers, body);
            if (fault != null && fault.kind() == Fault.Kind.DROP_AFTER_PROCESSING) {
                return;
            }
            send(exchange, reply);
        }
    }

    private Reply dispatch(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {
        for (Router router : routers) {
            if (path.startsWith(router.prefix() + "/")) {
                HttpCall call = new HttpCall(method, path.substring(router.prefix().length()), query, headers, body);
                Optional<Reply> reply = router.dispatch(call);
                if (reply.isPresent()) {
                    return reply.get();
                }
            }
        }
        return RinggStyle.detail(404, "Not Found");
    }

    private static void sleep(Fault fault) {
        if (fault.delay().isZero()) {
            return;
        }
        try {
            Thread.sleep(fault.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, Reply reply) {
        try {
            exchange.getResponseHeaders().add("Content-Type", reply.contentType());
            byte[] out = reply.body();
            exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                exchange.getResponseBody().write(out);
            }
        } catch (IOException clientGone) {
            // the client gave up (timeout) and closed the connection: nothing left to answer
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
