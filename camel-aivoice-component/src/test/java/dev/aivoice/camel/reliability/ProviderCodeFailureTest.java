package dev.aivoice.camel.reliability;

import java.time.Duration;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.test.ProbeProvider;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** A bug in provider code that reads an answer fails the exchange; it never leaves it waiting forever. */
class ProviderCodeFailureTest extends ProviderServerTestSupport {

    @Override
    protected void configure(AiVoiceConfiguration configuration) {
        configuration.setApiKey("probe-key");
        configuration.setMaxRetries(2);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:get").to("aivoice:probe:item?operation=get");
            }
        };
    }

    @Test
    void errorMapperThatThrowsFailsTheExchangeInsteadOfHangingIt() {
        server.answerAlways(Answer.json(ProbeProvider.MAPPER_BUG_STATUS, "{}"));

        Exchange result = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> template.request("direct:get", e -> {
                }));

        assertThat(result.getException()).isInstanceOf(IllegalStateException.class)
                .hasMessage("probe error mapper bug");
        assertThat(server.requests()).as("a bug is not a reason to retry").hasSize(1);
    }
}
