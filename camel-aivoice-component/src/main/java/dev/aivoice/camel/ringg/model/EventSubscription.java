package dev.aivoice.camel.ringg.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body of {@code aivoice:ringg:agent?operation=subscribeEvents}: one webhook subscription of a Ringg agent.
 * Unset fields come from the endpoint: {@code agentId}, {@code publicUrl}, {@code eventTypes} and (for the headers)
 * {@code webhookToken}.
 */
public class EventSubscription {

    @JsonProperty("agent_id")
    private String agentId;
    @JsonProperty("version_id")
    private String versionId;
    @JsonProperty("callback_url")
    private String callbackUrl;
    @JsonProperty("event_type")
    private List<String> eventTypes;
    @JsonProperty("headers")
    private Map<String, String> headers;
    @JsonProperty("method_type")
    private String methodType;

    public String getAgentId() {
        return agentId;
    }

    public EventSubscription setAgentId(String agentId) {
        this.agentId = agentId;
        return this;
    }

    /** The agent version to subscribe; the active version when unset. */
    public String getVersionId() {
        return versionId;
    }

    public EventSubscription setVersionId(String versionId) {
        this.versionId = versionId;
        return this;
    }

    public String getCallbackUrl() {
        return callbackUrl;
    }

    public EventSubscription setCallbackUrl(String callbackUrl) {
        this.callbackUrl = callbackUrl;
        return this;
    }

    public List<String> getEventTypes() {
        return eventTypes;
    }

    public EventSubscription setEventTypes(List<String> eventTypes) {
        this.eventTypes = eventTypes == null ? null : new ArrayList<>(eventTypes);
        return this;
    }

    /** The headers Ringg sends with each delivery. */
    public Map<String, String> getHeaders() {
        return headers;
    }

    public EventSubscription setHeaders(Map<String, String> headers) {
        this.headers = headers == null ? null : new LinkedHashMap<>(headers);
        return this;
    }

    public EventSubscription header(String name, String value) {
        if (headers == null) {
            headers = new LinkedHashMap<>();
        }
        headers.put(name, value);
        return this;
    }

    /** {@code POST} (the default), {@code PUT} or {@code PATCH}. */
    public String getMethodType() {
        return methodType;
    }

    public EventSubscription setMethodType(String methodType) {
        this.methodType = methodType;
        return this;
    }

    /** Header names only: their values may be secrets. */
    @Override
    public String toString() {
        return "EventSubscription[agent " + agentId + ", " + callbackUrl + ", " + eventTypes + ", headers "
               + (headers == null ? "[]" : headers.keySet()) + "]";
    }
}
