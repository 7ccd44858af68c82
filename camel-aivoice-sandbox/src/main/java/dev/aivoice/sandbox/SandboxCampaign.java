package dev.aivoice.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Ringg campaign list: uploaded rows ({@code /campaign/save} or the large {@code /campaign/upload-csv}), then
 * started, dialling one row after another; {@code completed} when every call has finished.
 */
public final class SandboxCampaign {

    private final String listId;
    private final String name;
    private final String agentId;
    private final boolean large;
    private final List<Map<String, String>> rows;
    private final int invalidRows;
    private final JsonNode callConfig;
    private final String startTime;
    private final String endTime;
    private final Instant createdAt;
    private final List<String> callIds = new ArrayList<>();
    private String status;
    private Instant updatedAt;

    SandboxCampaign(String listId, String name, String agentId, boolean large, List<Map<String, String>> rows,
                    int invalidRows, JsonNode callConfig, String startTime, String endTime, Instant createdAt) {
        this.listId = listId;
        this.name = name;
        this.agentId = agentId;
        this.large = large;
        this.rows = List.copyOf(rows);
        this.invalidRows = invalidRows;
        this.callConfig = callConfig;
        this.startTime = startTime;
        this.endTime = endTime;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
        this.status = large ? "verifying" : "draft";
    }

    /** {@code list_id} / {@code bulk_list_id}; the sandbox also uses it as the campaign id. */
    public String listId() {
        return listId;
    }

    public String name() {
        return name;
    }

    public String agentId() {
        return agentId;
    }

    public boolean isLarge() {
        return large;
    }

    /** Each valid row as the custom variables it maps to (always with {@code mobile_number}). */
    public List<Map<String, String>> rows() {
        List<Map<String, String>> copy = new ArrayList<>();
        rows.forEach(row -> copy.add(new LinkedHashMap<>(row)));
        return copy;
    }

    public int invalidRows() {
        return invalidRows;
    }

    JsonNode callConfig() {
        return callConfig;
    }

    public String startTime() {
        return startTime;
    }

    public String endTime() {
        return endTime;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public synchronized Instant updatedAt() {
        return updatedAt;
    }

    public synchronized String status() {
        return status;
    }

    public synchronized List<String> callIds() {
        return new ArrayList<>(callIds);
    }

    synchronized void status(String newStatus, Instant now) {
        status = newStatus;
        updatedAt = now;
    }

    synchronized void addCall(String callId) {
        callIds.add(callId);
    }
}
