package dev.aivoice.camel.ringg.model;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.events.TranscriptTurn.Speaker;
import dev.aivoice.camel.json.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.events.TranscriptTurn;

/**
 * One model per concept: a Ringg call has one class family, one name per wire field whichever documented name Ringg
 * sends, and the call answers and the webhook's {@link CallEvent} read transcripts and timestamps the same way.
 */
class RinggCallModelTest {

    static final String TRANSCRIPT = "[{\\\"bot\\\": \\\"Hello Asha\\\", \\\"message_id\\\": \\\"m1\\\","
                                     + " \\\"timestamp\\\": \\\"t1\\\"}, {\\\"role\\\": \\\"user\\\", \\\"content\\\": \\\"Hi\\\"}]";

    static <T> T read(String json, Class<T> type) throws Exception {
        return Json.mapper().readValue(json, type);
    }

    static CallEvent event(String json) throws Exception {
        JsonNode body = Json.mapper().readTree(json);
        return CallEventReader.read("ringg", body.path("event_type").asText("callback"), body, body, json);
    }

    @Test
    void everyDocumentedNameOfACallFieldReadsIntoTheSameGetter() throws Exception {
        RinggCall history = read("""
                {"id": "c-1", "status": "completed", "sub_status": "ACCEPTED", "call_type": "outbound",
                 "name": "Asha", "audio_recording": "https://rec/1.mp3", "call_duration": 7.98, "call_cost": 0.2}""",
                RinggCall.class);
        RinggCall details = read("""
                {"id": "c-1", "call_status": "completed", "call_sub_status": "ACCEPTED", "call_direction": "outbound",
                 "callee_name": "Asha", "recording_url": "https://rec/1.mp3",
                 "initiation_time": "2026-03-02T10:15:00.123456"}""", RinggCallDetails.class);
        RinggCall created = read("""
                {"call_id": "c-1", "call_status": "completed", "call_direction": "outbound",
                 "initiated_at": "2026-03-02T10:15:00.123456"}""", RinggCallCreated.class);
        RinggCall createdOldKeys = read("{\"Unique Call ID\": \"c-1\", \"Call Status\": \"completed\"}",
                RinggCallCreated.class);

        for (RinggCall call : new RinggCall[] { history, details, created, createdOldKeys }) {
            assertThat(call.getCallId()).as(call.getClass().getSimpleName()).isEqualTo("c-1");
            assertThat(call.getStatus()).as(call.getClass().getSimpleName()).isEqualTo("completed");
            assertThat(call.getAdditionalFields()).as(call.getClass().getSimpleName()).isEmpty();
        }
        for (RinggCall call : new RinggCall[] { history, details, created }) {
            assertThat(call.getDirection()).isEqualTo("outbound");
        }
        assertThat(history.getSubStatus()).isEqualTo(details.getSubStatus()).isEqualTo("ACCEPTED");
        assertThat(history.getCalleeName()).isEqualTo(details.getCalleeName()).isEqualTo("Asha");
        assertThat(history.getRecordingUrl()).isEqualTo(details.getRecordingUrl()).isEqualTo("https://rec/1.mp3");
        assertThat(details.getInitiatedAt()).isEqualTo(created.getInitiatedAt())
                .isEqualTo(OffsetDateTime.parse("2026-03-02T10:15:00.123456Z"));
        assertThat(history.getDurationSeconds()).isEqualTo(7.98);
        assertThat(history.getCost()).isEqualTo(0.2);
    }

