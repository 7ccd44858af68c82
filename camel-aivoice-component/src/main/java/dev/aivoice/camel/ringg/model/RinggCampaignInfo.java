package dev.aivoice.camel.ringg.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** A campaign with its counters ({@code GET /campaign/all}). */
public class RinggCampaignInfo extends RinggObject {

    @JsonProperty("id")
    private String id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("campaign_status")
    private String campaignStatus;

    @JsonProperty("campaign_start_time")
    private String campaignStartTime;

    @JsonProperty("campaign_end_time")
    private String campaignEndTime;

    @JsonProperty("created_at")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime createdAt;

    @JsonProperty("updated_at")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime updatedAt;

    @JsonProperty("total_count")
    @JsonDeserialize(using = LenientCount.class)
    private Long totalCount;

    @JsonProperty("registered_count")
    @JsonDeserialize(using = LenientCount.class)
    private Long registeredCount;

    @JsonProperty("completed_count")
    @JsonDeserialize(using = LenientCount.class)
    private Long completedCount;

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getCampaignStatus() {
        return campaignStatus;
    }

    public String getCampaignStartTime() {
        return campaignStartTime;
    }

    public String getCampaignEndTime() {
        return campaignEndTime;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public Long getTotalCount() {
        return totalCount;
    }

    public Long getRegisteredCount() {
        return registeredCount;
    }

    public Long getCompletedCount() {
        return completedCount;
    }

    @Override
    public String toString() {
        return "RinggCampaignInfo[" + id + ", " + name + ", status=" + campaignStatus + "]";
    }
}
