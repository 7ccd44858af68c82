package dev.aivoice.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.sandbox.http.HttpCall;
import dev.aivoice.sandbox.http.Json;
import dev.aivoice.sandbox.http.Reply;
import dev.aivoice.sandbox.http.RinggStyle;
import dev.aivoice.sandbox.http.Router;

/**
 * Ringg assistant life cycle: create (R7 {@code POST /public/agent}), update (R8 {@code PATCH /public/agent/{id}})
 * and archive (R10 {@code DELETE /agent/{id}}), with the spec's field limits answered as 422 validation lists.
 */
final class RinggAgentAdminApi {

    static final Map<String, Integer> LIMITS = new LinkedHashMap<>();
    static final List<String> REQUIRED = List.of("agent_name", "introduction_and_objective", "response_guidelines",
            "task", "primary_language", "voice_id", "intro_message");

    static {
        LIMITS.put("agent_name", 100);
        LIMITS.put("introduction_and_objective", 2000);
        LIMITS.put("response_guidelines", 3000);
        LIMITS.put("task", 1500);
        LIMITS.put("faq", 5000);
        LIMITS.put("sample_conversations", 5000);
        LIMITS.put("intro_message", 500);
    }

    private final SandboxState state;
    private final SandboxClock clock;

    RinggAgentAdminApi(SandboxState state, SandboxClock clock) {
        this.state = state;
        this.clock = clock;
    }

    void register(Router router) {
        router.add("POST", "/public/agent", this::create)
                .add("PATCH", "/public/agent/{agent_id}", this::update)
                .add("DELETE", "/agent/{agent_id}", this::archive);
    }

    private Reply create(HttpCall call) {
        JsonNode body = RinggStyle.jsonObject(call);
        REQUIRED.forEach(field -> RinggStyle.requiredText(body, field));
        checkLimits(body);
        String type = body.hasNonNull("agent_type") ? body.get("agent_type").asText() : "outbound";
        if (!List.of("outbound", "inbound", "outbound_inbound").contains(type)) {
            throw RinggStyle.invalid("body", "agent_type", "must be outbound, inbound or outbound_inbound");
        }
        List<String> variables = new ArrayList<>();
        if (!type.equals("inbound")) {
            variables.addAll(List.of("callee_name", "mobile_number"));
        }
        body.path("custom_variables").forEach(name -> {
            if (!variables.contains(name.asText())) {
                variables.add(name.asText());
            }
        });
        SandboxAgent agent = new SandboxAgent(state.newId(), body.get("agent_name").asText(), type, variables);
        state.ringgAgents.put(agent.id(), agent);
        ObjectNode data = Json.object().put("id", agent.id()).put("created_at", Times.withOffset(clock.now()))
                .put("version", "v1");
        return Reply.ok(Json.object().put("success", true).put("message", "Agent created successfully")
                .set("data", data));
    }

    private Reply update(HttpCall call) {
        String agentId = call.pathVariable("agent_id");
        SandboxAgent agent = state.ringgAgents.get(agentId);
        if (agent == null) {
            throw RinggStyle.notFound("Agent");
        }
        JsonNode body = RinggStyle.jsonObject(call);
        checkLimits(body);
        if (body.hasNonNull("agent_name")) {
            state.ringgAgents.put(agentId, new SandboxAgent(agentId, body.get("agent_name").asText(), agent.agentType(),
                    agent.customVariables()));
        }
        ObjectNode data = Json.object().put("id", agentId).put("updated_at", Times.withOffset(clock.now()))
                .put("version", "v1");
        return Reply.ok(Json.object().put("success", true).put("message", "Agent updated successfully")
                .set("data", data));
    }

    private Reply archive(HttpCall call) {
        String agentId = call.pathVariable("agent_id");
        if (!state.ringgAgents.containsKey(agentId)) {
            throw RinggStyle.notFound("Agent");
        }
        state.archive(agentId);
        return Reply.ok(Json.object().put("message", "Agent archived successfully"));
    }

    private static void checkLimits(JsonNode body) {
        LIMITS.forEach((field, limit) -> {
            if (body.hasNonNull(field) && body.get(field).asText().length() > limit) {
                throw RinggStyle.invalid("body", field, "ensure this value has at most " + limit + " characters");
            }
        });
    }
}
