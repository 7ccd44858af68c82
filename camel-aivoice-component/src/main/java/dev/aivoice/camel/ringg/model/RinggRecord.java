package dev.aivoice.camel.ringg.model;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** A Ringg object with an id and its creation and update times. */
public abstract class RinggRecord extends RinggObject {

    @JsonProperty("id")
    private String id;

    @JsonProperty("created_at")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime createdAt;

    @JsonProperty("updated_at")
    @JsonDeserialize(using = LenientTimestamp.class)
    @JsonSerialize(using = ToStringSerializer.class)
    private OffsetDateTime updatedAt;

    public String getId() {
        return id;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }
}
