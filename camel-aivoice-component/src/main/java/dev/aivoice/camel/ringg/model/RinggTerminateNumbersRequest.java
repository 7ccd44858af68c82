package dev.aivoice.camel.ringg.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Cancels the queued or retrying calls to these numbers: {@code terminateNumbers} in every campaign and individual
 * call ({@code PATCH /campaign/terminate/numbers}), {@code terminateCampaignNumbers} only in {@code campaignId}
 * ({@code PATCH /campaign/terminate/campaign-numbers}). More than 100 numbers are sent as several requests.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class RinggTerminateNumbersRequest {

    @JsonProperty("campaign_id")
    private String campaignId;

    @JsonProperty("mobile_numbers")
    private List<String> mobileNumbers;

    public RinggTerminateNumbersRequest() {
    }

    public RinggTerminateNumbersRequest(List<String> mobileNumbers) {
        this.mobileNumbers = mobileNumbers;
    }

    /** terminateCampaignNumbers only: the campaign. */
    public String getCampaignId() {
        return campaignId;
    }

    public RinggTerminateNumbersRequest setCampaignId(String campaignId) {
        this.campaignId = campaignId;
        return this;
    }

    /** The numbers, E.164. */
    public List<String> getMobileNumbers() {
        return mobileNumbers;
    }

    public RinggTerminateNumbersRequest setMobileNumbers(List<String> mobileNumbers) {
        this.mobileNumbers = mobileNumbers;
        return this;
    }

    @Override
    public String toString() {
        return "RinggTerminateNumbersRequest[campaign=" + campaignId + ", numbers="
               + (mobileNumbers == null ? 0 : mobileNumbers.size()) + "]";
    }
}
