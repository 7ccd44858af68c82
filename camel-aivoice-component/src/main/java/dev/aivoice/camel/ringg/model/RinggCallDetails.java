package dev.aivoice.camel.ringg.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One call ({@code GET /calling/call-details}): the {@link RinggCall} fields (status, numbers, recording, transcript)
 * and, when asked, Ringg's analysis.
 */
public class RinggCallDetails extends RinggCall {

    @JsonProperty("platform_analysis")
    private JsonNode platformAnalysis;

    @JsonProperty("client_analysis")
    private JsonNode clientAnalysis;

    /** Ringg's own analysis: summary, classification, key points, sentiment, disconnect reason. */
    public JsonNode getPlatformAnalysis() {
        return platformAnalysis;
    }

    /** The analysis keys configured on the assistant. */
    public JsonNode getClientAnalysis() {
        return clientAnalysis;
    }

    /** @deprecated the same as {@link #getInitiatedAt()}; kept for code written before the call classes were unified. */
    @Deprecated
    @JsonIgnore
    public OffsetDateTime getInitiationTime() {
        return getInitiatedAt();
    }
}
