package dev.aivoice.camel.ringg.subscription;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.json.Json;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.ringg.model.SubscribeEventsResult;
import dev.aivoice.camel.validation.PathSegments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Read-merge-write of a Ringg agent's webhook subscriptions: {@code GET /agent/{agent_id}} for the version's
 * current {@code event_subscriptions}, then {@code PATCH /agent/v1} ({@code edit_event_subscriptions}) with ours
 * merged in. Writing is refused when the current list cannot be read, so other subscriptions are never wiped.
 */
final class AgentSubscriptions {

    private static final Logger LOG = LoggerFactory.getLogger(AgentSubscriptions.class);

    private AgentSubscriptions() {
    }

    static CompletableFuture<SubscribeEventsResult> subscribe(
            OperationContext context, String agentId, String versionId, ObjectNode ours) {
        String path = "/agent/" + PathSegments.of(context.validator(), "agent_id", agentId);
        ApiRequest read = context.request("GET", path, null).build();
        return context.sendForJson(read).thenCompose(answer -> {
            JsonNode agent = answer.has("agents") ? answer.get("agents") : answer;
            String version = version(context, agent, agentId, versionId);
            JsonNode current = agent.path("version_details").path(version).path("event_subscriptions");
            SubscriptionMerge.Merged merged = SubscriptionMerge.merge(current, ours);
            warnAboutMaskedSecrets(merged, ours, agentId);
            ObjectNode edit = Json.mapper().createObjectNode();
            edit.put("operation", "edit_event_subscriptions");
            edit.put("agent_id", agentId);
            edit.put("version_id", version);
            edit.set("event_subscriptions", merged.subscriptions());
            ApiRequest write = context.request("PATCH", "/agent/v1", null)
                    .jsonBody(edit.toString().getBytes(StandardCharsets.UTF_8))
                    .build();
            return context.sendForJson(write).thenApply(written -> new SubscribeEventsResult(agentId, version,
                    ours.path("callback_url").asText(), eventTypes(ours), merged.subscriptions().size(),
                    merged.replaced(), written.path("message").asText(null)));
        });
    }

    /** The requested version, else the active one, else the only one; never a guess between several. */
    private static String version(OperationContext context, JsonNode agent, String agentId, String requested) {
        JsonNode versions = agent.get("version_details");
        if (versions == null || !versions.isObject() || versions.isEmpty()) {
            throw unreadable(context, agentId, "the answer has no version_details");
        }
        if (requested != null) {
            if (!versions.has(requested)) {
                throw context.validator().invalid("version_id", "'" + requested + "' is not a version of agent "
                                                                + agentId + "; versions: " + names(versions));
            }
            return requested;
        }
        String active = agent.path("active_agent_version_id").asText(null);
        if (active != null && versions.has(active)) {
            return active;
        }
        if (versions.size() == 1) {
            return versions.fieldNames().next();
        }
        throw context.validator().invalid("version_id", "is required: agent " + agentId + " has "
                                                        + versions.size() + " versions and no active one (A/B test"
                                                        + " live?); versions: " + names(versions));
    }

    private static AiVoiceException unreadable(OperationContext context, String agentId, String why) {
        return new AiVoiceException(context.describe() + " cannot read the current event subscriptions of agent "
                                    + agentId + " (" + why + "); not writing, so as not to wipe them",
                context.error(200, null, null, null));
    }

    private static List<String> names(JsonNode versions) {
        List<String> names = new ArrayList<>();
        versions.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> eventTypes(ObjectNode ours) {
        List<String> types = new ArrayList<>();
        ours.path("event_type").forEach(type -> types.add(type.asText()));
        return types;
    }

    private static void warnAboutMaskedSecrets(SubscriptionMerge.Merged merged, ObjectNode ours, String agentId) {
        for (JsonNode entry : merged.subscriptions()) {
            if (entry != ours && SubscriptionMerge.hasMaskedHeader(entry)) {
                LOG.warn("Ringg agent {}: the subscription of {} came back with masked header values and is written"
                         + " back as read; check that its deliveries still authenticate",
                        agentId, entry.path("callback_url").asText());
            }
        }
    }
}
