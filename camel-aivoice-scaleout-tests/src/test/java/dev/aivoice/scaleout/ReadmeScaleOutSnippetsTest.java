package dev.aivoice.scaleout;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import dev.aivoice.camel.reliability.JdbcPacer;
import org.apache.camel.main.Main;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.apache.camel.util.OrderedProperties;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Running several instances" snippets as written: its DDL creates working tables, and its Camel Main
 * properties give the beans the routes refer to (only the database address is pointed at the test PostgreSQL).
 */
class ReadmeScaleOutSnippetsTest {

    @Test
    void readmeTablesAndCamelMainBeansWorkAsWritten() throws Exception {
        String section = section(Files.readString(Path.of("../README.md")), "## Running several instances");
        String schema = "readme_" + UUID.randomUUID().toString().substring(0, 8);
        String jdbcUrl = PrivatePostgres.get().jdbcUrl() + "?currentSchema=" + schema;
        try (var pool = SharedDatabase.pool("readme-ddl", 1); Connection connection = pool.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            statement.execute("SET search_path TO " + schema);
            for (String ddl : block(section, "```sql").split(";")) {
                if (!ddl.isBlank()) {
                    statement.execute(ddl);
                }
            }
        }

        // in file order, as Camel Main reads application.properties: beans are created in that order
        Properties properties = new OrderedProperties();
        properties.load(new StringReader(block(section, "```properties")));
        Properties database = new Properties();
        database.put("camel.beans.aivoiceDb.jdbcUrl", jdbcUrl);
        database.put("camel.beans.aivoiceDb.username", PrivatePostgres.USER);
        database.put("camel.beans.aivoiceDb.password", "unused-trust-auth");
        Main main = new Main();
        main.setInitialProperties(properties);
        main.setOverrideProperties(database);
        main.start();
        try {
            var registry = main.getCamelContext().getRegistry();
            JdbcMessageIdRepository events = registry.lookupByNameAndType("webhookEvents", JdbcMessageIdRepository.class);
            JdbcMessageIdRepository calls = registry.lookupByNameAndType("callKeys", JdbcMessageIdRepository.class);
            JdbcPacer pacer = registry.lookupByNameAndType("sharedPacer", JdbcPacer.class);
            events.start();
            calls.start();

            String key = "ringg|readme-call|call_completed|0";
            assertThat(events.add(key)).isTrue();
            assertThat(events.add(key)).isFalse();
            assertThat(calls.contains(key)).isFalse();
            assertThat(pacer.reserve("ringly:readme", 20).get(5, TimeUnit.SECONDS)).isEqualTo(Duration.ZERO);
            assertThat(pacer.reserve("ringly:readme", 20).get(5, TimeUnit.SECONDS))
                    .isBetween(Duration.ofMillis(1), Duration.ofMillis(50));
        } finally {
            main.stop();
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
