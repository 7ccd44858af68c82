package dev.aivoice.scaleout;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceDuplicateCallException;
import dev.aivoice.camel.pacer.JdbcPacer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.util.OrderedProperties;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Running several instances" snippets as written: its DDL creates the tables, its Camel Main properties
 * (src/test/resources/readme/scaleout.properties) give the beans its routes (below) use, and its Spring Boot
 * configuration ({@link ScaleOutBeans}) gives the same beans. Only the database address is the test PostgreSQL's.
 */
class ReadmeScaleOutSnippetsTest {

    final AtomicInteger updated = new AtomicInteger();

    /** The README's routes; the CRM update and the lead source are the test's. */
    class ScaleOutRoutes extends RouteBuilder {
        @Override
        public void configure() {
            // snippet: scaleout-routes
            from("aivoice:ringg:events?webhookPath=/ringg/events&idempotentRepository=#webhookEvents")
                .to("direct:updateCrm");

            from("direct:newLead")
                .setHeader(AiVoiceConstants.TO_NUMBER, header("phone"))
                .to("aivoice:ringly:call?agentId=agent_7f3c9a&idempotencyKey=${header.leadId}"
                    + "&idempotentRepository=#callKeys&maxRequestsPerSecond=20&pacer=#sharedPacer");
            // end-snippet
            from("direct:updateCrm").process(exchange -> updated.incrementAndGet());
        }
    }

    @Test
    void readmeTablesCamelMainBeansAndRoutesWorkAsWritten() throws Exception {
        String jdbcUrl = readmeTablesInAFreshSchema();
        Properties properties = new OrderedProperties();
        try (InputStream in = getClass().getResourceAsStream("/readme/scaleout.properties")) {
            properties.load(in);
        }
        Properties test = new Properties();
        test.put("camel.beans.aivoiceDb.jdbcUrl", jdbcUrl);
        test.put("camel.beans.aivoiceDb.username", PrivatePostgres.USER);
        test.put("camel.beans.aivoiceDb.password", "unused-trust-auth");
        WebhookDelivery webhooks = new WebhookDelivery();
        try (LoopbackProvider provider = new LoopbackProvider()) {
            test.put("camel.component.aivoice.configuration.base-url", provider.baseUrl());
            test.put("camel.component.aivoice.configuration.api-key", CallInstances.API_KEY);
            test.put("camel.component.aivoice.configuration.from-number", "+12025550143");
            test.put("camel.component.aivoice.configuration.webhook-token", Instance.WEBHOOK_TOKEN);
            Main main = new Main();
            main.setInitialProperties(properties);
            main.setOverrideProperties(test);
            main.configure().addRoutesBuilder(new ScaleOutRoutes());
            int port = freePort();
            main.addMainListener(new MainListenerSupport() {
                @Override
                public void beforeConfigure(BaseMainSupport running) {
                    try {
                        // the platform-http engine, as camel-platform-http-main would add it
                        running.getCamelContext().addService(httpServer(port));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            main.start();
            try {
                CamelContext context = main.getCamelContext();
                Exchange first = context.createProducerTemplate().request("direct:newLead", e -> {
                    e.getMessage().setHeader("phone", "+14155550123");
                    e.getMessage().setHeader("leadId", "lead-readme");
                });
                Exchange again = context.createProducerTemplate().request("direct:newLead", e -> {
                    e.getMessage().setHeader("phone", "+14155550123");
                    e.getMessage().setHeader("leadId", "lead-readme");
                });
                java.net.URI receiver = java.net.URI.create("http://127.0.0.1:" + port + WebhookDelivery.PATH);
                HttpResponse<String> event = webhooks.post(receiver, WebhookDelivery.callCompleted("readme-call", 0));
                HttpResponse<String> duplicate = webhooks.post(receiver, WebhookDelivery.callCompleted("readme-call", 0));

                assertThat(first.getException()).isNull();
                assertThat(again.getException()).isInstanceOf(AiVoiceDuplicateCallException.class);
                assertThat(provider.arrivals()).hasSize(1);
                assertThat(event.statusCode()).isEqualTo(200);
                assertThat(duplicate.body()).isEqualTo("Duplicate");
                assertThat(updated).hasValue(1);
                try (HikariDataSource pool = SharedDatabase.pool("readme-check", 1)) {
                    String schema = jdbcUrl.substring(jdbcUrl.indexOf("currentSchema=") + 14);
                    assertThat(SharedDatabase.count(pool, "SELECT count(*) FROM " + schema + ".aivoice_pacer"))
                            .isEqualTo(1);
                    assertThat(SharedDatabase.count(pool, "SELECT count(*) FROM " + schema
                                                          + ".CAMEL_MESSAGEPROCESSED WHERE processorName = 'calls'"))
                            .isEqualTo(1);
                }
            } finally {
                main.stop();
            }
        }
    }

    @Test
    void readmeSpringBootBeansWorkAsWritten() throws Exception {
        String jdbcUrl = readmeTablesInAFreshSchema();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(PrivatePostgres.USER);
        config.setConnectionTimeout(SharedDatabase.CONNECTION_TIMEOUT_MILLIS);
        try (HikariDataSource dataSource = new HikariDataSource(config);
             AnnotationConfigApplicationContext spring = new AnnotationConfigApplicationContext()) {
            spring.registerBean("dataSource", javax.sql.DataSource.class, () -> dataSource);
            spring.register(ScaleOutBeans.class);
            spring.refresh();

            JdbcMessageIdRepository events = spring.getBean("webhookEvents", JdbcMessageIdRepository.class);
            events.start();
            assertThat(events.add("readme-spring-key")).isTrue();
            assertThat(events.add("readme-spring-key")).isFalse();
            assertThat(spring.getBean("callKeys", JdbcMessageIdRepository.class).getProcessorName()).isEqualTo("calls");
            JdbcPacer pacer = spring.getBean("sharedPacer", JdbcPacer.class);
            assertThat(pacer.reserve("ringly:readme", 20).get(15, TimeUnit.SECONDS)).isEqualTo(Duration.ZERO);
        }
    }

    /** Runs the README's DDL in a new schema; the JDBC URL that makes it the default one. */
    private static String readmeTablesInAFreshSchema() throws Exception {
        String section = section(Files.readString(Path.of("../README.md")), "## Running several instances");
        String schema = "readme_" + UUID.randomUUID().toString().substring(0, 8);
        try (HikariDataSource pool = SharedDatabase.pool("readme-ddl", 1); Connection connection = pool.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("SET search_path TO " + schema);
            for (String ddl : block(section, "```sql").split(";")) {
                if (!ddl.isBlank()) {
                    statement.execute(ddl);
                }
            }
        }
        return PrivatePostgres.get().jdbcUrl() + "?currentSchema=" + schema;
    }

    private static VertxPlatformHttpServer httpServer(int port) {
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        return new VertxPlatformHttpServer(server);
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String section(String readme, String heading) {
        int start = readme.indexOf(heading);
        assertThat(start).as(heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + heading.length());
        return end < 0 ? readme.substring(start) : readme.substring(start, end);
    }

    private static String block(String section, String fence) {
        int start = section.indexOf(fence);
        assertThat(start).as(fence).isNotNegative();
        int from = section.indexOf('\n', start) + 1;
        return section.substring(from, section.indexOf("```", from));
    }
}
