package dev.aivoice.camel.ringg;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationHandler;
import dev.aivoice.camel.provider.RequestFields;
import dev.aivoice.camel.ringg.model.RinggAgentEdited;
import org.apache.camel.Exchange;

/**
 * {@code aivoice:ringg:agent?operation=edit}: any {@code PATCH /agent/v1} operation. The body (a Map or JSON object)
 * carries Ringg's {@code operation} (e.g. {@code edit_call_config}) and its fields; {@code agent_id} comes from the
 * body, the header {@code CamelAiVoiceAgentId} or the {@code agentId} option. Several operations replace whole
 * structures (custom variables, subscriptions, prompt): read the agent first and send the merged value.
 */
final class AgentEditHandler implements OperationHandler {

    static final String PATH = "/agent/v1";
    private static final Pattern OPERATION = Pattern.compile("[a-z][a-z0-9_]*");

    @Override
    public CompletionStage<Void> handle(Exchange exchange, OperationContext context) {
        Map<String, Object> fields = RequestFields.read(exchange, Map.class, context.validator());
        Object operation = context.validator().requireText("operation", fields.get("operation"),
                "put Ringg's edit operation in the body, e.g. {\"operation\": \"edit_call_config\", ...}");
        if (!OPERATION.matcher(operation.toString()).matches()) {
            throw context.validator().invalid("operation", "must be a Ringg edit operation name such as edit_prompt"
                                                           + " (lower case, underscores); was "
                                                           + dev.aivoice.camel.validation.FieldValidator.quote(
                                                                   operation.toString()));
        }
        if (fields.get("agent_id") == null) {
            RequestFields.putIfPresent(fields, "agent_id", context.configuration().getAgentId());
        }
        RequestFields.putIfPresent(fields, "agent_id",
                exchange.getMessage().getHeader(AiVoiceConstants.AGENT_ID, String.class));
        context.validator().requireText("agent_id", fields.get("agent_id"),
                "set it in the body, the " + AiVoiceConstants.AGENT_ID + " header or the agentId option");
        var request = context.jsonRequest("PATCH", PATH, fields).build();
        return context.sendForJson(request)
                .thenAccept(answer -> exchange.getMessage().setBody(context.readAnswer(answer, RinggAgentEdited.class)));
    }
}
