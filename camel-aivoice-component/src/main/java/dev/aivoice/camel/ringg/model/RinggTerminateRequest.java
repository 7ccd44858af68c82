package dev.aivoice.camel.ringg.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Cancels queued or retrying calls ({@code PATCH /campaign/terminate}): by agent, call ids, campaign and/or numbers.
 * More than 100 numbers are sent as several requests.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class RinggTerminateRequest {

    @JsonProperty("agent_id")
    private String agentId;

    @JsonProperty("call_ids")
    private List<String> callIds;

    @JsonProperty("campaign_id")
    private String campaignId;

    @JsonProperty("mobile_numbers")
    private List<String> mobileNumbers;

    /** Every queued call of this assistant. */
    public String getAgentId() {
        return agentId;
    }

    public RinggTerminateRequest setAgentId(String agentId) {
        this.agentId = agentId;
        return this;
    }

    /** These calls. */
    public List<String> getCallIds() {
        return callIds;
    }

    public RinggTerminateRequest setCallIds(List<String> callIds) {
        this.callIds = callIds;
        return this;
    }

    /** This campaign (with {@code mobile_numbers}: only these numbers in it). */
    public String getCampaignId() {
        return campaignId;
    }

    public RinggTerminateRequest setCampaignId(String campaignId) {
        this.campaignId = campaignId;
        return this;
    }

    /** These numbers, E.164. */
    public List<String> getMobileNumbers() {
        return mobileNumbers;
    }

    public RinggTerminateRequest setMobileNumbers(List<String> mobileNumbers) {
        this.mobileNumbers = mobileNumbers;
        return this;
    }

    @Override
    public String toString() {
        return "RinggTerminateRequest[agent=" + agentId + ", campaign=" + campaignId + ", calls="
               + (callIds == null ? 0 : callIds.size()) + ", numbers="
               + (mobileNumbers == null ? 0 : mobileNumbers.size()) + "]";
    }
}
