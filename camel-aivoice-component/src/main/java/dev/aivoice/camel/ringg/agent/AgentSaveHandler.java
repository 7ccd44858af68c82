package dev.aivoice.camel.ringg.agent;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationAction;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.ringg.model.RinggAgentRequest;
import dev.aivoice.camel.ringg.model.RinggAgentSaved;
import dev.aivoice.camel.validation.FieldValidator;
import dev.aivoice.camel.validation.PathSegments;

/**
 * {@code aivoice:ringg:agent} {@code create} ({@code POST /public/agent}) and {@code update}
 * ({@code PATCH /public/agent/{agent_id}}). The body is a {@link RinggAgentRequest}, a Map or a JSON object with
 * Ringg's field names; every field is checked (required on create, lengths, locale, agent type, variable names)
 * before anything is sent. On create the new id is also put in {@code CamelAiVoiceAgentId}.
 */
public final class AgentSaveHandler implements OperationAction {

    public static final String PATH = "/public/agent";
    /** Field and its longest length; 0 for fields checked otherwise. */
    static final Map<String, Integer> FIELDS = new LinkedHashMap<>();
    static final List<String> REQUIRED_ON_CREATE = List.of("agent_name", "introduction_and_objective",
            "response_guidelines", "task", "primary_language", "voice_id", "intro_message");
    static final List<String> AGENT_TYPES = List.of("outbound", "inbound", "outbound_inbound");
    private static final Pattern LOCALE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    static {
        FIELDS.put("agent_name", 100);
        FIELDS.put("introduction_and_objective", 2000);
        FIELDS.put("response_guidelines", 3000);
        FIELDS.put("task", 1500);
        FIELDS.put("faq", 5000);
        FIELDS.put("sample_conversations", 5000);
        FIELDS.put("intro_message", 500);
        FIELDS.put("primary_language", 0);
        FIELDS.put("secondary_language", 0);
        FIELDS.put("voice_id", 0);
        FIELDS.put("agent_type", 0);
        FIELDS.put("custom_variables", 0);
    }

    private final boolean create;

    public AgentSaveHandler(boolean create) {
        this.create = create;
    }

    @Override
    public CompletionStage<?> run(BoundRequest request, OperationContext context) {
        FieldValidator validator = context.validator();
        Map<String, Object> fields = request.bodyFields();
        Object bodyAgentId = fields.remove("agent_id");
        check(fields, validator);
        String method;
        String path;
        if (create) {
            if (bodyAgentId != null) {
                throw validator.invalid("agent_id", "is not sent on create: Ringg makes the id (use operation=update)");
            }
            method = "POST";
            path = PATH;
        } else {
            String agentId = context.validator().requireText("agent_id", request.get("agent_id"),
                    "name the assistant to update in the body, the " + AiVoiceConstants.AGENT_ID
                    + " header or the agentId option");
            if (fields.isEmpty()) {
                throw validator.invalid("body", "names nothing to update: give at least one of "
                                                + String.join(", ", FIELDS.keySet()));
            }
            method = "PATCH";
            path = PATH + "/" + PathSegments.of(context.validator(), "agent_id", agentId);
        }
        return context.sendForJson(context.jsonRequest(method, path, fields).build()).thenApply(answer -> {
            if (!answer.isObject()) {
                throw context.unusableAnswer(200, "an answer that is no JSON object", null);
            }
            RinggAgentSaved saved = RinggAgentSaved.of(answer);
            if (create) {
                request.result().headerIfPresent(AiVoiceConstants.AGENT_ID, saved.getId());
            }
            return saved;
        });
    }

    private void check(Map<String, Object> fields, FieldValidator validator) {
        fields.values().removeIf(java.util.Objects::isNull);
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            Integer limit = FIELDS.get(field.getKey());
            if (limit == null) {
                throw validator.invalid(field.getKey(), "is not an assistant field; allowed fields: "
                                                        + String.join(", ", FIELDS.keySet()));
            }
            if (field.getKey().equals("custom_variables")) {
                checkVariables(field.getValue(), validator);
                continue;
            }
            String text = validator.requireText(field.getKey(), field.getValue(), "or leave it out");
            if (limit > 0 && text.length() > limit) {
                throw validator.invalid(field.getKey(), "is " + text.length() + " characters long; at most " + limit
                                                        + " are allowed");
            }
        }
        if (create) {
            for (String required : REQUIRED_ON_CREATE) {
                validator.requireText(required, fields.get(required), "a new assistant needs "
                                                                      + String.join(", ", REQUIRED_ON_CREATE));
            }
        }
        for (String locale : List.of("primary_language", "secondary_language")) {
            Object value = fields.get(locale);
            if (value != null && !LOCALE.matcher(value.toString()).matches()) {
                throw validator.invalid(locale, "must be a locale such as en-US or hi-IN; was "
                                                + FieldValidator.quote(value.toString()));
            }
        }
        Object type = fields.get("agent_type");
        if (type != null && !AGENT_TYPES.contains(type.toString())) {
            throw validator.invalid("agent_type", "must be one of " + String.join(", ", AGENT_TYPES) + "; was "
                                                  + FieldValidator.quote(type.toString()));
        }
    }

    private static void checkVariables(Object value, FieldValidator validator) {
        if (!(value instanceof Collection<?> names)) {
            throw validator.invalid("custom_variables", "must be a list of variable names");
        }
        for (Object name : names) {
            if (!(name instanceof String text) || !VARIABLE.matcher(text).matches()) {
                throw validator.invalid("custom_variables", "must hold names of letters, digits and underscores;"
                                                            + " found " + (name == null ? "null"
                                                                    : FieldValidator.quote(name.toString())));
            }
        }
    }
}
