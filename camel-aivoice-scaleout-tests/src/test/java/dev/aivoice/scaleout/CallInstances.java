package dev.aivoice.scaleout;

import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.pacer.JdbcPacer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;

/**
 * Instances placing Ringly calls to one loopback provider account, each with its own pool on the shared database:
 * {@code direct:guarded} (duplicate-dial guard on camel-sql's JdbcMessageIdRepository), {@code direct:paced} (20/s
 * through a JdbcPacer) and {@code direct:guardedPaced} (both).
 */
final class CallInstances implements AutoCloseable {

    static final String API_KEY = "scaleout-ringly-key-0042";

    final List<Instance> instances = new ArrayList<>();
    final List<HikariDataSource> pools = new ArrayList<>();
    final List<JdbcPacer> pacers = new ArrayList<>();

    CallInstances(int count, String baseUrl, String keySpace) throws Exception {
        this(count, baseUrl, keySpace, SharedDatabase.CONNECTION_TIMEOUT_MILLIS);
    }

    /** @param connectionTimeoutMillis how long a request waits for a connection, e.g. while the database is down */
    CallInstances(int count, String baseUrl, String keySpace, long connectionTimeoutMillis) throws Exception {
        SharedDatabase.createTables();
        for (int i = 0; i < count; i++) {
            String name = "caller-" + (char) ('a' + i);
            HikariDataSource pool = SharedDatabase.pool(name, 10, connectionTimeoutMillis);
            pools.add(pool);
            JdbcMessageIdRepository callKeys = new JdbcMessageIdRepository(pool, keySpace);
            JdbcPacer pacer = new JdbcPacer(pool);
            // a reservation may wait for a connection first
            pacer.setTimeout(java.time.Duration.ofMillis(connectionTimeoutMillis + 5_000));
            pacers.add(pacer);
            instances.add(Instance.start(name, defaults -> defaults.setApiKey(API_KEY), registry -> {
                registry.bind("callKeys", callKeys);
                registry.bind("sharedPacer", pacer);
            }, routes(baseUrl)));
        }
    }

    private static RouteBuilder routes(String baseUrl) {
        String ringly = "aivoice:ringly:call?baseUrl=" + baseUrl + "&fromNumber=RAW(+12025550143)&agentId=agent_scaleout";
        String guard = "&idempotencyKey=${header.leadId}&idempotentRepository=#callKeys";
        String pacing = "&maxRequestsPerSecond=20&pacer=#sharedPacer";
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from("direct:guarded").to(ringly + guard);
                from("direct:paced").to(ringly + pacing);
                from("direct:guardedPaced").to(ringly + guard + pacing);
            }
        };
    }

    /** Sends one call request through an instance's route; the exchange as it came back. */
    static Exchange call(Instance instance, String route, String leadId, int lead) {
        return instance.template.request(route, exchange -> {
            exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+1415555" + String.format("%04d", lead));
            exchange.getMessage().setHeader("leadId", leadId);
        });
    }

    @Override
    public void close() {
        instances.forEach(Instance::close);
        pacers.forEach(JdbcPacer::close);
        pools.forEach(HikariDataSource::close);
    }
}
