package dev.aivoice.camel.ringg.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** An assistant ({@code GET /agent/all}, {@code GET /agent/{id}}); the versioned details stay in {@link #getAdditionalFields()}. */
public class RinggAgent extends RinggObject {

    @JsonProperty("id")
    private String id;

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

    @JsonProperty("created_at")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime createdAt;

    @JsonProperty("updated_at")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime updatedAt;

    public String getId() {
        return id;
    }

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

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "RinggAgent[" + id + ", " + agentDisplayName + "]";
    }
}
