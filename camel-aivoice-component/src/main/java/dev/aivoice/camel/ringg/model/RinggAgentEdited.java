package dev.aivoice.camel.ringg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/** Ringg's answer to {@code PATCH /agent/v1}. */
public class RinggAgentEdited extends RinggObject {

    @JsonProperty("message")
    private String message;

    @JsonProperty("agent_id")
    private String agentId;

    @JsonProperty("edit_details")
    private JsonNode editDetails;

    public String getMessage() {
        return message;
    }

    public String getAgentId() {
        return agentId;
    }

    public JsonNode getEditDetails() {
        return editDetails;
    }

    @Override
    public String toString() {
        return "RinggAgentEdited[" + agentId + ", " + message + "]";
    }
}
