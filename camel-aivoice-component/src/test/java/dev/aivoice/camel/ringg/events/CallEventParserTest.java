package dev.aivoice.camel.ringg.events;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.events.CallStatus;
import dev.aivoice.camel.events.NotAnEventException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Lenient reading of the variants providers send, beyond the documented examples the HTTP tests deliver. */
class CallEventParserTest {

    final CallEventParser parser = new CallEventParser("ringg");

    CallEvent parse(String json) throws NotAnEventException {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void transcriptThatIsPlainTextIsKeptAsText() throws Exception {
        CallEvent event = parse("""
                {"status": "success", "data": {"call_id": "c1", "transcript": "Bot: Hi\\nUser: Hello"}}""");

        assertThat(event.getTranscript()).isEmpty();
        assertThat(event.getTranscriptText()).isEqualTo("Bot: Hi\nUser: Hello");
    }

    @Test
    void numbersSentAsStringsAndTimesWithOtherOffsetsAreRead() throws Exception {
        CallEvent event = parse("""
                {"event_type": "call_completed", "call_id": "c1", "retry_count": "2", "call_duration": "7.98",
                 "called_on": "2026-03-02T15:46:01+05:30"}""");

        assertThat(event.getAttempt()).isEqualTo(2);
        assertThat(event.getDurationSeconds()).isEqualTo(7.98);
        assertThat(event.getCalledOn()).isEqualTo(OffsetDateTime.of(2026, 3, 2, 15, 46, 1, 0, ZoneOffset.ofHoursMinutes(5, 30)));
    }

    @Test
    void unreadableValuesAreLeftOutRatherThanRejectingTheEvent() throws Exception {
        CallEvent event = parse("""
                {"event_type": "call_completed", "call_id": "c1", "retry_count": "first", "called_on": "yesterday",
                 "transcript": {"bot": "not a list"}, "custom_args_values": ["a"]}""");

        assertThat(event.getAttempt()).isNull();
        assertThat(event.getCalledOn()).isNull();
        assertThat(event.getTranscript()).isEmpty();
        assertThat(event.getCustomVariables()).isEmpty();
        assertThat(event.getCallId()).isEqualTo("c1");
    }

    @Test
    void unknownStatusIsUnknownInTheVocabularyAndKeptAsSent() throws Exception {
        CallEvent event = parse("{\"event_type\": \"call_completed\", \"call_id\": \"c1\", \"status\": \"voicemail\"}");

        assertThat(event.getCallStatus()).isEqualTo(CallStatus.UNKNOWN);
        assertThat(event.getStatus()).isEqualTo("voicemail");
        assertThat(CallStatus.of("Canceled")).isEqualTo(CallStatus.CANCELLED);
        assertThat(CallStatus.RETRY.isFinal()).isFalse();
        assertThat(CallStatus.FAILED.isFinal()).isTrue();
    }

    @Test
    void notAnEventSaysWhy() {
        assertThatThrownBy(() -> parse("{\"status\": \"success\", \"data\": {}}"))
                .isInstanceOf(NotAnEventException.class).hasMessage(
                        "the body has neither an event_type nor a callback's data.call_id");
        assertThatThrownBy(() -> parse("{\"event_type\": \"call_completed\"")).hasMessage("the body is not JSON");
        assertThatThrownBy(() -> parse("42")).hasMessage("the body is not a JSON object");
    }
}
