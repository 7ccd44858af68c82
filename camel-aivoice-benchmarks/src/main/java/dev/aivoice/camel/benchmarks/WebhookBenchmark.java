package dev.aivoice.camel.benchmarks;

import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/**
 * Figure 2: webhook events ingested per second through {@code aivoice:ringg:events} (token check, parse, dedupe,
 * route) against a bare platform-http route that only reads the body, both on the same Vert.x server, fed by the same
 * concurrent senders with the same bodies. Every event has its own call id, so every one is routed.
 */
public final class WebhookBenchmark {

    static final String TOKEN = "webhook-bench-token-0001";
    static final String EVENTS_PATH = "/aivoice/ringg/events";
    static final String BARE_PATH = "/bare/events";
    static final String EVENTS_URI = "aivoice:ringg:events?webhookToken=" + TOKEN + "&webhookPath=" + EVENTS_PATH;

    /** The documented call_completed payload; the call id is spliced in between the two halves. */
    private static final String BEFORE_ID = "{\"event_type\": \"call_completed\", \"call_id\": \"";
    private static final String AFTER_ID = """
            ", "call_sid": "CA5f1e2d3c4b5a69788796a5b4c3d2e1f0", "agent_id": "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b",
             "workspace_id": "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a", "agent_name": "Renewal reminder",
             "version_id": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "status": "completed", "retry_count": 0,
             "call_type": "outbound", "to_number": "+919876543210", "from_number": "+912212345678",
             "bulk_list_id": null, "called_on": "2026-03-02T10:16:01.2Z", "call_duration": 42.5, "call_cost": 1.2,
             "transcript": [{"bot": "Hello Asha, this is a reminder about policy P-1."}, {"user": "Thanks, I will pay."}],
             "custom_args_values": {"callee_name": "Asha", "order_id": "A-17"}}""";

    private final Settings settings;
    private final PrintStream log;
    private final AtomicLong nextCallId = new AtomicLong();
    private final LongAdder routed = new LongAdder();
    private final LongAdder acceptedByEvents = new LongAdder();

    public WebhookBenchmark(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    /** Adds the Vert.x server platform-http runs on; must happen before the context starts. */
    public static int addHttpServer(CamelContext context) throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        VertxPlatformHttpServerConfiguration configuration = new VertxPlatformHttpServerConfiguration();
        configuration.setBindHost("127.0.0.1");
        configuration.setBindPort(port);
        context.addService(new VertxPlatformHttpServer(configuration));
        return port;
    }

    public void run(CamelContext context, int port, Table table) throws Exception {
        String figure = "webhook events/s (" + settings.webhookSenders() + " senders)";
        boolean eventsAvailable = Availability.hasConsumer(context, EVENTS_URI);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("platform-http:" + BARE_PATH + "?httpMethodRestrict=POST").routeId("bare-platform-http")
                        .process(exchange -> {
                            exchange.getMessage().getBody(String.class);
                            exchange.getMessage().setBody("");
                            exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 200);
                        });
                if (eventsAvailable) {
                    from(EVENTS_URI).routeId("aivoice-events").process(exchange -> routed.increment());
                }
            }
        });
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Contender> contenders = new ArrayList<>();
        contenders.add(new Contender("bare platform-http route (reads body)", sender(client, port, BARE_PATH)));
        if (eventsAvailable) {
            contenders.add(new Contender("aivoice:ringg:events", sender(client, port, EVENTS_PATH)));
        }
        LoadDriver.Round[][] measured = Rounds.interleaved(settings, contenders, log, table, "webhook",
                (contender, driver) -> driver.run(contender.call(), settings.roundLength()), settings.webhookSenders());

        table.add(figure, contenders.get(0).name(),
                new Sample(ProducerBenchmark.values(measured, 0, LoadDriver.Round::perSecond)), "events/s", "baseline");
        if (!eventsAvailable) {
            table.skipped(figure, "operation not available (aivoice:ringg:events consumer)");
            return;
        }
        double ratio = ProducerBenchmark.pairedRatio(measured, 1, 0, LoadDriver.Round::perSecond);
        table.add(figure, contenders.get(1).name(),
                new Sample(ProducerBenchmark.values(measured, 1, LoadDriver.Round::perSecond)), "events/s",
                String.format("%.2fx bare (higher is better)", ratio));
        table.add("webhook latency p99", contenders.get(0).name(),
                new Sample(ProducerBenchmark.values(measured, 0, LoadDriver.Round::p99Micros)), "us", "baseline");
        table.add("webhook latency p99", contenders.get(1).name(),
                new Sample(ProducerBenchmark.values(measured, 1, LoadDriver.Round::p99Micros)), "us",
                String.format("%.2fx bare (lower is better)",
                        ProducerBenchmark.pairedRatio(measured, 1, 0, LoadDriver.Round::p99Micros)));
        table.goal("aivoice:ringg:events events/s vs bare platform-http", ratio, 0.8, true);
        table.note("webhook: " + acceptedByEvents.sum() + " events answered 200 by aivoice:ringg:events, " + routed.sum()
                   + " routed" + (acceptedByEvents.sum() == routed.sum() ? " (all)" : " (MISMATCH)"));
    }

    private Call sender(HttpClient client, int port, String path) {
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        return () -> {
            String body = BEFORE_ID + "c0ffee00-0000-4000-8000-" + String.format("%012d", nextCallId.incrementAndGet())
                          + AFTER_ID;
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                    .build();
            HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered HTTP " + response.statusCode());
            }
            if (path.equals(EVENTS_PATH)) {
                acceptedByEvents.increment();
            }
        };
    }
}
