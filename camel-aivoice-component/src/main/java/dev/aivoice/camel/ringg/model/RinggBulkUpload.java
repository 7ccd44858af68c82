package dev.aivoice.camel.ringg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/**
 * A large upload ({@code POST /campaign/upload-csv}, {@code GET /campaign/upload-status/{id}}); both documented
 * shapes.
 */
public class RinggBulkUpload extends RinggRowCounts {

    @JsonProperty("bulk_list_id")
    private String bulkListId;

    @JsonProperty("status")
    private String status;

    @JsonProperty("campaign_name")
    private String campaignName;

    @JsonProperty("total_callees")
    @JsonDeserialize(using = LenientCount.class)
    private Long totalCallees;

    @JsonProperty("invalidated_rows_count")
    @JsonDeserialize(using = LenientCount.class)
    private Long invalidatedRowsCount;

    @JsonProperty("invalidated_rows_csv_url")
    private String invalidatedRowsCsvUrl;

    @JsonProperty("processed_rows")
    @JsonDeserialize(using = LenientCount.class)
    private Long processedRows;

    public String getBulkListId() {
        return bulkListId;
    }

    public String getStatus() {
        return status;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public Long getTotalCallees() {
        return totalCallees;
    }

    public Long getInvalidatedRowsCount() {
        return invalidatedRowsCount;
    }

    public String getInvalidatedRowsCsvUrl() {
        return invalidatedRowsCsvUrl;
    }

    public Long getProcessedRows() {
        return processedRows;
    }

    @Override
    public String toString() {
        return "RinggBulkUpload[" + bulkListId + ", status=" + status + "]";
    }
}
