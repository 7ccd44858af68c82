package dev.aivoice.camel.ringg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** A campaign with its counters ({@code GET /campaign/all}). */
public class RinggCampaignInfo extends RinggRecord {

    @JsonProperty("name")
    private String name;

    @JsonProperty("campaign_status")
    private String campaignStatus;

    @JsonProperty("campaign_start_time")
    private String campaignStartTime;

    @JsonProperty("campaign_end_time")
    private String campaignEndTime;

    @JsonProperty("total_count")
    @JsonDeserialize(using = LenientCount.class)
    private Long totalCount;

    @JsonProperty("registered_count")
    @JsonDeserialize(using = LenientCount.class)
    private Long registeredCount;

    @JsonProperty("completed_count")
    @JsonDeserialize(using = LenientCount.class)
    private Long completedCount;

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
        return "RinggCampaignInfo[" + getId() + ", " + name + ", status=" + campaignStatus + "]";
    }
}
