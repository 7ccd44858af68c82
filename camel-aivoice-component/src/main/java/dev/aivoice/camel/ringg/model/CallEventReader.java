package dev.aivoice.camel.ringg.model;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.events.CallEventBuilder;

/**
 * Reads the call fields of a Ringg webhook body into a {@link CallEvent}, with the same transcript reader and
 * timestamp parser as the call answers (it lives here for them; Ringg's webhook parser calls it). Accepts every
 * documented variant: {@code status}/{@code call_status}, {@code call_type}/{@code call_direction},
 * {@code retry_count}/legacy {@code retry}, {@code analysis_data}/legacy {@code analysis}, numbers sent as strings;
 * a value that cannot be read is left out.
 */
public final class CallEventReader {

    // Ringg's analysis events carry their analysis as analysis_data
    private static final String PLATFORM_ANALYSIS_COMPLETED = "platform_analysis_completed";
    private static final String CLIENT_ANALYSIS_COMPLETED = "client_analysis_completed";

    private CallEventReader() {
    }

    /**
     * The event of one delivery. {@code call} holds the call's fields (the body itself, or the legacy callback's
     * {@code data}); {@code raw} is the whole body and {@code rawJson} its text.
     */
    public static CallEvent read(String provider, String eventType, JsonNode call, JsonNode raw, String rawJson) {
        TranscriptReader.Transcript transcript = TranscriptReader.read(call.get("transcript"));
        CallEventBuilder event = new CallEventBuilder(provider, raw, rawJson)
                .eventType(eventType)
                .callId(JsonValues.text(call, "call_id"))
                .callSid(JsonValues.text(call, "call_sid"))
                .agentId(JsonValues.text(call, "agent_id"))
                .agentName(JsonValues.text(call, "agent_name"))
                .workspaceId(JsonValues.text(call, "workspace_id"))
                .versionId(JsonValues.text(call, "version_id"))
                .status(JsonValues.firstText(call, "status", "call_status"))
                .subStatus(JsonValues.firstText(call, "sub_status", "call_sub_status"))
                .attempt(JsonValues.integer(call.has("retry_count") ? call.get("retry_count") : call.get("retry")))
                .direction(JsonValues.firstText(call, "call_type", "call_direction"))
                .toNumber(JsonValues.text(call, "to_number"))
                .fromNumber(JsonValues.text(call, "from_number"))
                .durationSeconds(JsonValues.number(call.get("call_duration")))
                .cost(JsonValues.number(call.get("call_cost")))
                .calledOn(LenientTimestamp.parse(JsonValues.text(call, "called_on")))
                .bulkListId(JsonValues.text(call, "bulk_list_id"))
                .recordingUrl(JsonValues.text(call, "recording_url"))
                .recordingDurationSeconds(JsonValues.number(call.get("recording_duration")))
                .transcript(transcript.turns())
                .transcriptText(transcript.text())
                .customVariables(JsonValues.stringMap(call.get("custom_args_values")));
        readAnalysis(eventType, call, event);
        return event.build();
    }

    private static void readAnalysis(String eventType, JsonNode call, CallEventBuilder event) {
        Map<String, Object> analysis = JsonValues.objectMap(call.has("analysis_data") ? call.get("analysis_data")
                : call.get("analysis"));
        Map<String, Object> platform = JsonValues.objectMap(call.get("platform_analysis"));
        Map<String, Object> client = JsonValues.objectMap(call.get("client_analysis"));
        if (PLATFORM_ANALYSIS_COMPLETED.equals(eventType) && platform.isEmpty()) {
            platform = analysis;
        } else if (CLIENT_ANALYSIS_COMPLETED.equals(eventType) && client.isEmpty()) {
            client = analysis;
        }
        event.analysis(analysis).platformAnalysis(platform).clientAnalysis(client);
    }
}
