package dev.aivoice.camel.ringg.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** A caller number of the workspace ({@code GET /workspace/numbers}); its id is the {@code from_number_id}. */
public class RinggNumber extends RinggObject {

    @JsonProperty("id")
    private String id;

    @JsonProperty("number")
    private String number;

    @JsonProperty("display_name")
    private String displayName;

    @JsonProperty("provider")
    private String provider;

    @JsonProperty("number_pool_id")
    private String numberPoolId;

    @JsonProperty("is_inbound_enabled")
    private Boolean isInboundEnabled;

    @JsonProperty("is_spam")
    private Boolean isSpam;

    @JsonProperty("call_count")
    @JsonDeserialize(using = LenientCount.class)
    private Long callCount;

    @JsonProperty("agent")
    private JsonNode agent;

    @JsonProperty("created_at")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime createdAt;

    public String getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getProvider() {
        return provider;
    }

    public String getNumberPoolId() {
        return numberPoolId;
    }

    public Boolean getIsInboundEnabled() {
        return isInboundEnabled;
    }

    public Boolean getIsSpam() {
        return isSpam;
    }

    public Long getCallCount() {
        return callCount;
    }

    public JsonNode getAgent() {
        return agent;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "RinggNumber[" + id + ", " + number + "]";
    }
}
