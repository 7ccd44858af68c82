package dev.aivoice.camel.ringg.model;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The settings of a Ringg campaign (everything but the contacts): given in the header {@code CamelAiVoiceCampaign}
 * when the body carries the contacts ({@code upload}, {@code launch}, {@code bulkUpload}), or as the body of
 * {@code start} and {@code bulkStart}. A Map or JSON object with the same (Ringg) field names works too.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class RinggCampaign {

    @JsonProperty("agent_id")
    private String agentId;

    @JsonProperty("campaign_name")
    private String campaignName;

    @JsonProperty("country_code")
    private String countryCode;

    @JsonProperty("variables_map")
    private Map<String, String> variablesMap;

    @JsonProperty("call_config")
    private RinggCallConfig callConfig;

    @JsonProperty("campaign_start_time")
    private String campaignStartTime;

    @JsonProperty("campaign_end_time")
    private String campaignEndTime;

    @JsonProperty("remove_invalid_rows")
    private Boolean removeInvalidRows;

    @JsonProperty("transliterate_callee_name")
    private Boolean transliterateCalleeName;

    @JsonProperty("list_id")
    @JsonAlias("bulk_list_id")
    private String listId;

    @JsonProperty("number_pool_id")
    private String numberPoolId;

    @JsonProperty("from_numbers")
    private List<String> fromNumbers;

    @JsonProperty("callback_url")
    private String callbackUrl;

    @JsonProperty("email_completion_user_ids")
    private List<String> emailCompletionUserIds;

    @JsonProperty("concurrency_percentage")
    private Integer concurrencyPercentage;

    /** The assistant. */
    public String getAgentId() {
        return agentId;
    }

    public RinggCampaign setAgentId(String agentId) {
        this.agentId = agentId;
        return this;
    }

    /** Upload: the campaign name. */
    public String getCampaignName() {
        return campaignName;
    }

    public RinggCampaign setCampaignName(String campaignName) {
        this.campaignName = campaignName;
        return this;
    }

    /** Upload and bulkStart: {@code +91} / {@code IN} style country code. */
    public String getCountryCode() {
        return countryCode;
    }

    public RinggCampaign setCountryCode(String countryCode) {
        this.countryCode = countryCode;
        return this;
    }

    /** Upload: assistant variable to CSV column; {@code mobile_number} to {@code Mobile Number} is added. */
    public Map<String, String> getVariablesMap() {
        return variablesMap;
    }

    public RinggCampaign setVariablesMap(Map<String, String> variablesMap) {
        this.variablesMap = variablesMap;
        return this;
    }

    /** Calling window, timezone and retries. */
    public RinggCallConfig getCallConfig() {
        return callConfig;
    }

    public RinggCampaign setCallConfig(RinggCallConfig callConfig) {
        this.callConfig = callConfig;
        return this;
    }

    /** Upload and bulkStart: {@code DD/MM/YYYY, HH:MM} in the call_config timezone, in the future. */
    public String getCampaignStartTime() {
        return campaignStartTime;
    }

    public RinggCampaign setCampaignStartTime(String campaignStartTime) {
        this.campaignStartTime = campaignStartTime;
        return this;
    }

    /** Upload and bulkStart: {@code DD/MM/YYYY, HH:MM}, after the start. */
    public String getCampaignEndTime() {
        return campaignEndTime;
    }

    public RinggCampaign setCampaignEndTime(String campaignEndTime) {
        this.campaignEndTime = campaignEndTime;
        return this;
    }

    /** Upload: let Ringg skip rows it finds invalid. */
    public Boolean getRemoveInvalidRows() {
        return removeInvalidRows;
    }

    public RinggCampaign setRemoveInvalidRows(Boolean removeInvalidRows) {
        this.removeInvalidRows = removeInvalidRows;
        return this;
    }

    /** Upload: transliterate callee names. */
    public Boolean getTransliterateCalleeName() {
        return transliterateCalleeName;
    }

    public RinggCampaign setTransliterateCalleeName(Boolean transliterateCalleeName) {
        this.transliterateCalleeName = transliterateCalleeName;
        return this;
    }

    /** Start, bulkStatus, bulkStart: the uploaded list ({@code list_id} / {@code bulk_list_id}). */
    public String getListId() {
        return listId;
    }

    public RinggCampaign setListId(String listId) {
        this.listId = listId;
        return this;
    }

    /** Start caller source: a number pool (current API). */
    public String getNumberPoolId() {
        return numberPoolId;
    }

    public RinggCampaign setNumberPoolId(String numberPoolId) {
        this.numberPoolId = numberPoolId;
        return this;
    }

    /** Start caller source: caller numbers or number ids (deprecated start API). */
    public List<String> getFromNumbers() {
        return fromNumbers;
    }

    public RinggCampaign setFromNumbers(List<String> fromNumbers) {
        this.fromNumbers = fromNumbers;
        return this;
    }

    /** Start: campaign-completion callback. */
    public String getCallbackUrl() {
        return callbackUrl;
    }

    public RinggCampaign setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
        return this;
    }

    /** Start: workspace users emailed on completion. */
    public List<String> getEmailCompletionUserIds() {
        return emailCompletionUserIds;
    }

    public RinggCampaign setEmailCompletionUserIds(List<String> emailCompletionUserIds) {
        this.emailCompletionUserIds = emailCompletionUserIds;
        return this;
    }

    /** bulkStart: the share of workspace call slots, 0 to 100. */
    public Integer getConcurrencyPercentage() {
        return concurrencyPercentage;
    }

    public RinggCampaign setConcurrencyPercentage(Integer concurrencyPercentage) {
        this.concurrencyPercentage = concurrencyPercentage;
        return this;
    }

    @Override
    public String toString() {
        return "RinggCampaign[" + campaignName + ", agent=" + agentId + ", list=" + listId + "]";
    }
}
