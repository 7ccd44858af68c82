package dev.aivoice.camel.validation;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** E.164 in shape is not enough: a number libphonenumber knows cannot exist is refused, saying why, before sending. */
class PhoneNumberValidityTest extends ProviderServerTestSupport {

    @Override
    protected void configure(AiVoiceConfiguration configuration) {
        configuration.setApiKey("ringly-key-validity");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").errorHandler(noErrorHandler())
                        .to("aivoice:ringly:call?fromNumber=RAW(+12025550143)&agentId=agent_1");
            }
        };
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "+15555550123   | is not a valid number of +1 (US): no such number range is allocated there",
            "+12005550123   | is not a valid number of +1 (US): no such number range is allocated there",
            "+999123456789  | has no assigned country code",
            "+9112345       | has a length no number of +91 (IN) has (too short)",
            "+4412345       | is not a valid number of +44 (GB)" })
    void numberThatCannotExistIsRefusedWithTheReasonAndNothingIsSent(String number, String reason) {
        Exchange result = template.request("direct:call",
                e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, number));

        assertThat(result.getException()).isExactlyInstanceOf(AiVoiceValidationException.class);
        AiVoiceValidationException invalid = (AiVoiceValidationException) result.getException();
        assertThat(invalid.getField()).isEqualTo("to_number");
        assertThat(invalid.getMessage()).contains("to_number " + reason).contains("was '" + number + "'");
        assertThat(server.requests()).isEmpty();
    }
}
