package dev.aivoice.camel.ringg.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Retry settings of a {@link RinggCallConfig} ({@code call_retry_config}); waits in minutes. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class RinggRetryConfig {

    @JsonProperty("retry_count")
    private Integer retryCount;

    @JsonProperty("retry_busy")
    private Integer retryBusy;

    @JsonProperty("retry_not_picked")
    private Integer retryNotPicked;

    @JsonProperty("retry_failed")
    private Integer retryFailed;

    /** Retries after a non-successful attempt. */
    public Integer getRetryCount() {
        return retryCount;
    }

    public RinggRetryConfig setRetryCount(Integer retryCount) {
        this.retryCount = retryCount;
        return this;
    }

    /** Minutes to wait before retrying a busy line. */
    public Integer getRetryBusy() {
        return retryBusy;
    }

    public RinggRetryConfig setRetryBusy(Integer retryBusy) {
        this.retryBusy = retryBusy;
        return this;
    }

    /** Minutes to wait before retrying an unanswered call. */
    public Integer getRetryNotPicked() {
        return retryNotPicked;
    }

    public RinggRetryConfig setRetryNotPicked(Integer retryNotPicked) {
        this.retryNotPicked = retryNotPicked;
        return this;
    }

    /** Minutes to wait before retrying a provider failure. */
    public Integer getRetryFailed() {
        return retryFailed;
    }

    public RinggRetryConfig setRetryFailed(Integer retryFailed) {
        this.retryFailed = retryFailed;
        return this;
    }

    @Override
    public String toString() {
        return "RinggRetryConfig[count=" + retryCount + "]";
    }
}
