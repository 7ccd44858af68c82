package dev.aivoice.camel.ringg.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.ringg.RinggAnswers;

/**
 * Ringg's answer to an assistant create or update: {@code {"success", "message", "data": {"id", "created_at" or
 * "updated_at", "version"}}}. Read wherever the fields are (in {@code data} or at the top level, {@code id} or
 * {@code agent_id}); the whole answer stays available as {@link #getAnswer()}.
 */
public class RinggAgentSaved {

    private final String id;
    private final Boolean success;
    private final String message;
    private final String version;
    private final OffsetDateTime createdAt;
    private final OffsetDateTime updatedAt;
    private final JsonNode answer;

    private RinggAgentSaved(JsonNode answer) {
        this.answer = answer;
        String found = RinggAnswers.text(answer, "id");
        this.id = found != null ? found : RinggAnswers.text(answer, "agent_id");
        String ok = RinggAnswers.text(answer, "success");
        this.success = ok == null ? null : Boolean.valueOf(ok);
        this.message = RinggAnswers.text(answer, "message");
        this.version = RinggAnswers.text(answer, "version");
        this.createdAt = LenientTimestamp.parse(RinggAnswers.text(answer, "created_at"));
        this.updatedAt = LenientTimestamp.parse(RinggAnswers.text(answer, "updated_at"));
    }

    /** Reads Ringg's answer, a JSON object (the handler refuses any other answer as unusable). */
    public static RinggAgentSaved of(JsonNode answer) {
        return new RinggAgentSaved(answer);
    }

    /** The assistant's id (on create: the new one). */
    public String getId() {
        return id;
    }

    /** Ringg's {@code success} flag, null when absent. */
    public Boolean getSuccess() {
        return success;
    }

    public String getMessage() {
        return message;
    }

    /** The assistant version written, e.g. {@code v1}. */
    public String getVersion() {
        return version;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    /** The whole answer as Ringg sent it. */
    public JsonNode getAnswer() {
        return answer;
    }

    @Override
    public String toString() {
        return "RinggAgentSaved[" + id + ", version=" + version + "]";
    }
}
