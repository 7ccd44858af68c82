package dev.aivoice.camel.events;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.ringg.events.EventTypes;
import dev.aivoice.camel.test.RinggEvents;
import dev.aivoice.camel.test.WebhookTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ringg webhook consumer over real HTTP: Vert.x platform-http on loopback, the JDK client as the provider. */
class RinggWebhookConsumerTest extends WebhookTestSupport {

    static final String EVENTS = "/ringg/events";
    static final String FAILING = "/ringg/failing";
    static final String FILTERED = "/ringg/filtered";
    static final String SMALL = "/ringg/small";

    final AtomicInteger failuresLeft = new AtomicInteger();
    final AtomicInteger failingAttempts = new AtomicInteger();

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:ringg:events?webhookPath=" + EVENTS).to("mock:events");
                from("aivoice:ringg:events?webhookPath=" + FAILING)
                        .process(exchange -> {
                            failingAttempts.incrementAndGet();
                            if (failuresLeft.getAndDecrement() > 0) {
                                throw new IllegalStateException("CRM is down");
                            }
                        })
                        .to("mock:failing");
                from("aivoice:ringg:events?webhookPath=" + FILTERED + "&eventTypes=call_completed,all_processing_completed")
                        .to("mock:filtered");
                from("aivoice:ringg:events?webhookPath=" + SMALL + "&webhookMaxBodySize=2048").to("mock:small");
            }
        };
    }

    MockEndpoint events() {
        return getMockEndpoint("mock:events");
    }

    CallEvent onlyEvent(MockEndpoint mock) {
        assertThat(mock.getReceivedExchanges()).hasSize(1);
        return mock.getReceivedExchanges().get(0).getMessage().getBody(CallEvent.class);
    }

    @Test
    void callCompletedIsRoutedAsTypedEventWithOnlyEventHeaders() throws Exception {
        HttpResponse<String> response = send(request(EVENTS, TOKEN).header("X-Request-Id", "abc-1")
                .POST(HttpRequest.BodyPublishers.ofString(RinggEvents.CALL_COMPLETED)).build());

        assertThat(response.statusCode()).isEqualTo(200);
        Exchange routed = events().getReceivedExchanges().get(0);
        assertThat(routed.getMessage().getHeaders()).containsOnly(
                Map.entry(AiVoiceConstants.PROVIDER, "ringg"),
                Map.entry(AiVoiceConstants.EVENT_TYPE, "call_completed"),
                Map.entry(AiVoiceConstants.CALL_ID, "c0a8-0001"),
                Map.entry(AiVoiceConstants.CALL_STATUS, "completed"),
                Map.entry(AiVoiceConstants.EVENT_SOURCE, "webhook"));
        CallEvent event = routed.getMessage().getBody(CallEvent.class);
        assertThat(event.getCallStatus()).isEqualTo(CallStatus.COMPLETED);
        assertThat(event.getAttempt()).isEqualTo(1);
        assertThat(event.getDirection()).isEqualTo("outbound");
        assertThat(event.getToNumber()).isEqualTo("+919800000001");
        assertThat(event.getFromNumber()).isEqualTo("+912200000002");
        assertThat(event.getDurationSeconds()).isEqualTo(42.5);
        assertThat(event.getCost()).isEqualTo(0.2);
        assertThat(event.getCalledOn()).isEqualTo(OffsetDateTime.of(2026, 3, 2, 10, 16, 1, 200_000_000, ZoneOffset.UTC));
        assertThat(event.getAgentName()).isEqualTo("Renewal reminder");
        assertThat(event.getTranscript()).extracting(TranscriptTurn::speaker).containsExactly(
                TranscriptTurn.Speaker.AGENT, TranscriptTurn.Speaker.USER, TranscriptTurn.Speaker.AGENT);
        assertThat(event.getTranscript().get(1).text()).isEqualTo("Yes?");
        assertThat(event.getCustomVariables()).containsExactly(Map.entry("callee_name", "Asha"),
                Map.entry("order_id", "A-17"));
        assertThat(event.getRawJson()).isEqualTo(RinggEvents.CALL_COMPLETED);
    }

    @Test
    void deliveriesByPutOrPatchAreRoutedAndGetIsNotServed() throws Exception {
        HttpResponse<String> put = send(request(EVENTS, TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString(RinggEvents.CALL_STARTED)).build());
        HttpResponse<String> patch = send(request(EVENTS, TOKEN)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(RinggEvents.CALL_COMPLETED)).build());
        HttpResponse<String> get = send(request(EVENTS, TOKEN).GET().build());

        assertThat(put.statusCode()).isEqualTo(200);
        assertThat(patch.statusCode()).isEqualTo(200);
        assertThat(get.statusCode()).isIn(404, 405);
        assertThat(events().getReceivedExchanges()).hasSize(2);
    }

    @Test
    void answerEchoesNoRequestHeader() throws Exception {
        HttpResponse<String> response = post(EVENTS, TOKEN, RinggEvents.CALL_STARTED);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().map().keySet()).noneMatch(name -> name.equalsIgnoreCase("authorization"));
        assertThat(response.body()).doesNotContain(TOKEN);
    }

    @Test
    void missingTokenIsAnswered401AndNothingRouted() throws Exception {
        HttpResponse<String> response = post(EVENTS, null, RinggEvents.CALL_COMPLETED);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(events().getReceivedExchanges()).isEmpty();
    }

    @Test
    void wrongTokenOrSchemeIsAnswered401AndNothingRouted() throws Exception {
        assertThat(post(EVENTS, TOKEN + "x", RinggEvents.CALL_COMPLETED).statusCode()).isEqualTo(401);
        assertThat(post(EVENTS, TOKEN.substring(1), RinggEvents.CALL_COMPLETED).statusCode()).isEqualTo(401);
        HttpResponse<String> basic = send(HttpRequest.newBuilder(url(EVENTS)).header("Authorization", "Basic " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(RinggEvents.CALL_COMPLETED)).build());
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(events().getReceivedExchanges()).isEmpty();
    }

    @Test
    void bearerSchemeIsCaseInsensitive() throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(url(EVENTS))
                .header("Authorization", "bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(RinggEvents.CALL_STARTED)).build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(events().getReceivedExchanges()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = { "not json", "[{\"event_type\": \"call_completed\"}]", "{\"call_id\": \"c1\"}",
                             "{\"event_type\": 7, \"call_id\": \"c1\"}", "{\"data\": {\"status\": \"completed\"}}", "" })
    void bodyThatIsNotAJsonEventIsAnswered400(String body) throws Exception {
        HttpResponse<String> response = post(EVENTS, TOKEN, body);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).startsWith("Not a call event");
        assertThat(events().getReceivedExchanges()).isEmpty();
    }

    @Test
    void declaredLengthAboveLimitIsAnswered413() throws Exception {
        HttpResponse<String> response = post(SMALL, TOKEN, paddedEvent(4096));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(getMockEndpoint("mock:small").getReceivedExchanges()).isEmpty();
    }

    @Test
    void chunkedBodyAboveLimitIsAnswered413() throws Exception {
        HttpResponse<String> response = postChunked(SMALL, TOKEN, paddedEvent(4096).getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(getMockEndpoint("mock:small").getReceivedExchanges()).isEmpty();
    }

    @Test
    void bodyJustBelowLimitIsRouted() throws Exception {
        String body = paddedEvent(2048);
        assertThat(body.getBytes(StandardCharsets.UTF_8)).hasSize(2048);

        assertThat(postChunked(SMALL, TOKEN, body.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(200);
        assertThat(getMockEndpoint("mock:small").getReceivedExchanges()).hasSize(1);
    }

    /** A call_started event padded with a custom variable to exactly {@code size} bytes. */
    static String paddedEvent(int size) {
        String head = "{\"event_type\": \"call_started\", \"call_id\": \"big-1\", \"custom_args_values\": {\"pad\": \"";
        String tail = "\"}}";
        char[] pad = new char[size - head.length() - tail.length()];
        Arrays.fill(pad, 'x');
        return head + new String(pad) + tail;
    }

    @Test
    void routeFailureIsAnswered500AndTheRedeliveryIsRoutedOnceItSucceeds() throws Exception {
        failuresLeft.set(1);

        HttpResponse<String> first = post(FAILING, TOKEN, RinggEvents.CALL_COMPLETED);
        HttpResponse<String> retry = post(FAILING, TOKEN, RinggEvents.CALL_COMPLETED);
        HttpResponse<String> duplicate = post(FAILING, TOKEN, RinggEvents.CALL_COMPLETED);

        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(first.body()).doesNotContain("CRM is down");
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(failingAttempts).hasValue(2);
        assertThat(getMockEndpoint("mock:failing").getReceivedExchanges()).hasSize(1);
    }

    @Test
    void duplicateDeliveryIsAnswered200AndRoutedOnce() throws Exception {
        assertThat(post(EVENTS, TOKEN, RinggEvents.CALL_COMPLETED).statusCode()).isEqualTo(200);
        HttpResponse<String> duplicate = post(EVENTS, TOKEN, RinggEvents.CALL_COMPLETED);

        assertThat(duplicate.statusCode()).isEqualTo(200);
        assertThat(duplicate.body()).isEqualTo("Duplicate");
        assertThat(events().getReceivedExchanges()).hasSize(1);
    }

    @Test
    void eachAttemptAndEachEventTypeOfACallIsItsOwnEvent() throws Exception {
        for (String body : List.of(RinggEvents.callCompleted("c-9", 0), RinggEvents.callCompleted("c-9", 1),
                RinggEvents.callCompleted("c-9", 1), RinggEvents.CALL_COMPLETED, RinggEvents.RECORDING_COMPLETED)) {
            assertThat(post(EVENTS, TOKEN, body).statusCode()).isEqualTo(200);
        }

        assertThat(events().getReceivedExchanges()).extracting(e -> e.getMessage().getBody(CallEvent.class))
                .extracting(CallEvent::getCallId, CallEvent::getEventType, CallEvent::getAttempt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c-9", "call_completed", 0),
                        org.assertj.core.groups.Tuple.tuple("c-9", "call_completed", 1),
                        org.assertj.core.groups.Tuple.tuple("c0a8-0001", "call_completed", 1),
                        org.assertj.core.groups.Tuple.tuple("c0a8-0001", "recording_completed", null));
    }

    @Test
    void eventTypesNotAskedForAreAnswered200AndNotRouted() throws Exception {
        HttpResponse<String> started = post(FILTERED, TOKEN, RinggEvents.CALL_STARTED);
        HttpResponse<String> completed = post(FILTERED, TOKEN, RinggEvents.CALL_COMPLETED);

        assertThat(started.statusCode()).isEqualTo(200);
        assertThat(completed.statusCode()).isEqualTo(200);
        assertThat(getMockEndpoint("mock:filtered").getReceivedExchanges())
                .extracting(e -> e.getMessage().getHeader(AiVoiceConstants.EVENT_TYPE)).containsExactly("call_completed");
    }

    @ParameterizedTest
    @ValueSource(strings = { "call_started", "call_completed", "recording_completed", "platform_analysis_completed",
                             "client_analysis_completed", "all_processing_completed", "callback" })
    void everyDocumentedEventShapeIsRoutedWithItsType(String type) throws Exception {
        String body = switch (type) {
            case "call_started" -> RinggEvents.CALL_STARTED;
            case "call_completed" -> RinggEvents.CALL_COMPLETED;
            case "recording_completed" -> RinggEvents.RECORDING_COMPLETED;
            case "platform_analysis_completed" -> RinggEvents.PLATFORM_ANALYSIS_COMPLETED;
            case "client_analysis_completed" -> RinggEvents.CLIENT_ANALYSIS_COMPLETED;
            case "all_processing_completed" -> RinggEvents.ALL_PROCESSING_COMPLETED;
            default -> RinggEvents.LEGACY_CALLBACK;
        };

        assertThat(post(EVENTS, TOKEN, body).statusCode()).isEqualTo(200);

        CallEvent event = onlyEvent(events());
        assertThat(event.getEventType()).isEqualTo(type);
        assertThat(event.getCallId()).startsWith("c0a8-000");
        assertThat(event.getAgentId()).isEqualTo("ag-7");
        assertThat(events().getReceivedExchanges().get(0).getMessage().getHeader(AiVoiceConstants.EVENT_TYPE))
                .isEqualTo(type);
    }

    @Test
    void callStartedCarriesSubStatusAndVariablesButNoStatus() throws Exception {
        post(EVENTS, TOKEN, RinggEvents.CALL_STARTED);

        CallEvent event = onlyEvent(events());
        assertThat(event.getSubStatus()).isEqualTo("ACCEPTED");
        assertThat(event.getCallStatus()).isNull();
        assertThat(event.getVersionId()).isEqualTo("ver-1");
        assertThat(event.getCustomVariables()).containsEntry("order_id", "A-17");
        assertThat(events().getReceivedExchanges().get(0).getMessage().getHeaders())
                .doesNotContainKey(AiVoiceConstants.CALL_STATUS);
    }

    @Test
    void recordingCompletedCarriesTheRecording() throws Exception {
        post(EVENTS, TOKEN, RinggEvents.RECORDING_COMPLETED);

        CallEvent event = onlyEvent(events());
        assertThat(event.getRecordingUrl()).isEqualTo("https://recordings.example/c0a8-0001.mp3");
        assertThat(event.getRecordingDurationSeconds()).isEqualTo(41.0);
    }

    @Test
    void analysisEventsFillTheirOwnAnalysis() throws Exception {
        post(EVENTS, TOKEN, RinggEvents.PLATFORM_ANALYSIS_COMPLETED);
        post(EVENTS, TOKEN, RinggEvents.CLIENT_ANALYSIS_COMPLETED);

        List<CallEvent> received = events().getReceivedExchanges().stream()
                .map(e -> e.getMessage().getBody(CallEvent.class)).toList();
        assertThat(received.get(0).getPlatformAnalysis()).containsEntry("classification", "interested")
                .containsEntry("key_points", List.of("renews Friday"));
        assertThat(received.get(0).getClientAnalysis()).isEmpty();
        assertThat(received.get(1).getClientAnalysis()).containsOnly(Map.entry("will_renew", "yes"),
                Map.entry("preferred_channel", "email"));
        assertThat(received.get(1).getAnalysis()).isEqualTo(received.get(1).getClientAnalysis());
    }

    @Test
    void allProcessingCompletedReadsAStringTranscriptOfRoleContentTurnsAndANaiveTime() throws Exception {
        post(EVENTS, TOKEN, RinggEvents.ALL_PROCESSING_COMPLETED);

        CallEvent event = onlyEvent(events());
        assertThat(event.getTranscript()).containsExactly(
                new TranscriptTurn(TranscriptTurn.Speaker.AGENT, "assistant", "Hello", "10:16:02"),
                new TranscriptTurn(TranscriptTurn.Speaker.USER, "user", "Hi", null));
        assertThat(event.getCalledOn()).isEqualTo(OffsetDateTime.of(2026, 3, 2, 10, 16, 1, 123_456_000, ZoneOffset.UTC));
        assertThat(event.getPlatformAnalysis()).containsEntry("summary", "Customer will renew.");
        assertThat(event.getClientAnalysis()).containsEntry("will_renew", "yes");
        assertThat(event.getCustomVariables()).containsEntry("attempt_no", "2");
        assertThat(event.getCallStatus()).isEqualTo(CallStatus.COMPLETED);
    }

    @Test
    void legacyCallbackBodyIsACallbackEventOfItsData() throws Exception {
        post(EVENTS, TOKEN, RinggEvents.LEGACY_CALLBACK);

        CallEvent event = onlyEvent(events());
        assertThat(event.getEventType()).isEqualTo(EventTypes.CALLBACK);
        assertThat(event.getCallId()).isEqualTo("c0a8-0002");
        assertThat(event.getStatus()).isEqualTo("completed");
        assertThat(event.getDirection()).isEqualTo("outbound");
        assertThat(event.getAttempt()).isZero();
        assertThat(event.getDurationSeconds()).isEqualTo(120.5);
        assertThat(event.getTranscript()).extracting(TranscriptTurn::speaker, TranscriptTurn::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TranscriptTurn.Speaker.AGENT, "Hi"),
                        org.assertj.core.groups.Tuple.tuple(TranscriptTurn.Speaker.USER, "Hello"));
        assertThat(event.getTranscript().get(0).timestamp()).isEqualTo("2026-03-02T10:16:02");
        assertThat(event.getAnalysis()).containsEntry("summary", "Short call.");
        assertThat(event.getCustomVariables()).containsEntry("order_id", "A-18");
    }

    @Test
    void legacyCallbacksOfSuccessiveStatusesAreEachRouted() throws Exception {
        String ongoing = RinggEvents.LEGACY_CALLBACK.replace("\"status\": \"completed\"", "\"status\": \"ongoing\"");

        post(EVENTS, TOKEN, ongoing);
        post(EVENTS, TOKEN, RinggEvents.LEGACY_CALLBACK);
        post(EVENTS, TOKEN, RinggEvents.LEGACY_CALLBACK);

        assertThat(events().getReceivedExchanges()).extracting(e -> e.getMessage().getHeader(AiVoiceConstants.CALL_STATUS))
                .containsExactly("ongoing", "completed");
    }
}
