package dev.aivoice.camel.ringly.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Ringly's answer to an outbound call: the request echoed back with the call status. Fields Ringly adds beyond the
 * documented ones are kept in {@link #getAdditionalFields()}.
 */
public class RinglyCallResponse {

    @JsonProperty("call_id")
    @JsonAlias({ "id", "callId" })
    private String callId;

    @JsonProperty("call_status")
    private String callStatus;

    @JsonProperty("from_number")
    private String fromNumber;

    @JsonProperty("to_number")
    private String toNumber;

    @JsonProperty("agent_tag")
    private String agentTag;

    @JsonProperty("dynamic_variables")
    private Map<String, String> dynamicVariables = new LinkedHashMap<>();

    private final Map<String, Object> additionalFields = new LinkedHashMap<>();

    /** Ringly documents no call id; present only if the answer carries one. */
    public String getCallId() {
        return callId;
    }

    public void setCallId(String callId) {
        this.callId = callId;
    }

    /** e.g. {@code registered}. */
    public String getCallStatus() {
        return callStatus;
    }

    public void setCallStatus(String callStatus) {
        this.callStatus = callStatus;
    }

    public String getFromNumber() {
        return fromNumber;
    }

    public void setFromNumber(String fromNumber) {
        this.fromNumber = fromNumber;
    }

    public String getToNumber() {
        return toNumber;
    }

    public void setToNumber(String toNumber) {
        this.toNumber = toNumber;
    }

    public String getAgentTag() {
        return agentTag;
    }

    public void setAgentTag(String agentTag) {
        this.agentTag = agentTag;
    }

    public Map<String, String> getDynamicVariables() {
        return dynamicVariables;
    }

    public void setDynamicVariables(Map<String, String> dynamicVariables) {
        this.dynamicVariables = dynamicVariables;
    }

    @JsonAnyGetter
    public Map<String, Object> getAdditionalFields() {
        return additionalFields;
    }

    @JsonAnySetter
    public void setAdditionalField(String name, Object value) {
        additionalFields.put(name, value);
    }

    @Override
    public String toString() {
        return "RinglyCallResponse[status=" + callStatus + ", to=" + toNumber + ", agent=" + agentTag
               + (callId != null ? ", callId=" + callId : "") + "]";
    }
}