    @Test
    void callDetailsAndTheWebhookEventReadTheSameBodyAlike() throws Exception {
        String body = """
                {"event_type": "all_processing_completed", "call_id": "c-2", "status": "completed",
                 "sub_status": "ACCEPTED", "call_type": "outbound", "to_number": "+919800000001",
                 "from_number": "+912200000002", "recording_url": "https://rec/2.mp3", "call_duration": 42.5,
                 "call_cost": 0.4, "bulk_list_id": "list-1", "agent_id": "ag-1",
                 "custom_args_values": {"order_id": "A-17", "attempt_no": 2, "tags": ["vip"]},
                 "transcript": "%s"}""".formatted(TRANSCRIPT);

        RinggCallDetails details = read(body, RinggCallDetails.class);
        CallEvent event = event(body);

        assertThat(details.getCallId()).isEqualTo(event.getCallId()).isEqualTo("c-2");
        assertThat(details.getStatus()).isEqualTo(event.getStatus()).isEqualTo("completed");
        assertThat(details.getSubStatus()).isEqualTo(event.getSubStatus()).isEqualTo("ACCEPTED");
        assertThat(details.getDirection()).isEqualTo(event.getDirection()).isEqualTo("outbound");
        assertThat(details.getToNumber()).isEqualTo(event.getToNumber()).isEqualTo("+919800000001");
        assertThat(details.getFromNumber()).isEqualTo(event.getFromNumber()).isEqualTo("+912200000002");
        assertThat(details.getRecordingUrl()).isEqualTo(event.getRecordingUrl()).isEqualTo("https://rec/2.mp3");
        assertThat(details.getDurationSeconds()).isEqualTo(event.getDurationSeconds()).isEqualTo(42.5);
        assertThat(details.getCost()).isEqualTo(event.getCost()).isEqualTo(0.4);
        assertThat(details.getBulkListId()).isEqualTo(event.getBulkListId()).isEqualTo("list-1");
        assertThat(details.getAgentId()).isEqualTo(event.getAgentId()).isEqualTo("ag-1");
        assertThat(details.getCustomVariables()).isEqualTo(event.getCustomVariables())
                .containsExactly(Map.entry("order_id", "A-17"), Map.entry("attempt_no", "2"),
                        Map.entry("tags", "[\"vip\"]"));
        assertThat(details.getTranscript()).isEqualTo(event.getTranscript()).containsExactly(
                new TranscriptTurn(Speaker.AGENT, "bot", "Hello Asha", "t1", Map.of("message_id", "m1")),
                new TranscriptTurn(Speaker.USER, "user", "Hi", null));
    }

    @Test
    void plainTextTranscriptIsTextWithNoTurnsInAnswersAndEvents() throws Exception {
        String body = """
                {"status": "success", "data": {"call_id": "c-3", "transcript": "Bot: Hi\\nUser: Hello"}}""";

        RinggCall history = read(Json.mapper().readTree(body).get("data").toString(), RinggCall.class);
        JsonNode root = Json.mapper().readTree(body);
        CallEvent event = CallEventReader.read("ringg", "callback", root.get("data"), root, body);

        assertThat(history.getTranscript()).isEmpty();
        assertThat(event.getTranscript()).isEmpty();
        assertThat(history.getTranscriptText()).isEqualTo(event.getTranscriptText()).isEqualTo("Bot: Hi\nUser: Hello");
    }

    @Test
    void answerAndEventParseTheSameTimestampFormsAlike() throws Exception {
        for (String time : new String[] { "2026-03-02T10:16:01.123456", "2026-03-02T15:46:01+05:30",
                "2026-03-02T10:16:01.2Z", "yesterday" }) {
            RinggCall created = read("{\"initiated_at\": \"" + time + "\"}", RinggCallCreated.class);
            CallEvent event = event("{\"event_type\": \"call_completed\", \"called_on\": \"" + time + "\"}");

            assertThat(created.getInitiatedAt()).as(time).isEqualTo(event.getCalledOn());
        }
        assertThat(event("{\"event_type\": \"call_completed\", \"called_on\": \"2026-03-02T10:16:01\"}").getCalledOn())
                .isEqualTo(OffsetDateTime.parse("2026-03-02T10:16:01Z"));
    }

    @Test
    void aCallWrittenAsJsonUsesOneNamePerFieldAndReadsBackTheSame() throws Exception {
        RinggCallDetails details = read("""
                {"id": "c-4", "call_status": "completed", "call_direction": "inbound",
                 "initiation_time": "2026-03-02T10:16:01.2+05:30", "transcription_url": "%s",
                 "custom_args_values": {"order_id": "A-17"}, "platform_analysis": {"summary": "renewed"}}"""
                .formatted(TRANSCRIPT), RinggCallDetails.class);

        JsonNode written = Json.mapper().valueToTree(details);
        RinggCallDetails back = Json.mapper().treeToValue(written, RinggCallDetails.class);

        assertThat(written.fieldNames()).toIterable().containsExactlyInAnyOrder("call_id", "status", "call_direction",
                "transcript", "initiated_at", "custom_args_values", "platform_analysis");
        assertThat(back.getCallId()).isEqualTo("c-4");
        assertThat(back.getStatus()).isEqualTo("completed");
        assertThat(back.getDirection()).isEqualTo("inbound");
        assertThat(back.getInitiatedAt()).isEqualTo(details.getInitiatedAt());
        assertThat(back.getTranscript()).isEqualTo(details.getTranscript()).hasSize(2);
        assertThat(back.getCustomVariables()).isEqualTo(Map.of("order_id", "A-17"));
        assertThat(back.getPlatformAnalysis().get("summary").asText()).isEqualTo("renewed");
        assertThat(back.getAdditionalFields()).isEmpty();
    }
}
