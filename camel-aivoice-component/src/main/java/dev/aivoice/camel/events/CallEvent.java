package dev.aivoice.camel.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A call event delivered by a provider's webhook, in one shape for every event type (and for Ringg's legacy
 * per-call callback): fields an event type does not carry are null (or empty for lists and maps). The JSON as it
 * arrived is kept in {@link #getRawJson()} for anything not mapped here.
 */
public final class CallEvent {

    String provider;
    String eventType;
    String callId;
    String callSid;
    String agentId;
    String agentName;
    String workspaceId;
    String versionId;
    String status;
    String subStatus;
    Integer attempt;
    String direction;
    String toNumber;
    String fromNumber;
    Double durationSeconds;
    Double cost;
    OffsetDateTime calledOn;
    String bulkListId;
    List<TranscriptTurn> transcript = List.of();
    String transcriptText;
    String recordingUrl;
    Double recordingDurationSeconds;
    Map<String, Object> analysis = Map.of();
    Map<String, Object> platformAnalysis = Map.of();
    Map<String, Object> clientAnalysis = Map.of();
    Map<String, String> customVariables = Map.of();
    JsonNode raw;
    String rawJson;

    CallEvent() {
    }


    /** The provider that delivered it, e.g. {@code ringg}. */
    public String getProvider() {
        return provider;
    }

    /** e.g. {@code call_completed}; {@code callback} for the legacy per-call callback body. */
    public String getEventType() {
        return eventType;
    }

    public String getCallId() {
        return callId;
    }

    /** The telephony provider's id of the call ({@code call_sid}). */
    public String getCallSid() {
        return callSid;
    }

    public String getAgentId() {
        return agentId;
    }

    public String getAgentName() {
        return agentName;
    }

    public String getWorkspaceId() {
        return workspaceId;
    }

    public String getVersionId() {
        return versionId;
    }

    /** The provider's status value as sent ({@code completed}, {@code retry}, ...). */
    public String getStatus() {
        return status;
    }

    /** {@link #getStatus()} in the component's status vocabulary; null when the event carries no status. */
    public CallStatus getCallStatus() {
        return CallStatus.of(status);
    }

    /** e.g. {@code ACCEPTED}. */
    public String getSubStatus() {
        return subStatus;
    }

    /** The attempt this event is about, 0 for the first ({@code retry_count}, legacy {@code retry}); null if unsent. */
    public Integer getAttempt() {
        return attempt;
    }

    /** {@code outbound}, {@code inbound} or {@code webcall}. */
    public String getDirection() {
        return direction;
    }

    public String getToNumber() {
        return toNumber;
    }

    public String getFromNumber() {
        return fromNumber;
    }

    public Double getDurationSeconds() {
        return durationSeconds;
    }

    /** The call's cost in provider credits. */
    public Double getCost() {
        return cost;
    }

    /** When the call was placed; a time sent without offset is read as UTC. */
    public OffsetDateTime getCalledOn() {
        return calledOn;
    }

    /** The campaign list of the call; null for a single call. */
    public String getBulkListId() {
        return bulkListId;
    }

    /** The transcript turns, in order; empty when the event carries none. */
    public List<TranscriptTurn> getTranscript() {
        return transcript;
    }

    /** The transcript as text when the provider sent text that is not a list of turns. */
    public String getTranscriptText() {
        return transcriptText;
    }

    /** The recording; Ringg's recording URLs expire 24 hours after the call. */
    public String getRecordingUrl() {
        return recordingUrl;
    }

    public Double getRecordingDurationSeconds() {
        return recordingDurationSeconds;
    }

    /** The analysis the event carries ({@code analysis_data}, legacy {@code analysis}). */
    public Map<String, Object> getAnalysis() {
        return analysis;
    }

    /** The provider's own analysis: summary, classification, key points, sentiment, disconnect reason. */
    public Map<String, Object> getPlatformAnalysis() {
        return platformAnalysis;
    }

    /** The analysis keys the user configured on the agent. */
    public Map<String, Object> getClientAnalysis() {
        return clientAnalysis;
    }

    /** The variables the call was placed with ({@code custom_args_values}). */
    public Map<String, String> getCustomVariables() {
        return customVariables;
    }

    /** The event's JSON as received. */
    @JsonIgnore
    public JsonNode getRaw() {
        return raw.deepCopy();
    }

    /** The event's JSON text as received. */
    public String getRawJson() {
        return rawJson;
    }

    @Override
    public String toString() {
        return "CallEvent[" + provider + " " + eventType + " call " + callId + " status " + status + " attempt "
               + attempt + "]";
    }
}
