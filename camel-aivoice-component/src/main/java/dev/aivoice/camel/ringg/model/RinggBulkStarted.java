package dev.aivoice.camel.ringg.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Ringg's answer to {@code POST /campaign/make-call-async}. */
public class RinggBulkStarted extends RinggObject {

    @JsonProperty("message")
    private String message;

    @JsonProperty("bulk_list_id")
    private String bulkListId;

    @JsonProperty("status")
    private String status;

    public String getMessage() {
        return message;
    }

    public String getBulkListId() {
        return bulkListId;
    }

    public String getStatus() {
        return status;
    }

    @Override
    public String toString() {
        return "RinggBulkStarted[" + bulkListId + ", status=" + status + "]";
    }
}
