package dev.aivoice.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.sandbox.http.HttpCall;
import dev.aivoice.sandbox.http.Json;
import dev.aivoice.sandbox.http.Paging;
import dev.aivoice.sandbox.http.Reply;
import dev.aivoice.sandbox.http.RinggStyle;
import dev.aivoice.sandbox.http.Router;

/** Ringg workspace, assistants, voices and numbers (R1-R3, R5, R6, R9, R11, R12), in their uneven envelopes. */
final class RinggWorkspaceApi {

    private static final String CREATED = "2026-01-05T09:00:00.000000+00:00";

    private final SandboxState state;

    RinggWorkspaceApi(SandboxState state) {
        this.state = state;
    }

    void register(Router router) {
        router.add("GET", "/workspace", this::workspace)
                .add("GET", "/workspace/all", this::workspaces)
                .add("GET", "/workspace/users", this::users)
                .add("GET", "/workspace/numbers", this::numbers)
                .add("PATCH", "/workspace/api-key", this::rotateKey)
                .add("GET", "/agent/all", this::agents)
                .add("GET", "/agent/voices", this::voices)
                .add("PATCH", "/agent/v1", this::editAgent)
                .add("GET", "/agent/{agent_id}", this::agent);
    }

    private Reply workspace(HttpCall call) {
        ObjectNode info = workspaceNode();
        info.put("api_key", call.header("X-API-KEY"));
        return Reply.ok(Json.object().set("workspace_info", info));
    }

    /** R4: a new key; the calling one is refused from now on. */
    private Reply rotateKey(HttpCall call) {
        return Reply.ok(Json.object().put("new_api_key", state.rotateRinggKey(call.header("X-API-KEY"))));
    }

    private Reply workspaces(HttpCall call) {
        ObjectNode workspace = workspaceNode().put("role", "owner");
        ObjectNode body = Json.object();
        body.putArray("workspaces").add(workspace);
        return Reply.ok(body);
    }

    private ObjectNode workspaceNode() {
        return Json.object().put("id", state.workspaceId).put("name", state.workspaceName).put("created_at", CREATED)
                .put("credits", state.credits()).put("locked_credits", 0.0);
    }

    private Reply users(HttpCall call) {
        ObjectNode user = Json.object().put("id", "5c1d7f9e-2b3a-4c6d-8e0f-1a2b3c4d5e6f").put("username", "sandbox")
                .put("email", "owner@sandbox.invalid").put("role", "owner").put("invite_status", "success");
        ArrayNode page = Json.array();
        Paging.of(call).slice(List.of(user)).forEach(page::add);
        return Reply.ok(Json.object().set("workspace_users", page));
    }

    private Reply numbers(HttpCall call) {
        ArrayNode page = Json.array();
        for (SandboxNumber number : Paging.of(call).slice(state.ringgNumbers)) {
            page.addObject().put("id", number.id()).put("number", number.number()).put("created_at", CREATED)
                    .put("call_count", state.calls().stream().filter(c -> number.number().equals(c.fromNumber())).count())
                    .putNull("agent").put("is_inbound_enabled", false).put("is_test_number", false)
                    .put("is_spam", false).putNull("spam_message").put("provider", "twilio")
                    .put("display_name", "Sandbox line").put("owner", state.workspaceName)
                    .put("is_custom_number", false).put("telephony_id", state.workspaceId)
                    .put("number_pool_id", number.numberPoolId())
                    .putArray("tags");
        }
        return Reply.ok(Json.object().set("workspace_numbers", page));
    }

    private Reply agents(HttpCall call) {
        ArrayNode page = Json.array();
        for (SandboxAgent agent : Paging.of(call).slice(state.agents())) {
            ObjectNode node = page.addObject().put("id", agent.id()).put("agent_display_name", agent.displayName())
                    .put("agent_type", agent.agentType())
                    .put("call_count", state.calls().stream().filter(c -> agent.id().equals(c.agentId())).count())
                    .put("created_at", CREATED).put("updated_at", CREATED).put("is_archived", state.isArchived(agent.id()));
            node.putArray("tools");
        }
        ObjectNode data = Json.object();
        data.set("agents", page);
        return Reply.ok(Json.object().put("status", "success").set("data", data));
    }

