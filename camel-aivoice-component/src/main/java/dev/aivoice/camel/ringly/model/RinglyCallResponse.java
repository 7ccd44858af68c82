package dev.aivoice.camel.ringly.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Ringly's answer to an outbound call: the request's fields ({@link RinglyCall}) echoed back, with the call status.
 * Fields Ringly adds beyond the documented ones are kept in {@link #getAdditionalFields()}.
 */
public class RinglyCallResponse extends RinglyCall {

    @JsonProperty("call_id")
    @JsonAlias({ "id", "callId" })
    private String callId;

    @JsonProperty("call_status")
    private String callStatus;

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
