package dev.aivoice.camel.ringg.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** One call ({@code GET /calling/call-details}): status, numbers, recording, transcript and, when asked, analysis. */
public class RinggCallDetails extends RinggObject {

    @JsonProperty("id")
    @JsonAlias("call_id")
    private String id;

    @JsonProperty("call_direction")
    private String callDirection;

    @JsonProperty("call_status")
    @JsonAlias("status")
    private String callStatus;

    @JsonProperty("call_sub_status")
    @JsonAlias("sub_status")
    private String callSubStatus;

    @JsonProperty("from_number")
    private String fromNumber;

    @JsonProperty("to_number")
    private String toNumber;

    @JsonProperty("callee_name")
    private String calleeName;

    @JsonProperty("agent_id")
    private String agentId;

    @JsonProperty("initiation_time")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime initiationTime;

    @JsonProperty("recording_url")
    private String recordingUrl;

    @JsonProperty("transcription_url")
    @JsonAlias("transcript")
    @JsonDeserialize(using = TranscriptReader.class)
    private List<TranscriptTurn> transcript;

    @JsonProperty("platform_analysis")
    private JsonNode platformAnalysis;

    @JsonProperty("client_analysis")
    private JsonNode clientAnalysis;

    @JsonProperty("custom_args_values")
    private Map<String, Object> customArgsValues;

    public String getId() {
        return id;
    }

    public String getCallDirection() {
        return callDirection;
    }

    public String getCallStatus() {
        return callStatus;
    }

    public String getCallSubStatus() {
        return callSubStatus;
    }

    public String getFromNumber() {
        return fromNumber;
    }

    public String getToNumber() {
        return toNumber;
    }

    public String getCalleeName() {
        return calleeName;
    }

    public String getAgentId() {
        return agentId;
    }

    public OffsetDateTime getInitiationTime() {
        return initiationTime;
    }

    public String getRecordingUrl() {
        return recordingUrl;
    }

    public List<TranscriptTurn> getTranscript() {
        return transcript;
    }

    public JsonNode getPlatformAnalysis() {
        return platformAnalysis;
    }

    public JsonNode getClientAnalysis() {
        return clientAnalysis;
    }

    public Map<String, Object> getCustomArgsValues() {
        return customArgsValues;
    }

    @Override
    public String toString() {
        return "RinggCallDetails[" + id + ", status=" + callStatus + "]";
    }
}
