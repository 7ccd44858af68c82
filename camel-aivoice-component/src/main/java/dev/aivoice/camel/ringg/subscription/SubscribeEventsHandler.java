package dev.aivoice.camel.ringg.subscription;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.json.Json;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationAction;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.ringg.events.EventTypes;
import dev.aivoice.camel.ringg.model.EventSubscription;
import dev.aivoice.camel.validation.FieldValidator;

/**
 * {@code aivoice:ringg:agent?operation=subscribeEvents}: subscribes a webhook URL to an agent's call events,
 * keeping the agent's other subscriptions. Body: an {@link EventSubscription}, a Map or JSON with its field names
 * ({@code callback_url}, {@code event_type}, {@code headers}, {@code method_type}, {@code version_id},
 * {@code agent_id}), or nothing. Defaults: the header {@code CamelAiVoiceAgentId} or option {@code agentId}, the
 * option {@code publicUrl}, the option {@code eventTypes} (else every documented type), headers
 * {@code Authorization: Bearer <webhookToken>} and {@code Content-Type: application/json}, method POST.
 */
public final class SubscribeEventsHandler implements OperationAction {

    private static final Pattern AGENT_ID = Pattern.compile("[A-Za-z0-9_-]{1,100}");
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");

    @Override
    public CompletionStage<?> run(BoundRequest request, OperationContext context) {
        FieldValidator validator = context.validator();
        AiVoiceConfiguration configuration = context.configuration();
        Map<String, Object> fields = request.bodyFields();

        String agentId = validator.requireText("agent_id", request.get("agent_id"),
                "set the header CamelAiVoiceAgentId, the body's agent_id or the option agentId");
        if (!AGENT_ID.matcher(agentId).matches()) {
            throw validator.invalid("agent_id", "must be a Ringg agent id (letters, digits, '-', '_'), was "
                                                + FieldValidator.quote(agentId));
        }
        Object version = fields.get("version_id");
        String versionId = version == null ? null : validator.requireText("version_id", version, "");

        ObjectNode ours = Json.mapper().createObjectNode();
        ours.putPOJO("event_type", eventTypes(fields.get("event_type"), configuration, validator));
        ours.put("callback_url", callbackUrl(fields.get("callback_url"), configuration, validator));
        ours.putPOJO("headers", headers(fields.get("headers"), configuration, validator));
        ours.put("method_type", method(fields.get("method_type"), validator));

        return AgentSubscriptions.subscribe(context, agentId, versionId, (ObjectNode) Json.mapper().valueToTree(ours))
                .thenApply(result -> {
                    request.result().header(AiVoiceConstants.AGENT_ID, agentId);
                    return result;
                });
    }

    private static String callbackUrl(Object value, AiVoiceConfiguration configuration, FieldValidator validator) {
        String url = validator.requireText("callback_url", value != null ? value : configuration.getPublicUrl(),
                "set the body's callback_url or the option publicUrl");
        return validator.requireHttpUrl("callback_url", url);
    }

    /** A list, or a comma-separated string, of known event types; the option's, else every documented type. */
    private static List<String> eventTypes(Object value, AiVoiceConfiguration configuration, FieldValidator validator) {
        String joined;
        if (value == null) {
            joined = configuration.getEventTypes();
        } else if (value instanceof String text) {
            joined = text;
        } else if (value instanceof Iterable<?> items) {
            List<String> names = new ArrayList<>();
            for (Object item : items) {
                if (!(item instanceof String name)) {
                    throw validator.invalid("event_type", "must list event type names (strings)");
                }
                names.add(name);
            }
            joined = String.join(",", names);
        } else {
            throw validator.invalid("event_type", "must be a list of event types or a comma-separated string, was "
                                                  + value.getClass().getSimpleName());
        }
        List<String> types;
        try {
            types = EventTypes.parse(joined, "event_type");
        } catch (IllegalArgumentException e) {
            throw validator.invalid("event_type", e.getMessage());
        }
        Set<String> subscribable = new LinkedHashSet<>(types);
        if (subscribable.remove(EventTypes.CALLBACK)) {
            throw validator.invalid("event_type", "'" + EventTypes.CALLBACK + "' is the legacy per-call callback"
                                                  + " (callback_url of a call), not a subscribable event type");
        }
        return subscribable.isEmpty() ? EventTypes.DOCUMENTED : List.copyOf(subscribable);
    }

    private static Map<String, String> headers(Object value, AiVoiceConfiguration configuration, FieldValidator validator) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (value == null) {
            String token = configuration.getWebhookToken();
            if (token != null && !token.isBlank()) {
                headers.put("Authorization", "Bearer " + token);
            }
            headers.put("Content-Type", "application/json");
            return headers;
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw validator.invalid("headers", "must be a map of header names to values");
        }
        map.forEach((name, headerValue) -> {
            if (!(name instanceof String) || !(headerValue instanceof String)) {
                throw validator.invalid("headers", "must map header names (strings) to values (strings)");
            }
            headers.put((String) name, (String) headerValue);
        });
        return headers;
    }

    private static String method(Object value, FieldValidator validator) {
        if (value == null) {
            return "POST";
        }
        String method = validator.requireText("method_type", value, "").toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw validator.invalid("method_type", "must be POST, PUT or PATCH, was " + FieldValidator.quote(method));
        }
        return method;
    }
}
