package dev.aivoice.camel;

import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of Ringg producers only (catalog label {@code ringg,producer}): caller number ids, paging, campaigns,
 * call details and workspace operations. A Ringly endpoint ignores them.
 */
@UriParams
public abstract class AiVoiceRinggProducerOptions extends AiVoiceProducerOptions {

    @UriParam(label = "ringg,producer", description = "Ringg: the caller number's id (`from_number_id`).")
    private String fromNumberId;

    @UriParam(label = "ringg,producer", description = "Ringg: the caller number pool's id (`number_pool_id`).")
    private String numberPoolId;

    @UriParam(label = "ringg,producer", defaultValue = "100",
              description = "Ringg list operations (call history, agents, numbers, workspace users, campaigns): the page"
                            + " size, 1 to 100. Always sent. The header `CamelAiVoiceLimit` overrides it.")
    private int limit = 100;

    @UriParam(label = "ringg,producer", defaultValue = "0",
              description = "Ringg list operations: the offset of the first item. The header `CamelAiVoiceOffset`"
                            + " overrides it.")
    private int offset;

    @UriParam(label = "ringg,producer",
              description = "Ringg list operations: return every page as a lazy `Iterator` that fetches the next page"
                            + " only when the previous one is consumed (use with `split(body()).streaming()`)."
                            + " The header `CamelAiVoicePageAll` overrides it.")
    private boolean pageAll;

    @UriParam(label = "ringg,producer",
              description = "Ringg: the campaign list id (`list_id` / `bulk_list_id`) for campaign start, bulkStatus,"
                            + " bulkStart and as a filter of call history and analytics.")
    private String listId;

    @UriParam(label = "ringg,producer",
              description = "Ringg call/get: ask for the platform and client analysis (`send_analysis=true`).")
    private boolean sendAnalysis;

    @UriParam(label = "ringg,producer", description = "Ringg campaign upload: the campaign name (`campaign_name`).")
    private String campaignName;

    @UriParam(label = "ringg,producer",
              description = "Ringg campaign upload and bulkStart: the country code (`country_code`), e.g. `+91` or `IN`.")
    private String countryCode;

    @UriParam(label = "ringg,producer",
              description = "Ringg campaign upload: the assistant variables filled from CSV columns (`variables_map`),"
                            + " as `variable:Column,variable:Column` or a JSON object. `mobile_number:Mobile Number` is"
                            + " always added.")
    private String variablesMap;

    @UriParam(label = "ringg,producer",
              description = "Ringg calls and campaigns: the default `call_config` as a JSON object (calling window,"
                            + " timezone, retries). The body and the header `CamelAiVoiceCallConfig` override it key"
                            + " by key.")
    private String callConfig;

    @UriParam(label = "ringg,producer", enums = "reject,drop", defaultValue = "reject",
              description = "Ringg campaign uploads: what to do with contact rows whose `Mobile Number` is not E.164."
                            + " `reject` fails before anything is sent, listing every bad row; `drop` uploads the"
                            + " other rows and lists the dropped ones in the header `CamelAiVoiceInvalidRows`.")
    private String invalidRows = "reject";

    @UriParam(label = "ringg,producer", defaultValue = "false",
              description = "Ringg `workspace` `rotateKey`: after a successful rotation, every endpoint of this"
                            + " component that used the old key sends with the new one (requests wait while the"
                            + " rotation is out; none is sent with the old key afterwards). The new key is also the"
                            + " body: store it yourself, the component cannot write your secret store.")
    private boolean applyRotatedKey;

    @UriParam(label = "ringg,producer", defaultValue = "false",
              description = "Ringg `campaign` `bulkStart`: ask Ringg's credit check (`check-balance`) first and refuse"
                            + " to start, with an AiVoicePaymentRequiredException carrying the required and available"
                            + " credits, when the balance is insufficient. Nothing is dialled then.")
    private boolean checkBalance;

    public String getFromNumberId() {
        return fromNumberId;
    }

    public void setFromNumberId(String fromNumberId) {
        this.fromNumberId = fromNumberId;
    }

    public String getNumberPoolId() {
        return numberPoolId;
    }

    public void setNumberPoolId(String numberPoolId) {
        this.numberPoolId = numberPoolId;
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }

    public int getOffset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = offset;
    }

    public boolean isPageAll() {
        return pageAll;
    }

    public void setPageAll(boolean pageAll) {
        this.pageAll = pageAll;
    }

    public String getListId() {
        return listId;
    }

    public void setListId(String listId) {
        this.listId = listId;
    }

    public boolean isSendAnalysis() {
        return sendAnalysis;
    }

    public void setSendAnalysis(boolean sendAnalysis) {
        this.sendAnalysis = sendAnalysis;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public void setCampaignName(String campaignName) {
        this.campaignName = campaignName;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getVariablesMap() {
        return variablesMap;
    }

    public void setVariablesMap(String variablesMap) {
        this.variablesMap = variablesMap;
    }

    public String getCallConfig() {
        return callConfig;
    }

    public void setCallConfig(String callConfig) {
        this.callConfig = callConfig;
    }

    public String getInvalidRows() {
        return invalidRows;
    }

    public void setInvalidRows(String invalidRows) {
        this.invalidRows = invalidRows;
    }

    public boolean isApplyRotatedKey() {
        return applyRotatedKey;
    }

    public void setApplyRotatedKey(boolean applyRotatedKey) {
        this.applyRotatedKey = applyRotatedKey;
    }

    public boolean isCheckBalance() {
        return checkBalance;
    }

    public void setCheckBalance(boolean checkBalance) {
        this.checkBalance = checkBalance;
    }
}
