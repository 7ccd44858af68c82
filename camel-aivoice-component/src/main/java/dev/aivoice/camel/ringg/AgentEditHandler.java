package dev.aivoice.camel.ringg;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationAction;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.ringg.model.RinggAgentEdited;
import dev.aivoice.camel.validation.FieldValidator;

/**
 * {@code aivoice:ringg:agent?operation=edit}: any {@code PATCH /agent/v1} operation. The body (a Map or JSON object)
 * carries Ringg's {@code operation} (e.g. {@code edit_call_config}) and its fields; {@code agent_id} comes from the
 * body, the header {@code CamelAiVoiceAgentId} or the {@code agentId} option. Several operations replace whole
 * structures (custom variables, subscriptions, prompt): read the agent first and send the merged value.
 */
final class AgentEditHandler implements OperationAction {

    static final String PATH = "/agent/v1";
    private static final Pattern OPERATION = Pattern.compile("[a-z][a-z0-9_]*");

    @Override
    public CompletionStage<?> run(BoundRequest request, OperationContext context) {
        Map<String, Object> fields = request.fields();
        Object operation = context.validator().requireText("operation", fields.get("operation"),
                "put Ringg's edit operation in the body, e.g. {\"operation\": \"edit_call_config\", ...}");
        if (!OPERATION.matcher(operation.toString()).matches()) {
            throw context.validator().invalid("operation", "must be a Ringg edit operation name such as edit_prompt"
                                                           + " (lower case, underscores); was "
                                                           + FieldValidator.quote(operation.toString()));
        }
        context.validator().requireText("agent_id", fields.get("agent_id"),
                "set it in the body, the " + AiVoiceConstants.AGENT_ID + " header or the agentId option");
        var patch = context.jsonRequest("PATCH", PATH, fields).build();
        return context.sendForJson(patch).thenApply(answer -> context.readAnswer(answer, RinggAgentEdited.class));
    }
}
