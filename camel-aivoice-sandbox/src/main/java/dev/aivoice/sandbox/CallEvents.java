package dev.aivoice.sandbox;

import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.sandbox.http.Json;

/** Builds the bodies Ringg sends: the flat event payloads (§2.13.3) and the legacy callback_url body (§2.13.4). */
final class CallEvents {

    static final String CALL_STARTED = "call_started";
    static final String CALL_COMPLETED = "call_completed";
    static final String RECORDING_COMPLETED = "recording_completed";
    static final String PLATFORM_ANALYSIS_COMPLETED = "platform_analysis_completed";
    static final String CLIENT_ANALYSIS_COMPLETED = "client_analysis_completed";
    static final String ALL_PROCESSING_COMPLETED = "all_processing_completed";

    private final SandboxState state;

    CallEvents(SandboxState state) {
        this.state = state;
    }

    ObjectNode event(String eventType, SandboxCall call) {
        ObjectNode body = common(eventType, call);
        switch (eventType) {
            case CALL_STARTED -> started(body, call);
            case CALL_COMPLETED -> completed(body, call);
            case RECORDING_COMPLETED -> recording(body, call);
            case PLATFORM_ANALYSIS_COMPLETED -> body.set("analysis_data", platformAnalysis(call));
            case CLIENT_ANALYSIS_COMPLETED -> body.set("analysis_data", clientAnalysis(call));
            case ALL_PROCESSING_COMPLETED -> {
                completed(body, call);
                recording(body, call);
                body.put("sub_status", call.subStatus());
                // one consolidated body: the analysis as analysis_data, and under the names receivers read
                body.set("analysis_data", platformAnalysis(call));
                body.set("platform_analysis", platformAnalysis(call));
                body.set("client_analysis", clientAnalysis(call));
            }
            default -> throw new IllegalArgumentException("unknown event type " + eventType);
        }
        return body;
    }

    /** {@code {"status":"success","message":"Call Details","data":{...}}} posted to a call's callback_url. */
    ObjectNode legacyCallback(SandboxCall call, boolean withAnalysis) {
        ObjectNode data = Json.object();
        data.put("call_id", call.id());
        data.put("call_direction", "outbound");
        data.put("status", call.status());
        data.put("call_duration", call.durationSeconds());
        data.put("recording_url", call.recordingUrl());
        data.put("transcript", transcriptText(call));
        data.put("agent_id", call.agentId());
        data.put("retry", call.retryCount());
        data.put("from_number", call.fromNumber());
        data.put("to_number", call.toNumber());
        data.set("custom_args_values", args(call.customArgs()));
        if (withAnalysis) {
            data.set("analysis", platformAnalysis(call));
        }
        ObjectNode body = Json.object();
        body.put("status", "success");
        body.put("message", "Call Details");
        body.set("data", data);
        return body;
    }

    private ObjectNode common(String eventType, SandboxCall call) {
        SandboxAgent agent = state.ringgAgents.get(call.agentId());
        ObjectNode body = Json.object();
        body.put("event_type", eventType);
        body.put("call_id", call.id());
        body.put("call_sid", call.callSid());
        body.put("agent_id", call.agentId());
        body.put("workspace_id", state.workspaceId);
        body.put("agent_name", agent == null ? null : agent.displayName());
        body.put("version_id", state.versionId);
        body.set("custom_args_values", args(call.customArgs()));
        if (call.isFinished() && call.durationSeconds() > 0) {
            body.put("call_cost", cost(call));
        } else {
            body.putNull("call_cost");
        }
        body.put("overall_latency_seconds", 0.8);
        body.put("first_utterance_seconds", 1.2);
        body.putArray("tool_call_logs");
        return body;
    }

    private static void started(ObjectNode body, SandboxCall call) {
        body.put("sub_status", call.subStatus());
        body.put("version_slug", "v1");
        body.put("version_description", "Sandbox version");
    }

    private static void completed(ObjectNode body, SandboxCall call) {
        body.put("call_duration", call.durationSeconds());
        body.put("call_type", "outbound");
        body.put("status", call.status());
        body.put("to_number", call.toNumber());
        body.put("from_number", call.fromNumber());
        ArrayNode transcript = body.putArray("transcript");
        call.transcript().forEach(turn -> transcript.add(args(turn)));
        body.put("retry_count", call.retryCount());
        body.put("agent_message_count", call.transcript().stream().filter(t -> t.containsKey("bot")).count());
        body.put("user_message_count", call.transcript().stream().filter(t -> t.containsKey("user")).count());
        body.put("bulk_list_id", call.bulkListId());
        body.put("called_on", String.valueOf(call.initiatedAt()));
    }

    private static void recording(ObjectNode body, SandboxCall call) {
        body.put("recording_url", call.recordingUrl());
        body.put("recording_duration", call.durationSeconds());
    }

    static ObjectNode platformAnalysis(SandboxCall call) {
        ObjectNode analysis = Json.object();
        analysis.put("summary", call.outcome().summary());
        analysis.put("classification", call.outcome().classification());
        analysis.putArray("key_points").add(call.outcome().summary());
        analysis.put("sentiment", call.status().equals("completed") ? "positive" : "neutral");
        analysis.put("call_disconnect_reason", call.status().equals("completed") ? "customer_hangup" : "no_answer");
        analysis.putArray("action_items");
        return analysis;
    }

    static ObjectNode clientAnalysis(SandboxCall call) {
        return Json.object().put("outcome", call.status());
    }

    static double cost(SandboxCall call) {
        return Math.round(call.durationSeconds() / 60.0 * 100) / 100.0;
    }

    static String transcriptText(SandboxCall call) {
        ArrayNode turns = Json.array();
        call.transcript().forEach(turn -> turns.add(args(turn)));
        return turns.toString();
    }

    static ObjectNode args(Map<String, String> values) {
        ObjectNode node = Json.object();
        values.forEach(node::put);
        return node;
    }
}
