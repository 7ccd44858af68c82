package dev.aivoice.camel.ringg.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Ringg's answer to a contact upload ({@code POST /campaign/save}): the {@code list_id} to start. */
public class RinggCampaignUploaded extends RinggRowCounts {

    @JsonProperty("message")
    private String message;

    @JsonProperty("list_id")
    private String listId;

    @JsonProperty("custom_args_values")
    private List<Map<String, Object>> customArgsValues;

    public String getMessage() {
        return message;
    }

    public String getListId() {
        return listId;
    }

    public List<Map<String, Object>> getCustomArgsValues() {
        return customArgsValues;
    }

    @Override
    public String toString() {
        return "RinggCampaignUploaded[" + listId + ", rows=" + getSuccessfulRows() + "/" + getTotalRows() + "]";
    }
}
