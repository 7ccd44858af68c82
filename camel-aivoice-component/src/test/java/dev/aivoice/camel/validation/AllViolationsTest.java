package dev.aivoice.camel.validation;

import java.util.Map;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.AiVoiceValidationException.Violation;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A request with several bad fields fails once, listing every one of them; nothing is sent. */
class AllViolationsTest extends ProviderServerTestSupport {

    @Override
    protected void configure(AiVoiceConfiguration defaults) {
        defaults.setApiKey("violations-key-123");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:ringly").to("aivoice:ringly:call");
                from("direct:ringg").to("aivoice:ringg:call");
            }
        };
    }

    @Test
    void everyBadFieldOfARinglyCallIsReportedAtOnce() {
        Exchange result = template.request("direct:ringly", e -> {
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "0415 555 0199");
            e.getMessage().setHeader(AiVoiceConstants.FROM_NUMBER, "+14155550123");
            e.getMessage().setHeader(AiVoiceConstants.VARIABLES, Map.of("first name", "Ada"));
        });

        AiVoiceValidationException error = (AiVoiceValidationException) result.getException();
        assertThat(error.getField()).isEqualTo("to_number");
        assertThat(error.getViolations()).extracting(Violation::field)
                .containsExactly("to_number", "agent_tag", "dynamic_variables");
        assertThat(error.getMessage()).startsWith("Invalid ringly call/create request: 3 invalid fields: to_number")
                .contains("; agent_tag is required").contains("; dynamic_variables key 'first name'");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void everyBadFieldOfARinggCallIsReportedAtOnce() {
        Exchange result = template.request("direct:ringg", e -> e.getMessage().setBody(Map.of(
                "mobile_number", "12345", "from_number", "+0123", "callback_url", "ftp://x/y")));

        AiVoiceValidationException error = (AiVoiceValidationException) result.getException();
        assertThat(error.getViolations()).extracting(Violation::field)
                .containsExactly("name", "mobile_number", "agent_id", "from_number", "callback_url");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void oneBadFieldIsOneViolation() {
        Exchange result = template.request("direct:ringly", e -> {
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199");
            e.getMessage().setHeader(AiVoiceConstants.FROM_NUMBER, "+12025550143");
        });

        AiVoiceValidationException error = (AiVoiceValidationException) result.getException();
        assertThat(error.getViolations()).extracting(Violation::field).containsExactly("agent_tag");
        assertThat(error.getMessage()).startsWith("Invalid ringly call/create request: agent_tag is required");
    }
}
