package dev.aivoice.camel.ringg.model;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Ringg's {@code call_config}: calling window, timezone, schedule, retries and limits. Every key is optional; omitted
 * keys fall back to the assistant's configuration.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class RinggCallConfig {

    @JsonProperty("idle_timeout_warning")
    private Integer idleTimeoutWarning;

    @JsonProperty("idle_timeout_end")
    private Integer idleTimeoutEnd;

    @JsonProperty("max_call_length")
    private Integer maxCallLength;

    @JsonProperty("call_time")
    private RinggCallTime callTime;

    @JsonProperty("call_retry_config")
    private RinggRetryConfig callRetryConfig;

    private final Map<String, Object> otherFields = new LinkedHashMap<>();

    /** Seconds of silence before the agent prompts the callee. */
    public Integer getIdleTimeoutWarning() {
        return idleTimeoutWarning;
    }

    public RinggCallConfig setIdleTimeoutWarning(Integer idleTimeoutWarning) {
        this.idleTimeoutWarning = idleTimeoutWarning;
        return this;
    }

    /** Seconds of silence before hang-up. */
    public Integer getIdleTimeoutEnd() {
        return idleTimeoutEnd;
    }

    public RinggCallConfig setIdleTimeoutEnd(Integer idleTimeoutEnd) {
        this.idleTimeoutEnd = idleTimeoutEnd;
        return this;
    }

    /** Hard cap on a call, in seconds. */
    public Integer getMaxCallLength() {
        return maxCallLength;
    }

    public RinggCallConfig setMaxCallLength(Integer maxCallLength) {
        this.maxCallLength = maxCallLength;
        return this;
    }

    /** Calling window, timezone and schedule. */
    public RinggCallTime getCallTime() {
        return callTime;
    }

    public RinggCallConfig setCallTime(RinggCallTime callTime) {
        this.callTime = callTime;
        return this;
    }

    /** Retries. */
    public RinggRetryConfig getCallRetryConfig() {
        return callRetryConfig;
    }

    public RinggCallConfig setCallRetryConfig(RinggRetryConfig callRetryConfig) {
        this.callRetryConfig = callRetryConfig;
        return this;
    }

    /** Other documented keys (e.g. {@code voicemail}, {@code noise_filter_config}), sent as given. */
    @JsonAnyGetter
    public Map<String, Object> getOtherFields() {
        return otherFields;
    }

    @JsonAnySetter
    public RinggCallConfig set(String key, Object value) {
        otherFields.put(key, value);
        return this;
    }

    /** Shortcut: the calling window and its zone. */
    public RinggCallConfig window(String start, String end, String zone) {
        callTime().setCallStartTime(start).setCallEndTime(end).setTimezone(zone);
        return this;
    }

    /** Shortcut: run at {@code YYYY-MM-DDTHH:MM:SS} in the window's zone. */
    public RinggCallConfig scheduledAt(String localDateTime) {
        callTime().setScheduledAt(localDateTime);
        return this;
    }

    /** Shortcut: retry count and the wait (minutes) for busy, unanswered and failed attempts. */
    public RinggCallConfig retries(int count, int busyMinutes, int notPickedMinutes, int failedMinutes) {
        callRetryConfig = new RinggRetryConfig().setRetryCount(count).setRetryBusy(busyMinutes)
                .setRetryNotPicked(notPickedMinutes).setRetryFailed(failedMinutes);
        return this;
    }

    private RinggCallTime callTime() {
        if (callTime == null) {
            callTime = new RinggCallTime();
        }
        return callTime;
    }

    @Override
    public String toString() {
        return "RinggCallConfig[" + callTime + ", " + callRetryConfig + "]";
    }
}
