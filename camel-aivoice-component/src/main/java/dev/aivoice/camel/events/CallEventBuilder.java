package dev.aivoice.camel.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Builds the {@link CallEvent} a provider's webhook parser reads from a delivery, so that parsers live in their
 * provider's package ({@code ringg/events/}, a third provider's own) while the event stays one shape for all. Null
 * lists and maps stay empty in the event.
 */
public final class CallEventBuilder {

    private CallEvent event = new CallEvent();

    /**
     * @param raw     the delivery's JSON
     * @param rawJson the delivery's text as received
     */
    public CallEventBuilder(String provider, JsonNode raw, String rawJson) {
        event.provider = provider;
        event.raw = raw;
        event.rawJson = rawJson;
    }

    public CallEventBuilder eventType(String eventType) {
        building().eventType = eventType;
        return this;
    }

    public CallEventBuilder callId(String callId) {
        building().callId = callId;
        return this;
    }

    public CallEventBuilder callSid(String callSid) {
        building().callSid = callSid;
        return this;
    }

    public CallEventBuilder agentId(String agentId) {
        building().agentId = agentId;
        return this;
    }

    public CallEventBuilder agentName(String agentName) {
        building().agentName = agentName;
        return this;
    }

    public CallEventBuilder workspaceId(String workspaceId) {
        building().workspaceId = workspaceId;
        return this;
    }

    public CallEventBuilder versionId(String versionId) {
        building().versionId = versionId;
        return this;
    }

    public CallEventBuilder status(String status) {
        building().status = status;
        return this;
    }

    public CallEventBuilder subStatus(String subStatus) {
        building().subStatus = subStatus;
        return this;
    }

    public CallEventBuilder attempt(Integer attempt) {
        building().attempt = attempt;
        return this;
    }

    public CallEventBuilder direction(String direction) {
        building().direction = direction;
        return this;
    }

    public CallEventBuilder toNumber(String toNumber) {
        building().toNumber = toNumber;
        return this;
    }

    public CallEventBuilder fromNumber(String fromNumber) {
        building().fromNumber = fromNumber;
        return this;
    }

    public CallEventBuilder durationSeconds(Double durationSeconds) {
        building().durationSeconds = durationSeconds;
        return this;
    }

    public CallEventBuilder cost(Double cost) {
        building().cost = cost;
        return this;
    }

    public CallEventBuilder calledOn(OffsetDateTime calledOn) {
        building().calledOn = calledOn;
        return this;
    }

    public CallEventBuilder bulkListId(String bulkListId) {
        building().bulkListId = bulkListId;
        return this;
    }

    public CallEventBuilder transcriptText(String transcriptText) {
        building().transcriptText = transcriptText;
        return this;
    }

    public CallEventBuilder recordingUrl(String recordingUrl) {
        building().recordingUrl = recordingUrl;
        return this;
    }

    public CallEventBuilder recordingDurationSeconds(Double recordingDurationSeconds) {
        building().recordingDurationSeconds = recordingDurationSeconds;
        return this;
    }

    public CallEventBuilder transcript(List<TranscriptTurn> transcript) {
        if (transcript != null) {
            building().transcript = transcript;
        }
        return this;
    }

    public CallEventBuilder analysis(Map<String, Object> analysis) {
        if (analysis != null) {
            building().analysis = analysis;
        }
        return this;
    }

    public CallEventBuilder platformAnalysis(Map<String, Object> platformAnalysis) {
        if (platformAnalysis != null) {
            building().platformAnalysis = platformAnalysis;
        }
        return this;
    }

    public CallEventBuilder clientAnalysis(Map<String, Object> clientAnalysis) {
        if (clientAnalysis != null) {
            building().clientAnalysis = clientAnalysis;
        }
        return this;
    }

    public CallEventBuilder customVariables(Map<String, String> customVariables) {
        if (customVariables != null) {
            building().customVariables = customVariables;
        }
        return this;
    }

    /** The event; the builder is spent after this. */
    public CallEvent build() {
        CallEvent built = building();
        event = null;
        return built;
    }

    private CallEvent building() {
        if (event == null) {
            throw new IllegalStateException("This CallEventBuilder has built its event already");
        }
        return event;
    }
}
