package dev.aivoice.camel.ringg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceInvalidRequestException;
import dev.aivoice.camel.AiVoiceServerException;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.ringg.model.RinggTerminateNumbersRequest;
import dev.aivoice.camel.ringg.model.RinggTerminated;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.RecordingHttpServer.Recorded;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Terminate by numbers (R19) and by numbers inside one campaign (R20): 100 numbers per request, failures reported. */
class RinggTerminateNumbersRouteTest extends RinggRouteTestSupport {

    static final String TERMINATED = "{\"message\": \"Calls terminated successfully!\"}";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:numbers").to("aivoice:ringg:campaign?operation=terminateNumbers");
                from("direct:campaignNumbers").to("aivoice:ringg:campaign?operation=terminateCampaignNumbers");
            }
        };
    }

    static List<String> numbers(int count) {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            numbers.add("+91987650" + String.format("%04d", i));
        }
        return numbers;
    }

    @Test
    void numbersAndTheToNumberHeaderArePatchedInRequestsOfAtMostHundred() throws Exception {
        server.answerAlways(Answer.json(200, TERMINATED));
        List<String> numbers = numbers(150);

        Exchange result = template.request("direct:numbers", e -> {
            e.getMessage().setBody(new RinggTerminateNumbersRequest(numbers));
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199");
        });

        List<Recorded> requests = server.requests();
        assertThat(requests).hasSize(2);
        JsonNode first = jsonOf(assertRinggRequest(requests.get(0), "PATCH", "/campaign/terminate/numbers"));
        JsonNode second = jsonOf(assertRinggRequest(requests.get(1), "PATCH", "/campaign/terminate/numbers"));
        assertThat(first.fieldNames()).toIterable().containsExactly("mobile_numbers");
        assertThat(first.get("mobile_numbers")).hasSize(100);
        assertThat(second.get("mobile_numbers")).hasSize(51);
        assertThat(second.get("mobile_numbers").get(50).asText()).isEqualTo("+14155550199");
        RinggTerminated terminated = result.getMessage().getBody(RinggTerminated.class);
        assertThat(terminated.getRequests()).isEqualTo(2);
        assertThat(terminated.getNumbers()).isEqualTo(151);
        assertThat(terminated.getMessages()).containsExactly("Calls terminated successfully!",
                "Calls terminated successfully!");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.TERMINATED_NUMBERS, List.class)).hasSize(151);
    }

    @Test
    void campaignNumbersRepeatTheCampaignInEveryRequest() throws Exception {
        server.answerAlways(Answer.json(200, TERMINATED));

        template.send("direct:campaignNumbers", e -> e.getMessage().setBody(
                Map.of("campaign_id", "camp-1", "mobile_numbers", numbers(120))));

        List<Recorded> requests = server.requests();
        assertThat(requests).hasSize(2);
        for (Recorded request : requests) {
            JsonNode body = jsonOf(assertRinggRequest(request, "PATCH", "/campaign/terminate/campaign-numbers"));
            assertThat(body.get("campaign_id").asText()).isEqualTo("camp-1");
        }
        assertThat(jsonOf(requests.get(1))).isEqualTo(jsonOf("""
                {"campaign_id": "camp-1", "mobile_numbers": %s}""".formatted(json.writeValueAsString(
                numbers(120).subList(100, 120)))));
    }

    @Test
    void aFailingRequestSaysWhichRequestsWereAppliedAndStopsTheRest() {
        server.enqueue(Answer.json(200, TERMINATED));
        server.enqueue(Answer.json(500, "{\"detail\": \"Internal error\"}"));
        List<String> numbers = numbers(250);

        Exchange result = template.request("direct:numbers", e -> e.getMessage().setBody(
                Map.of("mobile_numbers", numbers)));

        assertThat(server.requests()).hasSize(2);
        AiVoiceServerException error = failure(result, AiVoiceServerException.class);
        assertThat(error.getMessage()).contains("terminate request 2 of 3 failed")
                .contains("requests 1-1 applied (100 numbers").contains("requests 3-3 not sent");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.TERMINATED_NUMBERS, List.class))
                .isEqualTo(numbers.subList(0, 100));
    }

    @Test
    void nothingTerminableIsRinggs400WithNothingApplied() {
        server.answerAlways(Answer.json(400, "{\"detail\": \"No calls found to terminate\"}"));

        Exchange result = template.request("direct:numbers", e -> e.getMessage().setBody(
                Map.of("mobile_numbers", List.of("+14155550199"))));

        assertThat(failure(result, AiVoiceInvalidRequestException.class).getProviderMessage())
                .isEqualTo("No calls found to terminate");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.TERMINATED_NUMBERS, List.class)).isEmpty();
    }

    @Test
    void badNumbersMissingCampaignOrForeignFieldsSendNothing() {
        Exchange badNumber = template.request("direct:numbers",
                e -> e.getMessage().setBody(Map.of("mobile_numbers", List.of("+14155550199", "98765"))));
        Exchange none = template.request("direct:numbers", e -> e.getMessage().setBody(null));
        Exchange noCampaign = template.request("direct:campaignNumbers",
                e -> e.getMessage().setBody(Map.of("mobile_numbers", List.of("+14155550199"))));
        Exchange foreign = template.request("direct:numbers", e -> e.getMessage().setBody(
                Map.of("campaign_id", "c-1", "mobile_numbers", List.of("+14155550199"))));

        assertThat(failure(badNumber, AiVoiceValidationException.class).getField()).isEqualTo("mobile_numbers[1]");
        assertThat(failure(none, AiVoiceValidationException.class).getField()).isEqualTo("mobile_numbers");
        assertThat(failure(noCampaign, AiVoiceValidationException.class).getField()).isEqualTo("campaign_id");
        assertThat(failure(foreign, AiVoiceValidationException.class).getField()).isEqualTo("campaign_id");
        assertThat(server.requests()).isEmpty();
    }
}
