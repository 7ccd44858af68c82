package dev.aivoice.camel.ringg.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.events.TranscriptTurn;

/**
 * One Ringg call: a row of the call history ({@code GET /calling/history}), and the base of the call details
 * ({@link RinggCallDetails}) and of the answer to a new call ({@link RinggCallCreated}). A wire field has one Java
 * name in all three and in {@link CallEvent}, whichever of its documented names Ringg sends ({@code id} or
 * {@code call_id}, {@code status} or {@code call_status}, {@code call_type} or {@code call_direction}, ...); fields an
 * answer does not carry are null.
 */
public class RinggCall extends RinggObject {

    @JsonProperty("call_id")
    @JsonAlias({ "id", "Unique Call ID" })
    private String callId;

    @JsonProperty("status")
    @JsonAlias({ "call_status", "Call Status" })
    private String status;

    @JsonProperty("sub_status")
    @JsonAlias("call_sub_status")
    private String subStatus;

    @JsonProperty("call_direction")
    @JsonAlias("call_type")
    private String direction;

    @JsonProperty("to_number")
    private String toNumber;

    @JsonProperty("from_number")
    private String fromNumber;

    @JsonProperty("from_numbers")
    private List<String> fromNumbers;

    @JsonProperty("callee_name")
    @JsonAlias("name")
    private String calleeName;

    @JsonProperty("agent_id")
    private String agentId;

    @JsonProperty("agent")
    private JsonNode agent;

    private List<TranscriptTurn> transcript = List.of();

    @JsonProperty("transcript_text")
    private String transcriptText;

    @JsonProperty("recording_url")
    @JsonAlias("audio_recording")
    private String recordingUrl;

    @JsonProperty("initiated_at")
    @JsonAlias("initiation_time")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime initiatedAt;

    @JsonProperty("created_at")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime createdAt;

    @JsonProperty("call_attempt_time")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime callAttemptTime;

    @JsonProperty("next_attempt_time")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime nextAttemptTime;

    @JsonProperty("call_duration")
    private Double durationSeconds;

    @JsonProperty("call_cost")
    private Double cost;

    @JsonProperty("voicemail_detected")
    private Boolean voicemailDetected;

    @JsonProperty("bulk_list_id")
    private String bulkListId;

    private Map<String, String> customVariables = Map.of();

    public String getCallId() {
        return callId;
    }

    /** The provider's status value as sent ({@code registered}, {@code ongoing}, {@code completed}, ...). */
    public String getStatus() {
        return status;
    }

    /** e.g. {@code ACCEPTED}. */
    public String getSubStatus() {
        return subStatus;
    }

    /** {@code outbound}, {@code inbound} or {@code webcall}. */
    public String getDirection() {
        return direction;
    }

    public String getToNumber() {
        return toNumber;
    }

    /** The caller number (call details). */
    public String getFromNumber() {
        return fromNumber;
    }

    /** The caller numbers (call history). */
    public List<String> getFromNumbers() {
        return fromNumbers;
    }

    public String getCalleeName() {
        return calleeName;
    }

    public String getAgentId() {
        return agentId;
    }

    /** The assistant as the call history describes it ({@code id}, {@code agent_name}, version). */
    public JsonNode getAgent() {
        return agent;
    }

    /** The transcript turns, in order; empty when the answer carries none. */
    @JsonProperty("transcript")
    public List<TranscriptTurn> getTranscript() {
        return transcript;
    }

    /** The transcript as text when Ringg sent text that is not a list of turns. */
    public String getTranscriptText() {
        return transcriptText;
    }

    /** The recording; Ringg's recording URLs expire 24 hours after the call. */
    public String getRecordingUrl() {
        return recordingUrl;
    }

    /** When the call was placed; a time sent without offset is read as UTC. */
    public OffsetDateTime getInitiatedAt() {
        return initiatedAt;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getCallAttemptTime() {
        return callAttemptTime;
    }

    public OffsetDateTime getNextAttemptTime() {
        return nextAttemptTime;
    }

    public Double getDurationSeconds() {
        return durationSeconds;
    }

    /** The call's cost in Ringg credits. */
    public Double getCost() {
        return cost;
    }

    public Boolean getVoicemailDetected() {
        return voicemailDetected;
    }

    /** The campaign list of the call; null for a single call. */
    public String getBulkListId() {
        return bulkListId;
    }

    /** The variables the call was placed with ({@code custom_args_values}). */
    @JsonProperty("custom_args_values")
    public Map<String, String> getCustomVariables() {
        return customVariables;
    }

    /** @deprecated the same as {@link #getCallId()}; kept for code written before the call classes were unified. */
    @Deprecated
    @JsonIgnore
    public String getId() {
        return callId;
    }

    /** @deprecated the same as {@link #getStatus()}; kept for code written before the call classes were unified. */
    @Deprecated
    @JsonIgnore
    public String getCallStatus() {
        return status;
    }

    /** @deprecated the same as {@link #getDurationSeconds()}; kept for code written before the call classes were unified. */
    @Deprecated
    @JsonIgnore
    public Double getCallDuration() {
        return durationSeconds;
    }

    /** Transcripts come as a list of turns or as that list encoded in a string ({@code transcription_url} in details). */
    @JsonProperty("transcript")
    @JsonAlias("transcription_url")
    private void readTranscript(JsonNode node) {
        TranscriptReader.Transcript read = TranscriptReader.read(node);
        transcript = read.turns();
        transcriptText = read.text();
    }

    @JsonProperty("custom_args_values")
    private void readCustomVariables(JsonNode node) {
        customVariables = JsonValues.stringMap(node);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + callId + ", status=" + status + "]";
    }
}
