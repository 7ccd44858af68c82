package dev.aivoice.camel.ringly.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The fields of one Ringly outbound call, shared by the request ({@link RinglyCallRequest}) and by Ringly's answer
 * ({@link RinglyCallResponse}), which echoes them back.
 */
public abstract class RinglyCall {

    @JsonProperty("from_number")
    String fromNumber;

    @JsonProperty("to_number")
    String toNumber;

    @JsonProperty("agent_tag")
    String agentTag;

    @JsonProperty("dynamic_variables")
    Map<String, String> dynamicVariables = new LinkedHashMap<>();

    RinglyCall() {
    }

    public String getFromNumber() {
        return fromNumber;
    }

    public String getToNumber() {
        return toNumber;
    }

    public String getAgentTag() {
        return agentTag;
    }

    /** The variables referenced as {@code {{key}}} in the agent's instructions. */
    public Map<String, String> getDynamicVariables() {
        return dynamicVariables;
    }
}
