package dev.aivoice.camel.ringg.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Ringg's answer to an outbound call ({@code data} of {@code POST /calling/v2/outbound/individual}): the
 * {@link RinggCall} fields it carries (call id, direction, status, {@code initiated_at}, agent, variables) and
 * Ringg's message. Older display-style keys ({@code "Unique Call ID"}, {@code "Call Status"}) are read too.
 */
public class RinggCallCreated extends RinggCall {

    @JsonProperty("message")
    private String message;

    public String getMessage() {
        return message;
    }

    /** The answer's top-level message, when Ringg put it beside {@code data} rather than in it. */
    public RinggCallCreated setMessage(String message) {
        this.message = message;
        return this;
    }

    /** @deprecated the same as {@link #getCustomVariables()}; kept for code written before the call classes were unified. */
    @Deprecated
    @JsonIgnore
    public Map<String, String> getCustomArgsValues() {
        return getCustomVariables();
    }
}
