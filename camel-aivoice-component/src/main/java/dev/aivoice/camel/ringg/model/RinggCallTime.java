package dev.aivoice.camel.ringg.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The daily calling window and schedule of a {@link RinggCallConfig} ({@code call_time}). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public class RinggCallTime {

    @JsonProperty("call_start_time")
    private String callStartTime;

    @JsonProperty("call_end_time")
    private String callEndTime;

    @JsonProperty("timezone")
    private String timezone;

    @JsonProperty("scheduled_at")
    private String scheduledAt;

    /** Daily window opens, {@code HH:MM} in {@code timezone}. */
    public String getCallStartTime() {
        return callStartTime;
    }

    public RinggCallTime setCallStartTime(String callStartTime) {
        this.callStartTime = callStartTime;
        return this;
    }

    /** Daily window closes, {@code HH:MM}. */
    public String getCallEndTime() {
        return callEndTime;
    }

    public RinggCallTime setCallEndTime(String callEndTime) {
        this.callEndTime = callEndTime;
        return this;
    }

    /** IANA zone of the window and of campaign start/end, e.g. {@code Asia/Kolkata}. */
    public String getTimezone() {
        return timezone;
    }

    public RinggCallTime setTimezone(String timezone) {
        this.timezone = timezone;
        return this;
    }

    /** Run at this moment, {@code YYYY-MM-DDTHH:MM:SS} in {@code timezone}. */
    public String getScheduledAt() {
        return scheduledAt;
    }

    public RinggCallTime setScheduledAt(String scheduledAt) {
        this.scheduledAt = scheduledAt;
        return this;
    }

    @Override
    public String toString() {
        return "RinggCallTime[" + callStartTime + "-" + callEndTime + " " + timezone + (scheduledAt != null ? ", at "
               + scheduledAt : "") + "]";
    }
}
