package dev.aivoice.camel.ringg.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An assistant's prompt fields for {@code aivoice:ringg:agent} {@code create} ({@code POST /public/agent}) and
 * {@code update} ({@code PATCH /public/agent/{agent_id}}; every field optional there, {@code agentId} names the
 * assistant). Limits (characters): name 100, introduction and objective 2000, response guidelines 3000, task 1500,
 * FAQ and sample conversations 5000, intro message 500.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public class RinggAgentRequest {

    @JsonProperty("agent_id")
    private String agentId;
    @JsonProperty("agent_name")
    private String agentName;
    @JsonProperty("introduction_and_objective")
    private String introductionAndObjective;
    @JsonProperty("response_guidelines")
    private String responseGuidelines;
    @JsonProperty("task")
    private String task;
    @JsonProperty("faq")
    private String faq;
    @JsonProperty("sample_conversations")
    private String sampleConversations;
    @JsonProperty("primary_language")
    private String primaryLanguage;
    @JsonProperty("secondary_language")
    private String secondaryLanguage;
    @JsonProperty("voice_id")
    private String voiceId;
    @JsonProperty("intro_message")
    private String introMessage;
    @JsonProperty("agent_type")
    private String agentType;
    @JsonProperty("custom_variables")
    private List<String> customVariables;

    /** update only: the assistant to change (sent in the path). */
    public String getAgentId() {
        return agentId;
    }

    public RinggAgentRequest setAgentId(String agentId) {
        this.agentId = agentId;
        return this;
    }

    public String getAgentName() {
        return agentName;
    }

    public RinggAgentRequest setAgentName(String agentName) {
        this.agentName = agentName;
        return this;
    }

    public String getIntroductionAndObjective() {
        return introductionAndObjective;
    }

    public RinggAgentRequest setIntroductionAndObjective(String introductionAndObjective) {
        this.introductionAndObjective = introductionAndObjective;
        return this;
    }

    public String getResponseGuidelines() {
        return responseGuidelines;
    }

    public RinggAgentRequest setResponseGuidelines(String responseGuidelines) {
        this.responseGuidelines = responseGuidelines;
        return this;
    }

    public String getTask() {
        return task;
    }

    public RinggAgentRequest setTask(String task) {
        this.task = task;
        return this;
    }

    public String getFaq() {
        return faq;
    }

    public RinggAgentRequest setFaq(String faq) {
        this.faq = faq;
        return this;
    }

    /** Turns separated by new lines. */
    public String getSampleConversations() {
        return sampleConversations;
    }

    public RinggAgentRequest setSampleConversations(String sampleConversations) {
        this.sampleConversations = sampleConversations;
        return this;
    }

    /** A locale such as {@code en-US}. */
    public String getPrimaryLanguage() {
        return primaryLanguage;
    }

    public RinggAgentRequest setPrimaryLanguage(String primaryLanguage) {
        this.primaryLanguage = primaryLanguage;
        return this;
    }

    public String getSecondaryLanguage() {
        return secondaryLanguage;
    }

    public RinggAgentRequest setSecondaryLanguage(String secondaryLanguage) {
        this.secondaryLanguage = secondaryLanguage;
        return this;
    }

    /** A voice of {@code aivoice:ringg:agent?operation=voices}. */
    public String getVoiceId() {
        return voiceId;
    }

    public RinggAgentRequest setVoiceId(String voiceId) {
        this.voiceId = voiceId;
        return this;
    }

    public String getIntroMessage() {
        return introMessage;
    }

    public RinggAgentRequest setIntroMessage(String introMessage) {
        this.introMessage = introMessage;
        return this;
    }

    /** {@code outbound} (Ringg's default), {@code inbound} or {@code outbound_inbound}. */
    public String getAgentType() {
        return agentType;
    }

    public RinggAgentRequest setAgentType(String agentType) {
        this.agentType = agentType;
        return this;
    }

    /** Prompt variables; Ringg adds {@code callee_name} and {@code mobile_number} to outbound assistants. */
    public List<String> getCustomVariables() {
        return customVariables;
    }

    public RinggAgentRequest setCustomVariables(List<String> customVariables) {
        this.customVariables = customVariables;
        return this;
    }

    @Override
    public String toString() {
        return "RinggAgentRequest[" + (agentId != null ? agentId + ", " : "") + agentName + "]";
    }
}
