package dev.aivoice.camel.ringg.model;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the call fields of a Ringg webhook body into a {@link CallEvent}, with the same transcript reader and
 * timestamp parser as the call answers. Accepts every documented variant: {@code status}/{@code call_status},
 * {@code call_type}/{@code call_direction}, {@code retry_count}/legacy {@code retry}, {@code analysis_data}/legacy
 * {@code analysis}, numbers sent as strings; a value that cannot be read is left out.
 */
final class CallEventReader {

    // Ringg's analysis events carry their analysis as analysis_data
    private static final String PLATFORM_ANALYSIS_COMPLETED = "platform_analysis_completed";
    private static final String CLIENT_ANALYSIS_COMPLETED = "client_analysis_completed";

    private CallEventReader() {
    }

    static CallEvent read(String provider, String eventType, JsonNode call, JsonNode raw, String rawJson) {
        CallEvent event = new CallEvent();
        event.provider = provider;
        event.eventType = eventType;
        event.raw = raw;
        event.rawJson = rawJson;
        event.callId = JsonValues.text(call, "call_id");
        event.callSid = JsonValues.text(call, "call_sid");
        event.agentId = JsonValues.text(call, "agent_id");
        event.agentName = JsonValues.text(call, "agent_name");
        event.workspaceId = JsonValues.text(call, "workspace_id");
        event.versionId = JsonValues.text(call, "version_id");
        event.status = JsonValues.firstText(call, "status", "call_status");
        event.subStatus = JsonValues.firstText(call, "sub_status", "call_sub_status");
        event.attempt = JsonValues.integer(call.has("retry_count") ? call.get("retry_count") : call.get("retry"));
        event.direction = JsonValues.firstText(call, "call_type", "call_direction");
        event.toNumber = JsonValues.text(call, "to_number");
        event.fromNumber = JsonValues.text(call, "from_number");
        event.durationSeconds = JsonValues.number(call.get("call_duration"));
        event.cost = JsonValues.number(call.get("call_cost"));
        event.calledOn = LenientTimestamp.parse(JsonValues.text(call, "called_on"));
        event.bulkListId = JsonValues.text(call, "bulk_list_id");
        event.recordingUrl = JsonValues.text(call, "recording_url");
        event.recordingDurationSeconds = JsonValues.number(call.get("recording_duration"));
        TranscriptReader.Transcript transcript = TranscriptReader.read(call.get("transcript"));
        event.transcript = transcript.turns();
        event.transcriptText = transcript.text();
        event.customVariables = JsonValues.stringMap(call.get("custom_args_values"));
        readAnalysis(call, event);
        return event;
    }

    private static void readAnalysis(JsonNode call, CallEvent event) {
        Map<String, Object> analysis = JsonValues.objectMap(call.has("analysis_data") ? call.get("analysis_data")
                : call.get("analysis"));
        event.analysis = analysis;
        event.platformAnalysis = JsonValues.objectMap(call.get("platform_analysis"));
        event.clientAnalysis = JsonValues.objectMap(call.get("client_analysis"));
        if (PLATFORM_ANALYSIS_COMPLETED.equals(event.eventType) && event.platformAnalysis.isEmpty()) {
            event.platformAnalysis = analysis;
        } else if (CLIENT_ANALYSIS_COMPLETED.equals(event.eventType) && event.clientAnalysis.isEmpty()) {
            event.clientAnalysis = analysis;
        }
    }
}
