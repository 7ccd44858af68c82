package dev.aivoice.camel.ringg.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Filters of the call history export ({@code POST /calling/history/download}, sent as query parameters). All
 * optional: dates as {@code YYYY-MM-DD} or ISO date-time with offset, {@code agentIds} repeatable.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class RinggExportRequest {

    @JsonProperty("start_date")
    private String startDate;
    @JsonProperty("end_date")
    private String endDate;
    @JsonProperty("agent_id")
    private List<String> agentIds;
    @JsonProperty("status")
    private String status;
    @JsonProperty("include_analysis")
    private Boolean includeAnalysis;
    @JsonProperty("call_type")
    private String callType;
    @JsonProperty("bulk_list_id")
    private String bulkListId;
    @JsonProperty("voicemail")
    private Boolean voicemail;
    @JsonProperty("from_number")
    private String fromNumber;
    @JsonProperty("to_number")
    private String toNumber;
    @JsonProperty("call_id")
    private String callId;
    @JsonProperty("limit")
    private Integer limit;
    @JsonProperty("offset")
    private Integer offset;

    public String getStartDate() {
        return startDate;
    }

    public RinggExportRequest setStartDate(String startDate) {
        this.startDate = startDate;
        return this;
    }

    public String getEndDate() {
        return endDate;
    }

    public RinggExportRequest setEndDate(String endDate) {
        this.endDate = endDate;
        return this;
    }

    public List<String> getAgentIds() {
        return agentIds;
    }

    public RinggExportRequest setAgentIds(List<String> agentIds) {
        this.agentIds = agentIds;
        return this;
    }

    /** A call status: registered, ongoing, retry, completed, failed, error, cancelled, forwarded. */
    public String getStatus() {
        return status;
    }

    public RinggExportRequest setStatus(String status) {
        this.status = status;
        return this;
    }

    public Boolean getIncludeAnalysis() {
        return includeAnalysis;
    }

    public RinggExportRequest setIncludeAnalysis(Boolean includeAnalysis) {
        this.includeAnalysis = includeAnalysis;
        return this;
    }

    /** outbound, inbound or webcall. */
    public String getCallType() {
        return callType;
    }

    public RinggExportRequest setCallType(String callType) {
        this.callType = callType;
        return this;
    }

    public String getBulkListId() {
        return bulkListId;
    }

    public RinggExportRequest setBulkListId(String bulkListId) {
        this.bulkListId = bulkListId;
        return this;
    }

    public Boolean getVoicemail() {
        return voicemail;
    }

    public RinggExportRequest setVoicemail(Boolean voicemail) {
        this.voicemail = voicemail;
        return this;
    }

    public String getFromNumber() {
        return fromNumber;
    }

    public RinggExportRequest setFromNumber(String fromNumber) {
        this.fromNumber = fromNumber;
        return this;
    }

    public String getToNumber() {
        return toNumber;
    }

    public RinggExportRequest setToNumber(String toNumber) {
        this.toNumber = toNumber;
        return this;
    }

    public String getCallId() {
        return callId;
    }

    public RinggExportRequest setCallId(String callId) {
        this.callId = callId;
        return this;
    }

    public Integer getLimit() {
        return limit;
    }

    public RinggExportRequest setLimit(Integer limit) {
        this.limit = limit;
        return this;
    }

    public Integer getOffset() {
        return offset;
    }

    public RinggExportRequest setOffset(Integer offset) {
        this.offset = offset;
        return this;
    }

    @Override
    public String toString() {
        return "RinggExportRequest[" + startDate + ".." + endDate + ", agents=" + agentIds + ", status=" + status + "]";
    }
}
