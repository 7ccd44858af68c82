package dev.aivoice.camel;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import dev.aivoice.camel.test.ProviderServerTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each validation rule stops a bad Ringly call before anything is sent, naming the field and what is allowed. */
class RinglyValidationTest extends ProviderServerTestSupport {

    static final String KEY = "rk_live_VALIDATION_secret";

    @AfterEach
    void nothingWasSent() {
        assertThat(server.requests()).as("requests on the wire").isEmpty();
        server.reset();
    }

    @Override
    protected void configure(AiVoiceConfiguration configuration) {
        configuration.setApiKey(KEY);
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("aivoice:ringly:call");
            }
        };
    }

    static Map<String, Object> validCall() {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("from_number", "+12025550143");
        call.put("to_number", "+14155550199");
        call.put("agent_tag", "agent_7f3c9a");
        call.put("dynamic_variables", new HashMap<>(Map.of("customer_name", "Jack")));
        return call;
    }

    @ParameterizedTest
    @ValueSource(strings = { "4155550199", "+1 415 555 0199", "+1-415-555-0199", "+0415550199", "++14155550199",
                             "+1415", "+1234567890123456", "tel:+14155550199", "+1415555019x" })
    void toNumberThatIsNotE164IsRejected(String number) {
        Map<String, Object> call = validCall();
        call.put("to_number", number);

        AiVoiceValidationException error = rejected(call);

        assertThat(error.getField()).isEqualTo("to_number");
        assertThat(error.getMessage()).contains("to_number", "E.164", "+14155550199");
    }

    @Test
    void fromNumberThatIsNotE164IsRejected() {
        Map<String, Object> call = validCall();
        call.put("from_number", "202-555-0143");

        AiVoiceValidationException error = rejected(call);

        assertThat(error.getField()).isEqualTo("from_number");
        assertThat(error.getMessage()).contains("'202-555-0143'");
    }

    @Test
    void missingToNumberSaysWhereToSetIt() {
        Map<String, Object> call = validCall();
        call.remove("to_number");

        AiVoiceValidationException error = rejected(call);

        assertThat(error.getField()).isEqualTo("to_number");
        assertThat(error.getMessage()).contains("is required", AiVoiceConstants.TO_NUMBER);
    }

    @Test
    void missingFromNumberIsRejected() {
        Map<String, Object> call = validCall();
        call.remove("from_number");

        assertThat(rejected(call).getField()).isEqualTo("from_number");
    }

    @Test
    void missingAgentTagIsRejected() {
        Map<String, Object> call = validCall();
        call.put("agent_tag", "  ");

        AiVoiceValidationException error = rejected(call);

        assertThat(error.getField()).isEqualTo("agent_tag");
        assertThat(error.getMessage()).contains("agent_tag is required", "agentId");
    }

    @ParameterizedTest
    @ValueSource(strings = { "first name", "name2", "customer-name", "", "naïve", "a.b" })
    void variableKeyWithOtherThanLettersAndUnderscoresIsRejected(String key) {
        Map<String, Object> call = validCall();
        call.put("dynamic_variables", Map.of(key, "x"));

        AiVoiceValidationException error = rejected(call);

        assertThat(error.getField()).isEqualTo("dynamic_variables");
        assertThat(error.getMessage()).contains("'" + key + "'", "letters A-Z, a-z and underscores only");
    }

    @Test
    void variableValueThatIsNotAStringIsRejectedNamingTheKey() {
        Map<String, Object> call = validCall();
        call.put("dynamic_variables", Map.of("amount", 120));

        AiVoiceValidationException error = rejected(call);

        assertThat(error.getField()).isEqualTo("dynamic_variables.amount");
        assertThat(error.getMessage()).contains("must be a string, was Integer");
    }

    @Test
    void badVariableKeyFromTheHeaderIsRejectedToo() {
        AiVoiceValidationException error = rejected(validCall(),
                e -> e.getMessage().setHeader(AiVoiceConstants.VARIABLES, Map.of("due date", "today")));

        assertThat(error.getField()).isEqualTo("dynamic_variables");
        assertThat(error.getMessage()).contains("'due date'");
    }

    @Test
    void variablesThatAreNotAnObjectAreRejected() {
        Map<String, Object> call = validCall();
        call.put("dynamic_variables", "customer_name=Jack");

        assertThat(rejected(call).getField()).isEqualTo("dynamic_variables");
    }

    @Test
    void unknownFieldIsRejectedListingTheAllowedOnes() {
        Map<String, Object> call = validCall();
        call.put("to_numbr", "+14155550199");

        AiVoiceValidationException error = rejected(call);

        assertThat(error.getField()).isEqualTo("to_numbr");
        assertThat(error.getMessage()).contains("from_number, to_number, agent_tag, dynamic_variables");
    }

    @Test
    void bodyThatIsNotJsonIsRejected() {
        AiVoiceValidationException error = rejected("{\"to_number\": ");

        assertThat(error.getField()).isEqualTo("body");
        assertThat(error.getMessage()).contains("not valid JSON");
    }

    @Test
    void jsonArrayBodyIsRejected() {
        AiVoiceValidationException error = rejected("[1, 2]");

        assertThat(error.getField()).isEqualTo("body");
        assertThat(error.getMessage()).contains("must be a JSON object, was a JSON array");
    }

    @Test
    void unknownOperationHeaderIsRejectedListingTheValidOnes() {
        AiVoiceValidationException error = rejected(validCall(),
                e -> e.getMessage().setHeader(AiVoiceConstants.OPERATION, "delete"));

        assertThat(error.getField()).isEqualTo(AiVoiceConstants.OPERATION);
        assertThat(error.getMessage()).contains("'delete'", "Valid operations: create");
        assertThat(error.getOperation()).isEqualTo("call/delete");
    }

    private AiVoiceValidationException rejected(Object body) {
        return rejected(body, e -> {
        });
    }

    private AiVoiceValidationException rejected(Object body, Consumer<Exchange> headers) {
        Exchange result = template.request("direct:call", e -> {
            e.getMessage().setBody(body);
            headers.accept(e);
        });
        assertThat(result.getException()).isInstanceOf(AiVoiceValidationException.class);
        AiVoiceValidationException error = (AiVoiceValidationException) result.getException();
        assertThat(error.getMessage()).doesNotContain(KEY);
        assertThat(error.getHttpStatus()).isZero();
        return error;
    }
}
