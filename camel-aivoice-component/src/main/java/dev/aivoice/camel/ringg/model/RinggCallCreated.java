package dev.aivoice.camel.ringg.model;

import java.time.OffsetDateTime;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * Ringg's answer to an outbound call ({@code data} of {@code POST /calling/v2/outbound/individual}); older display-
 * style keys ({@code "Unique Call ID"}, {@code "Call Status"}) are read too.
 */
public class RinggCallCreated extends RinggObject {

    @JsonProperty("call_id")
    @JsonAlias({ "Unique Call ID", "id" })
    private String callId;

    @JsonProperty("call_direction")
    private String callDirection;

    @JsonProperty("call_status")
    @JsonAlias({ "Call Status", "status" })
    private String callStatus;

    @JsonProperty("initiated_at")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime initiatedAt;

    @JsonProperty("agent_id")
    private String agentId;

    @JsonProperty("custom_args_values")
    private Map<String, Object> customArgsValues;

    @JsonProperty("message")
    private String message;

    public String getCallId() {
        return callId;
    }

    public String getCallDirection() {
        return callDirection;
    }

    public String getCallStatus() {
        return callStatus;
    }

    public OffsetDateTime getInitiatedAt() {
        return initiatedAt;
    }

    public String getAgentId() {
        return agentId;
    }

    public Map<String, Object> getCustomArgsValues() {
        return customArgsValues;
    }

    public String getMessage() {
        return message;
    }

    /** The answer's top-level message, when Ringg put it beside {@code data} rather than in it. */
    public RinggCallCreated setMessage(String message) {
        this.message = message;
        return this;
    }

    @Override
    public String toString() {
        return "RinggCallCreated[" + callId + ", status=" + callStatus + "]";
    }
}
