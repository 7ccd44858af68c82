package dev.aivoice.camel.ringg.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** Ringg's answer to a contact upload ({@code POST /campaign/save}): the {@code list_id} to start. */
public class RinggCampaignUploaded extends RinggObject {

    @JsonProperty("message")
    private String message;

    @JsonProperty("list_id")
    private String listId;

    @JsonProperty("total_rows")
    @JsonDeserialize(using = LenientCount.class)
    private Long totalRows;

    @JsonProperty("successful_rows")
    @JsonDeserialize(using = LenientCount.class)
    private Long successfulRows;

    @JsonProperty("failed_rows")
    @JsonDeserialize(using = LenientCount.class)
    private Long failedRows;

    @JsonProperty("custom_args_values")
    private List<Map<String, Object>> customArgsValues;

    public String getMessage() {
        return message;
    }

    public String getListId() {
        return listId;
    }

    public Long getTotalRows() {
        return totalRows;
    }

    public Long getSuccessfulRows() {
        return successfulRows;
    }

    public Long getFailedRows() {
        return failedRows;
    }

    public List<Map<String, Object>> getCustomArgsValues() {
        return customArgsValues;
    }

    @Override
    public String toString() {
        return "RinggCampaignUploaded[" + listId + ", rows=" + successfulRows + "/" + totalRows + "]";
    }
}
