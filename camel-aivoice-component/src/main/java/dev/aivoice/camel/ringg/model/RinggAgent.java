package dev.aivoice.camel.ringg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * An assistant ({@code GET /agent/all}, {@code GET /agent/{id}}); the versioned details stay in {@link
 * #getAdditionalFields()}.
 */
public class RinggAgent extends RinggRecord {

    @JsonProperty("agent_display_name")
    private String agentDisplayName;

    @JsonProperty("agent_type")
    private String agentType;

    @JsonProperty("call_count")
    @JsonDeserialize(using = LenientCount.class)
    private Long callCount;

    @JsonProperty("language")
    private String language;

    @JsonProperty("is_archived")
    private Boolean isArchived;

    public String getAgentDisplayName() {
        return agentDisplayName;
    }

    public String getAgentType() {
        return agentType;
    }

    public Long getCallCount() {
        return callCount;
    }

    public String getLanguage() {
        return language;
    }

    public Boolean getIsArchived() {
        return isArchived;
    }

    @Override
    public String toString() {
        return "RinggAgent[" + getId() + ", " + agentDisplayName + "]";
    }
}
