package dev.aivoice.camel;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aivoice.camel.ringly.model.RinglyCallRequest;
import dev.aivoice.camel.ringly.model.RinglyCallResponse;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.RecordingHttpServer.Recorded;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Places Ringly calls through real routes against a real loopback server and checks the exact request sent. */
class RinglyCallRouteTest extends ProviderServerTestSupport {

    static final String KEY = "ringly-secret-key-123";
    static final String OK = """
            {"from_number": "+12025550143", "to_number": "+14155550199", "agent_tag": "agent_7f3c9a",
             "call_status": "registered", "dynamic_variables": {"customer_name": "Jack"}}""";

    final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void answerOk() {
        server.answerAlways(Answer.json(200, OK));
    }

    @Override
    protected String basePath() {
        return "/api/1.1/wf";
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
                from("direct:defaults").to("aivoice:ringly:call?fromNumber=%2B12025550143&agentId=agent_7f3c9a");
            }
        };
    }

    @Test
    void typedRequestIsPostedWithRawKeyAndJsonBody() throws Exception {
        RinglyCallRequest call = new RinglyCallRequest("+14155550199").setFromNumber("+12025550143")
                .setAgentTag("agent_7f3c9a").variable("customer_name", "Jack").variable("outstanding_payment", "$120.00");

        Exchange result = template.request("direct:call", e -> e.getMessage().setBody(call));

        assertThat(result.getException()).isNull();
        Recorded request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/api/1.1/wf/make-outbound-call-v2");
        assertThat(request.query()).isNull();
        assertThat(request.header("Authorization")).isEqualTo(KEY);
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        assertThat(request.header("X-API-KEY")).isNull();
        assertThat(json.readTree(request.body())).isEqualTo(json.readTree("""
                {"from_number": "+12025550143", "to_number": "+14155550199", "agent_tag": "agent_7f3c9a",
                 "dynamic_variables": {"customer_name": "Jack", "outstanding_payment": "$120.00"}}"""));

        RinglyCallResponse response = result.getMessage().getBody(RinglyCallResponse.class);
        assertThat(response.getCallStatus()).isEqualTo("registered");
        assertThat(response.getToNumber()).isEqualTo("+14155550199");
        assertThat(response.getDynamicVariables()).containsEntry("customer_name", "Jack");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_ID)).isNull();
    }

    @Test
    void mapBodyUsesProviderFieldNames() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("from_number", "+12025550143");
        body.put("to_number", "+14155550199");
        body.put("agent_tag", "sales_bot");
        body.put("dynamic_variables", Map.of("first_name", "Ada"));

        template.sendBody("direct:call", body);

        assertThat(json.readTree(server.onlyRequest().body())).isEqualTo(json.readTree("""
                {"from_number": "+12025550143", "to_number": "+14155550199", "agent_tag": "sales_bot",
                 "dynamic_variables": {"first_name": "Ada"}}"""));
    }

    @Test
    void jsonStringBodyIsSentAsItsFields() throws Exception {
        template.sendBody("direct:call", """
                {"from_number": "+12025550143", "to_number": "+4915112345678", "agent_tag": "agent_x"}""");

        JsonNode sent = json.readTree(server.onlyRequest().body());
        assertThat(sent).isEqualTo(json.readTree("""
                {"from_number": "+12025550143", "to_number": "+4915112345678", "agent_tag": "agent_x"}"""));
    }

    @Test
    void headersAndEndpointOptionsBuildTheWholeRequest() throws Exception {
        template.send("direct:defaults", e -> {
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199");
            e.getMessage().setHeader(AiVoiceConstants.VARIABLES, Map.of("customer_name", "Jack"));
        });

        assertThat(json.readTree(server.onlyRequest().body())).isEqualTo(json.readTree("""
                {"from_number": "+12025550143", "to_number": "+14155550199", "agent_tag": "agent_7f3c9a",
                 "dynamic_variables": {"customer_name": "Jack"}}"""));
    }

    @Test
    void headersOverrideBodyAndOptionsAndVariablesMergeKeyByKey() throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("to_number", "+14155550100");
        body.put("agent_tag", "from_body");
        body.put("dynamic_variables", Map.of("customer_name", "Body", "plan", "gold"));

        template.send("direct:defaults", e -> {
            e.getMessage().setBody(body);
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199");
            e.getMessage().setHeader(AiVoiceConstants.FROM_NUMBER, "+12025550000");
            e.getMessage().setHeader(AiVoiceConstants.AGENT_ID, "from_header");
            e.getMessage().setHeader(AiVoiceConstants.VARIABLES, Map.of("customer_name", "Header"));
        });

        assertThat(json.readTree(server.onlyRequest().body())).isEqualTo(json.readTree("""
                {"from_number": "+12025550000", "to_number": "+14155550199", "agent_tag": "from_header",
                 "dynamic_variables": {"customer_name": "Header", "plan": "gold"}}"""));
    }

    @Test
    void bodyOverridesEndpointOptions() throws Exception {
        template.sendBody("direct:defaults", Map.of("to_number", "+14155550199", "agent_tag", "body_agent"));

        JsonNode sent = json.readTree(server.onlyRequest().body());
        assertThat(sent.get("agent_tag").asText()).isEqualTo("body_agent");
        assertThat(sent.get("from_number").asText()).isEqualTo("+12025550143");
    }

    @Test
    void callIdIsExposedWhenTheAnswerCarriesOne() {
        server.answerAlways(Answer.json(200, """
                {"call_id": "c-42", "call_status": "registered", "to_number": "+14155550199", "extra": 7}"""));

        Exchange result = template.request("direct:defaults",
                e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199"));

        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_ID)).isEqualTo("c-42");
        RinglyCallResponse response = result.getMessage().getBody(RinglyCallResponse.class);
        assertThat(response.getCallId()).isEqualTo("c-42");
        assertThat(response.getAdditionalFields()).containsEntry("extra", 7);
    }

    @Test
    void bubbleSuccessEnvelopeIsUnwrapped() {
        server.answerAlways(Answer.json(200, """
                {"status": "success", "response": {"call_status": "registered", "to_number": "+14155550199"}}"""));

        Exchange result = template.request("direct:defaults",
                e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
    }

    @Test
    void operationHeaderSelectsTheOnlyRinglyOperation() {
        Exchange result = template.request("direct:defaults", e -> {
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199");
            e.getMessage().setHeader(AiVoiceConstants.OPERATION, "create");
        });

        assertThat(result.getException()).isNull();
        assertThat(server.requests()).hasSize(1);
    }
}
