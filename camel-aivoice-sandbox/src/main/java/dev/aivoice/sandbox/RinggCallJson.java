package dev.aivoice.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.sandbox.http.Json;

/** A sandbox call in Ringg's history row (R15) and call-details (R16) shapes. */
final class RinggCallJson {

    private final SandboxState state;

    RinggCallJson(SandboxState state) {
        this.state = state;
    }

    ObjectNode historyRow(SandboxCall call) {
        ObjectNode row = Json.object().put("id", call.id()).put("to_number", call.toNumber()).put("name", call.calleeName())
                .put("status", call.status()).put("sub_status", call.subStatus())
                .put("transcript", CallEvents.transcriptText(call)).put("audio_recording", call.recordingUrl())
                .put("created_at", Times.withOffset(call.createdAt()))
                .put("call_attempt_time", Times.withOffset(call.initiatedAt()))
                .put("call_duration", call.durationSeconds()).put("call_cost", CallEvents.cost(call))
                .put("call_type", "outbound").putNull("inbound_from").put("credits_processed", call.isFinished())
                .put("voicemail_detected", false).put("bulk_list_id", call.bulkListId()).put("retry_count", call.retryCount());
        row.putArray("from_numbers").add(call.fromNumber());
        SandboxAgent agent = state.ringgAgents.get(call.agentId());
        ObjectNode agentNode = row.putObject("agent").put("id", call.agentId())
                .put("agent_name", agent == null ? null : agent.displayName()).put("agent_version_id", state.versionId)
                .put("orchestration_mode", "single_node");
        agentNode.putObject("version").put("version_id", state.versionId).put("version_slug", "v1");
        return row;
    }

    ObjectNode details(SandboxCall call, boolean withAnalysis) {
        ObjectNode data = Json.object().put("id", call.id()).put("call_direction", "outbound")
                .put("call_status", call.status()).put("call_sub_status", call.subStatus())
                .put("from_number", call.fromNumber()).put("to_number", call.toNumber())
                .put("callee_name", call.calleeName()).put("agent_id", call.agentId())
                .put("initiation_time", Times.withOffset(call.initiatedAt())).put("recording_url", call.recordingUrl())
                .put("call_duration", call.durationSeconds()).put("retry_count", call.retryCount())
                .put("bulk_list_id", call.bulkListId());
        data.set("transcription_url", Json.mapper().valueToTree(call.transcript()));
        data.set("custom_args_values", CallEvents.args(call.customArgs()));
        if (withAnalysis) {
            data.set("platform_analysis", call.isFinished() ? CallEvents.platformAnalysis(call) : Json.object());
            data.set("client_analysis", call.isFinished() ? CallEvents.clientAnalysis(call) : Json.object());
        }
        ObjectNode body = Json.object().put("status", "success");
        body.set("data", data);
        return body;
    }
}
