package dev.aivoice.camel.ringg;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceNotFoundException;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.events.TranscriptTurn;
import dev.aivoice.camel.ringg.model.RinggCall;
import dev.aivoice.camel.ringg.model.RinggCallConfig;
import dev.aivoice.camel.ringg.model.RinggCallCreated;
import dev.aivoice.camel.ringg.model.RinggCallDetails;
import dev.aivoice.camel.ringg.model.RinggCallRequest;
import dev.aivoice.camel.ringg.model.RinggTerminated;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.RecordingHttpServer.Recorded;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ringg calls: create, get, history (one page, every page), terminate, against a real loopback server. */
class RinggCallRouteTest extends RinggRouteTestSupport {

    static final String CREATED = """
            {"status": "success", "message": "Call initiated successfully",
             "data": {"call_id": "c-1", "call_direction": "outbound", "call_status": "ongoing",
                      "initiated_at": "2026-03-02T10:15:00.123456", "agent_id": "a-1",
                      "custom_args_values": {"callee_name": "Asha", "order_id": "A-17"}}}""";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:create").to("aivoice:ringg:call");
                from("direct:createDefaults").to("aivoice:ringg:call?agentId=a-1&numberPoolId=pool-1"
                                                 + "&callConfig={\"call_time\":{\"timezone\":\"Europe/Berlin\"}}");
                from("direct:get").to("aivoice:ringg:call?operation=get&sendAnalysis=true");
                from("direct:history").to("aivoice:ringg:call?operation=history");
                from("direct:historyAll").to("aivoice:ringg:call?operation=history&pageAll=true&limit=2")
                        .split(body()).streaming().to("mock:call");
                from("direct:terminate").to("aivoice:ringg:call?operation=terminate&agentId=must-not-be-used");
            }
        };
    }

    @Test
    void typedCallWithPoolWindowScheduleRetriesAndCallbackIsPostedToV2() throws Exception {
        server.answerAlways(Answer.json(200, CREATED));
        RinggCallRequest call = new RinggCallRequest("Asha", "+919876543210").setAgentId("a-1")
                .setNumberPoolId("pool-1").variable("order_id", "A-17")
                .setCallConfig(new RinggCallConfig().window("09:00", "18:30", "Asia/Kolkata")
                        .scheduledAt("2026-03-02T10:15:00").retries(2, 30, 60, 15))
                .setCallbackUrl("https://crm.example.com/ringg")
                .setCallbackArgs(Map.of("headers", Map.of("X-Token", "t")));

        Exchange result = template.request("direct:create", e -> e.getMessage().setBody(call));

        assertThat(result.getException()).isNull();
        Recorded request = assertRinggRequest(server.onlyRequest(), "POST", "/calling/v2/outbound/individual");
        assertThat(request.query()).isNull();
        assertThat(jsonOf(request)).isEqualTo(jsonOf("""
                {"name": "Asha", "mobile_number": "+919876543210", "agent_id": "a-1", "number_pool_id": "pool-1",
                 "custom_args_values": {"order_id": "A-17"},
                 "call_config": {"call_time": {"call_start_time": "09:00", "call_end_time": "18:30",
                                               "timezone": "Asia/Kolkata", "scheduled_at": "2026-03-02T10:15:00"},
                                 "call_retry_config": {"retry_count": 2, "retry_busy": 30, "retry_not_picked": 60,
                                                       "retry_failed": 15}},
                 "callback_url": "https://crm.example.com/ringg", "callback_args": {"headers": {"X-Token": "t"}}}"""));
        RinggCallCreated created = result.getMessage().getBody(RinggCallCreated.class);
        assertThat(created.getCallId()).isEqualTo("c-1");
        assertThat(created.getCallStatus()).isEqualTo("ongoing");
        assertThat(created.getMessage()).isEqualTo("Call initiated successfully");
        assertThat(created.getInitiatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T10:15:00.123456Z"));
        assertThat(created.getCustomArgsValues()).containsEntry("order_id", "A-17");
        assertThat(json.readTree(json.writeValueAsString(created)).get("initiated_at").asText())
                .isEqualTo("2026-03-02T10:15:00.123456Z");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_ID)).isEqualTo("c-1");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("ongoing");
    }

    @Test
    void headersAndEndpointOptionsBuildTheWholeCallAndCallConfigsMergeKeyByKey() throws Exception {
        server.answerAlways(Answer.json(200, CREATED));

        template.send("direct:createDefaults", e -> {
            e.getMessage().setBody(Map.of("call_config", Map.of("call_time", Map.of("call_start_time", "08:00"))));
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199");
            e.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Jack");
            e.getMessage().setHeader(AiVoiceConstants.VARIABLES, Map.of("plan", "gold"));
            e.getMessage().setHeader(AiVoiceConstants.CALL_CONFIG, "{\"call_retry_config\": {\"retry_count\": 1}}");
        });

        assertThat(jsonOf(server.onlyRequest())).isEqualTo(jsonOf("""
                {"agent_id": "a-1", "name": "Jack", "mobile_number": "+14155550199", "number_pool_id": "pool-1",
                 "custom_args_values": {"plan": "gold"},
                 "call_config": {"call_time": {"timezone": "Europe/Berlin", "call_start_time": "08:00"},
                                 "call_retry_config": {"retry_count": 1}}}"""));
    }

    @Test
    void callerHeaderReplacesTheOptionsPool() throws Exception {
        server.answerAlways(Answer.json(200, CREATED));

        template.send("direct:createDefaults", e -> {
            e.getMessage().setBody("{\"name\": \"Jack\", \"mobile_number\": \"+14155550199\"}");
            e.getMessage().setHeader(AiVoiceConstants.FROM_NUMBER, "+12025550143");
        });

        JsonNode sent = jsonOf(server.onlyRequest());
        assertThat(sent.get("from_number").asText()).isEqualTo("+12025550143");
        assertThat(sent.has("number_pool_id")).isFalse();
    }

    @Test
    void twoCallerSourcesInTheBodyAreRejectedBeforeSending() {
        Map<String, Object> body = Map.of("name", "Jack", "mobile_number", "+14155550199", "agent_id", "a-1",
                "number_pool_id", "pool-1", "from_number_id", "n-1");

        Exchange result = template.request("direct:create", e -> e.getMessage().setBody(body));

        AiVoiceValidationException error = failure(result, AiVoiceValidationException.class);
        assertThat(error.getMessage()).contains("exactly one caller source").contains("number_pool_id")
                .contains("from_number_id");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void missingCallerSourceIsRejectedNamingEveryWayToSetIt() {
        Exchange result = template.request("direct:create", e -> e.getMessage().setBody(
                Map.of("name", "Jack", "mobile_number", "+14155550199", "agent_id", "a-1")));

        assertThat(failure(result, AiVoiceValidationException.class).getMessage())
                .contains("caller source is required").contains("numberPoolId");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void badFieldsAreRejectedWithTheFieldNamed() {
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        cases.put("mobile_number", Map.of("mobile_number", "9876543210"));
        cases.put("custom_args_values", Map.of("custom_args_values", Map.of("order id", "A-17")));
        cases.put("call_config.call_time.call_start_time",
                Map.of("call_config", Map.of("call_time", Map.of("call_start_time", "9am"))));
        cases.put("call_config.call_time.timezone",
                Map.of("call_config", Map.of("call_time", Map.of("timezone", "India"))));
        cases.put("call_config.call_time.scheduled_at",
                Map.of("call_config", Map.of("call_time", Map.of("scheduled_at", "tomorrow"))));
        cases.put("callback_url", Map.of("callback_url", "crm/ringg"));
        cases.put("phone", Map.of("phone", "+14155550199"));
        cases.forEach((field, override) -> {
            Map<String, Object> body = new LinkedHashMap<>(Map.of("name", "Jack", "mobile_number", "+14155550199",
                    "agent_id", "a-1", "number_pool_id", "pool-1"));
            body.putAll(override);
            Exchange result = template.request("direct:create", e -> e.getMessage().setBody(body));
            assertThat(failure(result, AiVoiceValidationException.class).getField()).as(field).startsWith(field);
        });
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void callWhoseAnswerTimesOutIsNotSentAgainAndSaysItMayHaveReachedRingg() {
        server.answerAlways(Answer.json(200, CREATED).after(java.time.Duration.ofMillis(1500)));

        Exchange result = template.request("aivoice:ringg:call?agentId=a-1&numberPoolId=pool-1&requestTimeout=300", e -> {
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199");
            e.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Jack");
        });

        AiVoiceConnectionException error = failure(result, AiVoiceConnectionException.class);
        assertThat(error.isRequestMayHaveReachedProvider()).isTrue();
        assertThat(error.getMessage()).contains("may have received the request");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void olderDisplayStyleAnswerStillYieldsTheCallId() {
        server.answerAlways(Answer.json(200, """
                {"Call Status": "registered", "data": {"Unique Call ID": "c-9", "Call Status": "registered"}}"""));

        Exchange result = template.request("direct:createDefaults", e -> {
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+14155550199");
            e.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Jack");
        });

        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_ID)).isEqualTo("c-9");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("registered");
    }

    @Test
    void getReadsDetailsWithAnalysisAndATranscriptSentAsJsonText() {
        server.answerAlways(Answer.json(200, """
                {"status": "success", "data": {"id": "c-1", "call_direction": "outbound", "call_status": "completed",
                 "call_sub_status": "ACCEPTED", "to_number": "+919876543210", "initiation_time": "2026-03-02T10:16:01.2+05:30",
                 "transcription_url": "[{\\"bot\\": \\"Hello Asha\\", \\"message_id\\": \\"m1\\", \\"timestamp\\": \\"t1\\"}, {\\"user\\": \\"Hi\\"}]",
                 "platform_analysis": {"summary": "renewed"}, "client_analysis": {"renewed": true}}}"""));

        Exchange result = template.request("direct:get", e -> e.getMessage().setHeader(AiVoiceConstants.CALL_ID, "c-1"));

        Recorded request = assertRinggRequest(server.onlyRequest(), "GET", "/calling/call-details");
        assertThat(request.query()).isEqualTo("id=c-1&send_analysis=true");
        RinggCallDetails details = result.getMessage().getBody(RinggCallDetails.class);
        assertThat(details.getCallStatus()).isEqualTo("completed");
        assertThat(details.getInitiationTime()).isEqualTo(OffsetDateTime.parse("2026-03-02T10:16:01.2+05:30"));
        assertThat(details.getTranscript()).extracting(TranscriptTurn::role, TranscriptTurn::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bot", "Hello Asha"),
                        org.assertj.core.groups.Tuple.tuple("user", "Hi"));
        assertThat(details.getTranscript().get(0).timestamp()).isEqualTo("t1");
        assertThat(details.getTranscript().get(0).extra()).containsEntry("message_id", "m1");
        assertThat(details.getPlatformAnalysis().get("summary").asText()).isEqualTo("renewed");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.CALL_STATUS)).isEqualTo("completed");
    }

    @Test
    void getTakesTheCallIdFromTheBodyAndReadsATranscriptArray() {
        server.answerAlways(Answer.json(200, """
                {"status": "success", "data": {"id": "c-2", "call_status": "ongoing",
                 "transcription_url": [{"role": "bot", "content": "Hello"}, {"user": "Yes?"}]}}"""));

        Exchange result = template.request("direct:get", e -> e.getMessage().setBody("c-2"));

        assertThat(server.onlyRequest().query()).isEqualTo("id=c-2&send_analysis=true");
        RinggCallDetails details = result.getMessage().getBody(RinggCallDetails.class);
        assertThat(details.getTranscript()).extracting(TranscriptTurn::role).containsExactly("bot", "user");
        assertThat(details.getTranscript()).extracting(TranscriptTurn::text).containsExactly("Hello", "Yes?");
    }

    @Test
    void getWithoutACallIdIsRejected() {
        Exchange result = template.request("direct:get", e -> e.getMessage().setBody(null));

        assertThat(failure(result, AiVoiceValidationException.class).getField()).isEqualTo("id");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void historyOnePageSendsFiltersAndPagingAndSetsPagingHeaders() {
        server.answerAlways(Answer.json(200, """
                {"calls": [{"id": "c-1", "status": "completed", "transcript": "[{\\"bot\\": \\"Hello\\"}]",
                            "created_at": "2025-11-24T11:37:43.678043+00:00", "call_duration": 7.98},
                           {"id": "c-2", "status": "completed", "transcript": [], "created_at": "2025-11-24T07:33:49.629642"}],
                 "limit": 2, "offset": 4, "count": 2, "total": 9}"""));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("start_date", OffsetDateTime.parse("2025-09-25T00:00:00+05:30"));
        filters.put("status", "completed");

        Exchange result = template.request("direct:history", e -> {
            e.getMessage().setBody(filters);
            e.getMessage().setHeader(AiVoiceConstants.AGENT_ID, "a-1");
            e.getMessage().setHeader(AiVoiceConstants.LIMIT, 2);
            e.getMessage().setHeader(AiVoiceConstants.OFFSET, 4);
        });

        Recorded request = assertRinggRequest(server.onlyRequest(), "GET", "/calling/history");
        assertThat(request.query()).isEqualTo(
                "start_date=2025-09-25T00%3A00%3A00%2B05%3A30&status=completed&agent_id=a-1&limit=2&offset=4");
        List<?> calls = result.getMessage().getBody(List.class);
        assertThat(calls).hasSize(2);
        RinggCall first = (RinggCall) calls.get(0);
        assertThat(first.getTranscript()).extracting(TranscriptTurn::text).containsExactly("Hello");
        assertThat(first.getCallDuration()).isEqualTo(7.98);
        assertThat(((RinggCall) calls.get(1)).getCreatedAt())
                .isEqualTo(OffsetDateTime.parse("2025-11-24T07:33:49.629642Z"));
        assertThat(result.getMessage().getHeader(AiVoiceConstants.TOTAL)).isEqualTo(9L);
        assertThat(result.getMessage().getHeader(AiVoiceConstants.OFFSET)).isEqualTo(4);
        assertThat(result.getMessage().getHeader(AiVoiceConstants.NEXT_OFFSET)).isEqualTo(6);
    }

    @Test
    void historyWithTotalManyLeavesTotalUnsetAndStillOffersTheNextPage() {
        server.answerAlways(Answer.json(200, """
                {"calls": [{"id": "c-1"}, {"id": "c-2"}], "limit": 2, "offset": 0, "count": 2, "total": "many"}"""));

        Exchange result = template.request("direct:history", e -> e.getMessage().setHeader(AiVoiceConstants.LIMIT, 2));

        assertThat(result.getMessage().getHeaders()).doesNotContainKey(AiVoiceConstants.TOTAL);
        assertThat(result.getMessage().getHeader(AiVoiceConstants.NEXT_OFFSET)).isEqualTo(2);
    }

    @Test
    void historyWithPageAllStreamsEveryPageFetchingEachOnlyWhenNeeded() {
        server.enqueue(Answer.json(200, page(0, 2, "\"many\"")));
        server.enqueue(Answer.json(200, page(2, 2, "\"many\"")));
        server.enqueue(Answer.json(200, page(4, 1, "\"many\"")));

        Iterator<?> calls = template.requestBody("aivoice:ringg:call?operation=history&pageAll=true&limit=2", null,
                Iterator.class);

        assertThat(server.requests()).hasSize(1);
        List<String> ids = new ArrayList<>();
        ids.add(((RinggCall) calls.next()).getId());
        ids.add(((RinggCall) calls.next()).getId());
        assertThat(server.requests()).hasSize(1);
        calls.forEachRemaining(call -> ids.add(((RinggCall) call).getId()));
        assertThat(ids).containsExactly("c-0", "c-1", "c-2", "c-3", "c-4");
        assertThat(server.requests()).extracting(Recorded::query)
                .containsExactly("limit=2&offset=0", "limit=2&offset=2", "limit=2&offset=4");
    }

    @Test
    void historyWithPageAllSplitsStreamingUntilTheNumericTotal() throws Exception {
        server.enqueue(Answer.json(200, page(0, 2, "3")));
        server.enqueue(Answer.json(200, page(2, 1, "3")));
        MockEndpoint mock = getMockEndpoint("mock:call");
        mock.expectedMessageCount(3);

        template.sendBody("direct:historyAll", null);

        mock.assertIsSatisfied();
        assertThat(mock.getExchanges()).extracting(e -> e.getMessage().getBody(RinggCall.class).getId())
                .containsExactly("c-0", "c-1", "c-2");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void historyPageThatFailsSurfacesTheProviderErrorWhileIterating() {
        server.enqueue(Answer.json(200, page(0, 2, "\"many\"")));
        server.enqueue(Answer.json(404, "{\"detail\": \"Not found\"}"));

        Iterator<?> calls = template.requestBody("aivoice:ringg:call?operation=history&pageAll=true&limit=2", null,
                Iterator.class);
        calls.next();
        calls.next();

        org.assertj.core.api.Assertions.assertThatThrownBy(calls::hasNext)
                .isInstanceOf(AiVoiceNotFoundException.class).hasMessageContaining("Not found");
    }

    @Test
    void historyRejectsBadPagingAndFiltersBeforeSending() {
        Exchange tooBig = template.request("direct:history", e -> e.getMessage().setHeader(AiVoiceConstants.LIMIT, 101));
        Exchange noOffset = template.request("direct:history",
                e -> e.getMessage().setBody(Map.of("start_date", "2025-09-25T00:00:00")));
        Exchange badStatus = template.request("direct:history", e -> e.getMessage().setBody(Map.of("status", "done")));
        Exchange notAFilter = template.request("direct:history", e -> e.getMessage().setBody(Map.of("call_type", "x")));

        assertThat(failure(tooBig, AiVoiceValidationException.class).getMessage()).contains("between 1 and 100");
        assertThat(failure(noOffset, AiVoiceValidationException.class).getField()).isEqualTo("start_date");
        assertThat(failure(badStatus, AiVoiceValidationException.class).getMessage()).contains("registered");
        assertThat(failure(notAFilter, AiVoiceValidationException.class).getField()).isEqualTo("call_type");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void terminateSplitsMoreThanHundredNumbersIntoSeveralRequests() throws Exception {
        server.answerAlways(Answer.json(200, "{\"message\": \"Calls terminated successfully!\"}"));
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            numbers.add("+91987650" + String.format("%04d", i));
        }
        numbers.add(numbers.get(0));

        Exchange result = template.request("direct:terminate",
                e -> e.getMessage().setBody(Map.of("campaign_id", "camp-1", "mobile_numbers", numbers)));

        List<Recorded> requests = server.requests();
        assertThat(requests).hasSize(3);
        List<String> sent = new ArrayList<>();
        int[] sizes = new int[3];
        for (int i = 0; i < 3; i++) {
            JsonNode body = jsonOf(assertRinggRequest(requests.get(i), "PATCH", "/campaign/terminate"));
            assertThat(body.get("campaign_id").asText()).isEqualTo("camp-1");
            assertThat(body.has("agent_id")).isFalse();
            body.get("mobile_numbers").forEach(n -> sent.add(n.asText()));
            sizes[i] = body.get("mobile_numbers").size();
        }
        assertThat(sizes).containsExactly(100, 100, 50);
        assertThat(sent).containsExactlyElementsOf(numbers.subList(0, 250));
        RinggTerminated terminated = result.getMessage().getBody(RinggTerminated.class);
        assertThat(terminated.getRequests()).isEqualTo(3);
        assertThat(terminated.getNumbers()).isEqualTo(250);
        assertThat(terminated.getMessages()).containsOnly("Calls terminated successfully!");
    }

    @Test
    void terminateByCallIdsTakesTheCallIdHeaderToo() throws Exception {
        server.answerAlways(Answer.json(200, "{\"message\": \"Calls terminated successfully!\"}"));

        template.send("direct:terminate", e -> {
            e.getMessage().setBody(Map.of("call_ids", List.of("c-1")));
            e.getMessage().setHeader(AiVoiceConstants.CALL_ID, "c-2");
        });

        assertThat(jsonOf(server.onlyRequest())).isEqualTo(jsonOf("{\"call_ids\": [\"c-1\", \"c-2\"]}"));
    }

    @Test
    void terminateWithABadNumberOrNothingToTerminateSendsNothing() {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            numbers.add("+91987650" + String.format("%04d", i));
        }
        numbers.set(120, "98765 00120");

        Exchange badNumber = template.request("direct:terminate",
                e -> e.getMessage().setBody(Map.of("mobile_numbers", numbers)));
        Exchange nothing = template.request("direct:terminate", e -> e.getMessage().setBody(Map.of()));

        assertThat(failure(badNumber, AiVoiceValidationException.class).getField()).isEqualTo("mobile_numbers[120]");
        assertThat(failure(nothing, AiVoiceValidationException.class).getMessage()).contains("at least one");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void terminateWithANullNumberInAnArrayIsAValidationErrorNamingTheField() {
        Exchange result = template.request("direct:terminate", e -> e.getMessage().setBody(
                Map.of("mobile_numbers", new String[] { "+919876500001", null })));

        assertThat(failure(result, AiVoiceValidationException.class).getMessage()).contains("mobile_numbers",
                "found null");
        assertThat(server.requests()).isEmpty();
    }

    static String page(int from, int size, String total) {
        StringBuilder calls = new StringBuilder();
        for (int i = from; i < from + size; i++) {
            calls.append(calls.length() > 0 ? "," : "").append("{\"id\": \"c-").append(i).append("\", \"status\": \"completed\"}");
        }
        return "{\"calls\": [" + calls + "], \"limit\": 2, \"offset\": " + from + ", \"count\": " + size + ", \"total\": "
               + total + "}";
    }
}