    private Reply agent(HttpCall call) {
        SandboxAgent agent = agentOr404(call.pathVariable("agent_id"));
        ObjectNode node = Json.object().put("id", agent.id()).put("agent_display_name", agent.displayName())
                .put("agent_type", agent.agentType()).put("orchestration_mode", "single_node").put("is_ab_live", false)
                .put("active_agent_version_id", state.versionId).put("created_at", CREATED).put("updated_at", CREATED);
        ObjectNode version = node.putObject("version_details").putObject(state.versionId);
        ObjectNode agentConfig = version.putObject("agent_config");
        ArrayNode variables = agentConfig.putArray("custom_variables");
        agent.customVariables().forEach(variables::add);
        agentConfig.put("intro_message", "<p>Hello, this is the sandbox assistant.</p>");
        ArrayNode subscriptions = version.putArray("event_subscriptions");
        for (EventSubscription subscription : state.subscriptions(agent.id())) {
            ObjectNode entry = subscriptions.addObject();
            ArrayNode types = entry.putArray("event_type");
            subscription.eventTypes().forEach(types::add);
            entry.put("callback_url", subscription.callbackUrl()).put("method_type", subscription.methodType());
            ObjectNode headers = entry.putObject("headers");
            subscription.headers().forEach((name, value) -> headers.put(name, mask(value)));
        }
        return Reply.ok(Json.object().set("agents", node));
    }

    /** Ringg hands secret header values back masked ({@code Bear***}). */
    private static String mask(String value) {
        return value.length() <= 4 ? "***" : value.substring(0, 4) + "***";
    }

    private Reply editAgent(HttpCall call) {
        JsonNode body = call.jsonOrNull();
        if (body == null || !body.isObject()) {
            throw RinggStyle.invalid("body", "operation", "field required");
        }
        String operation = Json.text(body, "operation");
        String agentId = Json.text(body, "agent_id");
        if (operation == null) {
            throw RinggStyle.invalid("body", "operation", "field required");
        }
        if (agentId == null) {
            throw RinggStyle.invalid("body", "agent_id", "field required");
        }
        agentOr404(agentId);
        if (operation.equals("edit_event_subscriptions")) {
            state.replaceSubscriptions(agentId, subscriptions(body.get("event_subscriptions")));
        }
        return Reply.ok(Json.object().put("message", "Agent updated successfully!").put("agent_id", agentId));
    }

    private static List<EventSubscription> subscriptions(JsonNode list) {
        if (list == null || !list.isArray()) {
            throw RinggStyle.invalid("body", "event_subscriptions", "a list is required for operation 'edit_event_subscriptions'");
        }
        List<EventSubscription> result = new ArrayList<>();
        for (JsonNode entry : list) {
            List<String> types = new ArrayList<>();
            JsonNode eventType = entry.get("event_type");
            if (eventType != null && eventType.isTextual()) {
                types.add(eventType.asText()); // older docs: a single string
            } else if (eventType != null && eventType.isArray()) {
                eventType.forEach(type -> types.add(type.asText()));
            }
            String url = Json.text(entry, "callback_url");
            if (types.isEmpty() || url == null) {
                throw RinggStyle.invalid("body", "event_subscriptions", "event_type and callback_url are required");
            }
            String method = entry.hasNonNull("method_type") ? entry.get("method_type").asText() : "POST";
            if (!List.of("POST", "PUT", "PATCH").contains(method)) {
                throw RinggStyle.invalid("body", "method_type", "must be POST, PUT or PATCH");
            }
            Map<String, String> headers = new java.util.LinkedHashMap<>();
            JsonNode headerNode = entry.get("headers");
            if (headerNode != null && headerNode.isObject()) {
                headerNode.fields().forEachRemaining(field -> headers.put(field.getKey(), field.getValue().asText()));
            }
            result.add(new EventSubscription(types, url, headers, method));
        }
        return result;
    }

    private Reply voices(HttpCall call) {
        String filter = call.query("language");
        List<String> languages = filter == null ? List.of() : List.of(filter.split(","));
        ArrayNode voices = Json.array();
        addVoice(voices, languages, "0b5a3c1e-4f6d-4a8b-9c0d-1e2f3a4b5c6d", "Asha", "female", "en-IN", "hi-IN");
        addVoice(voices, languages, "7e8f9a0b-1c2d-4e3f-8a9b-0c1d2e3f4a5b", "Jack", "male", "en-US");
        return Reply.ok(Json.object().set("voices", voices));
    }

    private static void addVoice(ArrayNode voices, List<String> filter, String id, String name, String gender,
                                 String... locales) {
        if (!filter.isEmpty() && filter.stream().noneMatch(List.of(locales)::contains)) {
            return;
        }
        ObjectNode voice = voices.addObject().put("id", id).put("name", name).put("gender", gender)
                .put("image_url", "https://voices.sandbox.invalid/" + name + ".png")
                .put("created_at", CREATED).put("updated_at", CREATED);
        ArrayNode languages = voice.putArray("languages");
        ObjectNode previews = voice.putObject("voice_previews");
        for (String locale : locales) {
            languages.add(locale);
            previews.put(locale, "https://voices.sandbox.invalid/" + name + "-" + locale + ".mp3");
        }
    }

    private SandboxAgent agentOr404(String agentId) {
        SandboxAgent agent = state.ringgAgents.get(agentId);
        if (agent == null) {
            throw RinggStyle.notFound("Agent");
        }
        return agent;
    }
}
