package dev.aivoice.camel.ringg.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Ringg's answer to a campaign start: {@code status} is a sentence, not an enum. */
public class RinggCampaignStarted extends RinggObject {

    @JsonProperty("status")
    private String status;

    @JsonProperty("has_ongoing_calls")
    private Boolean hasOngoingCalls;

    @JsonProperty("message")
    private String message;

    @JsonProperty("list_id")
    private String listId;

    public String getStatus() {
        return status;
    }

    public Boolean getHasOngoingCalls() {
        return hasOngoingCalls;
    }

    public String getMessage() {
        return message;
    }

    public String getListId() {
        return listId;
    }

    @Override
    public String toString() {
        return "RinggCampaignStarted[" + status + "]";
    }
}
