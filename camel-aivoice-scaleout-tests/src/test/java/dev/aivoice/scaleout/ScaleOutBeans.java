package dev.aivoice.scaleout;

import javax.sql.DataSource;

import dev.aivoice.camel.pacer.JdbcPacer;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

// The README's Spring Boot beans for several instances (ReadmeScaleOutSnippetsTest runs them on the test database)
// snippet: scaleout-spring-boot
@Configuration
class ScaleOutBeans {
    @Bean
    JdbcMessageIdRepository webhookEvents(DataSource dataSource) {
        return new JdbcMessageIdRepository(dataSource, "ringg-events");
    }

    @Bean
    JdbcMessageIdRepository callKeys(DataSource dataSource) {
        return new JdbcMessageIdRepository(dataSource, "calls");
    }

    @Bean
    JdbcPacer sharedPacer(DataSource dataSource) {
        return new JdbcPacer(dataSource);
    }
}
// end-snippet
