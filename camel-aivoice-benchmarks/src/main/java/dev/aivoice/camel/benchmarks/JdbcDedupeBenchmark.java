package dev.aivoice.camel.benchmarks;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.aivoice.scaleout.PrivatePostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

/**
 * Figure (issue 15): webhook events ingested per second by {@code aivoice:ringg:events} with its dedupe store in
 * PostgreSQL (camel-sql's JdbcMessageIdRepository, as several instances would share it) against the default in-memory
 * store, same server, same senders, every event new. The database is a private PostgreSQL started under target/.
 */
public final class JdbcDedupeBenchmark {

    static final String FIGURE = "webhook dedupe store events/s";
    private static final String MEMORY_PATH = "/bench/events-memory";
    private static final String JDBC_PATH = "/bench/events-jdbc";
    private static final String TABLE = "CREATE TABLE IF NOT EXISTS CAMEL_MESSAGEPROCESSED (processorName VARCHAR(255)"
                                        + " NOT NULL, messageId VARCHAR(255) NOT NULL, createdAt TIMESTAMP,"
                                        + " PRIMARY KEY (processorName, messageId))";

    private final Settings settings;
    private final PrintStream log;
    private final AtomicLong nextCallId = new AtomicLong();

    public JdbcDedupeBenchmark(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public void run(CamelContext context, int port, Table table) throws Exception {
        PrivatePostgres postgres;
        try {
            postgres = PrivatePostgres.get();
        } catch (Exception | Error noDatabase) {
            table.skipped(FIGURE, "no PostgreSQL to start (" + noDatabase.getClass().getSimpleName() + ")");
            return;
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl());
        config.setUsername(PrivatePostgres.USER);
        config.setMaximumPoolSize(settings.webhookSenders());
        try (HikariDataSource pool = new HikariDataSource(config)) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute(TABLE);
            }
            context.getRegistry().bind("benchJdbcEvents", new JdbcMessageIdRepository(pool, "bench-events"));
            String events = "aivoice:ringg:events?webhookToken=" + WebhookBenchmark.TOKEN + "&webhookPath=";
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(events + MEMORY_PATH).routeId("dedupe-memory").setBody(constant(""));
                    from(events + JDBC_PATH + "&idempotentRepository=#benchJdbcEvents").routeId("dedupe-jdbc")
                            .setBody(constant(""));
                }
            });
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<Contender> contenders = List.of(
                    new Contender("in-memory repository (default)", sender(client, port, MEMORY_PATH)),
                    new Contender("JdbcMessageIdRepository, PostgreSQL", sender(client, port, JDBC_PATH)));
            LoadDriver.Round[][] measured = Rounds.interleaved(settings, contenders, log, table, "dedupe",
                    (contender, driver) -> driver.run(contender.call(), settings.roundLength()),
                    settings.webhookSenders());
            table.add(FIGURE, contenders.get(0).name(),
                    new Sample(ProducerBenchmark.values(measured, 0, LoadDriver.Round::perSecond)), "events/s",
                    "baseline");
            table.add(FIGURE, contenders.get(1).name(),
                    new Sample(ProducerBenchmark.values(measured, 1, LoadDriver.Round::perSecond)), "events/s",
                    String.format(Locale.ROOT, "%.2fx memory (higher is better)",
                            ProducerBenchmark.pairedRatio(measured, 1, 0, LoadDriver.Round::perSecond)));
            table.add("webhook dedupe latency p99", contenders.get(1).name(),
                    new Sample(ProducerBenchmark.values(measured, 1, LoadDriver.Round::p99Micros)), "us",
                    String.format(Locale.ROOT, "%.2fx memory (lower is better)",
                            ProducerBenchmark.pairedRatio(measured, 1, 0, LoadDriver.Round::p99Micros)));
            // stop the JDBC route before its pool closes
            context.getRouteController().stopRoute("dedupe-jdbc");
        }
    }

    private Call sender(HttpClient client, int port, String path) {
        URI uri = URI.create("http://127.0.0.1:" + port + path);
        return () -> {
            String body = "{\"event_type\": \"call_completed\", \"call_id\": \"dedupe-"
                          + nextCallId.incrementAndGet() + "\", \"status\": \"completed\", \"retry_count\": 0}";
            HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + WebhookBenchmark.TOKEN)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().isEmpty()) {
                // a duplicate would answer "Duplicate": every event here is new and must be routed
                throw new IllegalStateException(path + " answered HTTP " + response.statusCode() + " "
                                                + response.body());
            }
        };
    }
}
