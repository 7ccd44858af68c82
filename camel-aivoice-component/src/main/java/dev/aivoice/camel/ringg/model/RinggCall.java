package dev.aivoice.camel.ringg.model;

import java.time.OffsetDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** One call of the call history ({@code GET /calling/history}). */
public class RinggCall extends RinggObject {

    @JsonProperty("id")
    @JsonAlias("call_id")
    private String id;

    @JsonProperty("to_number")
    private String toNumber;

    @JsonProperty("name")
    private String name;

    @JsonProperty("status")
    private String status;

    @JsonProperty("sub_status")
    private String subStatus;

    @JsonProperty("transcript")
    @JsonDeserialize(using = TranscriptReader.class)
    private List<TranscriptTurn> transcript;

    @JsonProperty("audio_recording")
    private String audioRecording;

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
    private Double callDuration;

    @JsonProperty("call_cost")
    private Double callCost;

    @JsonProperty("call_type")
    private String callType;

    @JsonProperty("from_numbers")
    private List<String> fromNumbers;

    @JsonProperty("voicemail_detected")
    private Boolean voicemailDetected;

    @JsonProperty("bulk_list_id")
    private String bulkListId;

    @JsonProperty("agent")
    private JsonNode agent;

    public String getId() {
        return id;
    }

    public String getToNumber() {
        return toNumber;
    }

    public String getName() {
        return name;
    }

    public String getStatus() {
        return status;
    }

    public String getSubStatus() {
        return subStatus;
    }

    public List<TranscriptTurn> getTranscript() {
        return transcript;
    }

    public String getAudioRecording() {
        return audioRecording;
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

    public Double getCallDuration() {
        return callDuration;
    }

    public Double getCallCost() {
        return callCost;
    }

    public String getCallType() {
        return callType;
    }

    public List<String> getFromNumbers() {
        return fromNumbers;
    }

    public Boolean getVoicemailDetected() {
        return voicemailDetected;
    }

    public String getBulkListId() {
        return bulkListId;
    }

    public JsonNode getAgent() {
        return agent;
    }

    @Override
    public String toString() {
        return "RinggCall[" + id + ", status=" + status + "]";
    }
}
