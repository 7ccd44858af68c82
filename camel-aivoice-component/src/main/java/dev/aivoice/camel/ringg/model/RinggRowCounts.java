package dev.aivoice.camel.ringg.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

/** The row counters Ringg reports on contact uploads (counts may come as numbers or text). */
public abstract class RinggRowCounts extends RinggObject {

    @JsonProperty("total_rows")
    @JsonDeserialize(using = LenientCount.class)
    private Long totalRows;

    @JsonProperty("successful_rows")
    @JsonDeserialize(using = LenientCount.class)
    private Long successfulRows;

    @JsonProperty("failed_rows")
    @JsonDeserialize(using = LenientCount.class)
    private Long failedRows;

    public Long getTotalRows() {
        return totalRows;
    }

    public Long getSuccessfulRows() {
        return successfulRows;
    }

    public Long getFailedRows() {
        return failedRows;
    }
}
