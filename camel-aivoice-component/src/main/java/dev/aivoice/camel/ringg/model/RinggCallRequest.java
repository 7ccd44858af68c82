package dev.aivoice.camel.ringg.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One Ringg outbound call ({@code POST /calling/v2/outbound/individual}). Exactly one caller source: {@code
 * number_pool_id}, {@code from_number_id} or {@code from_number}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class RinggCallRequest {

    @JsonProperty("name")
    private String name;

    @JsonProperty("mobile_number")
    private String mobileNumber;

    @JsonProperty("agent_id")
    private String agentId;

    @JsonProperty("number_pool_id")
    private String numberPoolId;

    @JsonProperty("from_number_id")
    private String fromNumberId;

    @JsonProperty("from_number")
    private String fromNumber;

    @JsonProperty("custom_args_values")
    private Map<String, String> customArgsValues;

    @JsonProperty("call_config")
    private RinggCallConfig callConfig;

    @JsonProperty("callback_url")
    private String callbackUrl;

    @JsonProperty("callback_args")
    private Map<String, Map<String, String>> callbackArgs;

    @JsonProperty("smart_formatter")
    private Map<String, Object> smartFormatter;

    @JsonProperty("voice_id")
    private String voiceId;

    @JsonProperty("version_id")
    private String versionId;

    @JsonProperty("call_category")
    private String callCategory;

    @JsonProperty("parent_call_id")
    private String parentCallId;

    public RinggCallRequest() {
    }

    public RinggCallRequest(String name, String mobileNumber) {
        this.name = name;
        this.mobileNumber = mobileNumber;
    }

    /** The callee's name (copied to {@code callee_name} unless that variable is given). */
    public String getName() {
        return name;
    }

    public RinggCallRequest setName(String name) {
        this.name = name;
        return this;
    }

    /** The number to call, E.164. */
    public String getMobileNumber() {
        return mobileNumber;
    }

    public RinggCallRequest setMobileNumber(String mobileNumber) {
        this.mobileNumber = mobileNumber;
        return this;
    }

    /** The assistant. */
    public String getAgentId() {
        return agentId;
    }

    public RinggCallRequest setAgentId(String agentId) {
        this.agentId = agentId;
        return this;
    }

    /** Caller source: a number pool (recommended). */
    public String getNumberPoolId() {
        return numberPoolId;
    }

    public RinggCallRequest setNumberPoolId(String numberPoolId) {
        this.numberPoolId = numberPoolId;
        return this;
    }

    /** Caller source: a workspace number by id. */
    public String getFromNumberId() {
        return fromNumberId;
    }

    public RinggCallRequest setFromNumberId(String fromNumberId) {
        this.fromNumberId = fromNumberId;
        return this;
    }

    /** Caller source: a workspace number, E.164. */
    public String getFromNumber() {
        return fromNumber;
    }

    public RinggCallRequest setFromNumber(String fromNumber) {
        this.fromNumber = fromNumber;
        return this;
    }

    /** Prompt variables. */
    public Map<String, String> getCustomArgsValues() {
        return customArgsValues;
    }

    public RinggCallRequest setCustomArgsValues(Map<String, String> customArgsValues) {
        this.customArgsValues = customArgsValues;
        return this;
    }

    /** Calling window, schedule and retries. */
    public RinggCallConfig getCallConfig() {
        return callConfig;
    }

    public RinggCallRequest setCallConfig(RinggCallConfig callConfig) {
        this.callConfig = callConfig;
        return this;
    }

    /** Legacy per-call status callback. */
    public String getCallbackUrl() {
        return callbackUrl;
    }

    public RinggCallRequest setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
        return this;
    }

    /** {@code headers} sent to the callback, {@code params} added to its query. */
    public Map<String, Map<String, String>> getCallbackArgs() {
        return callbackArgs;
    }

    public RinggCallRequest setCallbackArgs(Map<String, Map<String, String>> callbackArgs) {
        this.callbackArgs = callbackArgs;
        return this;
    }

    /** Name formatting ({@code extract_first_name}, {@code transliteration}, ...). */
    public Map<String, Object> getSmartFormatter() {
        return smartFormatter;
    }

    public RinggCallRequest setSmartFormatter(Map<String, Object> smartFormatter) {
        this.smartFormatter = smartFormatter;
        return this;
    }

    /** Voice override. */
    public String getVoiceId() {
        return voiceId;
    }

    public RinggCallRequest setVoiceId(String voiceId) {
        this.voiceId = voiceId;
        return this;
    }

    /** Pins an assistant version. */
    public String getVersionId() {
        return versionId;
    }

    public RinggCallRequest setVersionId(String versionId) {
        this.versionId = versionId;
        return this;
    }

    /** e.g. {@code renewal_reminder}. */
    public String getCallCategory() {
        return callCategory;
    }

    public RinggCallRequest setCallCategory(String callCategory) {
        this.callCategory = callCategory;
        return this;
    }

    /** Links to an earlier call. */
    public String getParentCallId() {
        return parentCallId;
    }

    public RinggCallRequest setParentCallId(String parentCallId) {
        this.parentCallId = parentCallId;
        return this;
    }

    /** Adds one prompt variable. */
    public RinggCallRequest variable(String key, String value) {
        if (customArgsValues == null) {
            customArgsValues = new java.util.LinkedHashMap<>();
        }
        customArgsValues.put(key, value);
        return this;
    }

    @Override
    public String toString() {
        return "RinggCallRequest[to=" + mobileNumber + ", agent=" + agentId + ", variables="
               + (customArgsValues == null ? "[]" : customArgsValues.keySet()) + "]";
    }
}
