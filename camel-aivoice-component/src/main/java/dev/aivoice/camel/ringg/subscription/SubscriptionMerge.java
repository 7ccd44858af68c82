package dev.aivoice.camel.ringg.subscription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.camel.json.Json;

/**
 * Ringg replaces an agent version's whole subscription list on every write, so a new subscription is merged into
 * the list just read: the entry with the same {@code callback_url} is replaced in place (or ours is appended), every
 * other entry is written back exactly as read.
 */
final class SubscriptionMerge {

    /** The merged list, and whether an entry of the same URL was replaced. */
    record Merged(ArrayNode subscriptions, boolean replaced) {
    }

    private SubscriptionMerge() {
    }

    static Merged merge(JsonNode existing, ObjectNode ours) {
        String url = ours.path("callback_url").asText();
        ArrayNode merged = Json.mapper().createArrayNode();
        boolean replaced = false;
        if (existing != null && existing.isArray()) {
            for (JsonNode entry : existing) {
                if (url.equals(entry.path("callback_url").asText(null))) {
                    if (!replaced) {
                        merged.add(ours);
                        replaced = true;
                    }
                } else {
                    merged.add(entry);
                }
            }
        }
        if (!replaced) {
            merged.add(ours);
        }
        return new Merged(merged, replaced);
    }

    /** True when an entry carries a header value Ringg masked on read (e.g. {@code Bear***}). */
    static boolean hasMaskedHeader(JsonNode entry) {
        JsonNode headers = entry.path("headers");
        for (JsonNode value : headers) {
            if (value.isTextual() && value.asText().contains("***")) {
                return true;
            }
        }
        return false;
    }
}
