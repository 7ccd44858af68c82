package dev.aivoice.camel.ringg.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/**
 * A workspace and its credits ({@code GET /workspace}, {@code GET /workspace/all}). Ringg echoes the workspace API
 * key in this answer; it is dropped here so that it can never reach a log or a message.
 */
public class RinggWorkspace extends RinggObject {

    static final String API_KEY = "api_key";

    @JsonProperty("id")
    private String id;

    @JsonProperty("name")
    private String name;

    @JsonProperty("role")
    private String role;

    @JsonProperty("credits")
    private Double credits;

    @JsonProperty("locked_credits")
    private Double lockedCredits;

    @JsonProperty("created_at")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime createdAt;

    @Override
    protected void setAdditionalField(String name, Object value) {
        if (!API_KEY.equals(name) && !"new_api_key".equals(name)) {
            super.setAdditionalField(name, value);
        }
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** Only in {@code /workspace/all}: e.g. {@code owner}. */
    public String getRole() {
        return role;
    }

    public Double getCredits() {
        return credits;
    }

    public Double getLockedCredits() {
        return lockedCredits;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    @Override
    public String toString() {
        return "RinggWorkspace[" + id + ", " + name + ", credits=" + credits + "]";
    }
}
