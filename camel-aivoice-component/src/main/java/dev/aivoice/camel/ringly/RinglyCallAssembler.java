package dev.aivoice.camel.ringly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.correlation.CorrelationIds;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationField;
import dev.aivoice.camel.ringly.model.RinglyCallRequest;
import dev.aivoice.camel.validation.FieldValidator;
import dev.aivoice.camel.validation.Violations;

import static dev.aivoice.camel.provider.OperationField.field;

/**
 * Builds a valid {@link RinglyCallRequest} from the bound request: endpoint options give defaults, the body gives the
 * request, headers fill in or override single fields ({@code CamelAiVoiceVariables} merges key by key).
 */
final class RinglyCallAssembler {

    static final List<String> FIELDS = List.of("from_number", "to_number", "agent_tag", "dynamic_variables");
    static final OperationField[] BOUND = {
            field("from_number").header(AiVoiceConstants.FROM_NUMBER).option(AiVoiceConfiguration::getFromNumber),
            field("agent_tag").header(AiVoiceConstants.AGENT_ID).option(AiVoiceConfiguration::getAgentId),
            field("to_number").header(AiVoiceConstants.TO_NUMBER),
            field("dynamic_variables").header(AiVoiceConstants.VARIABLES, Object.class)
    };

    private RinglyCallAssembler() {
    }

    static RinglyCallRequest assemble(BoundRequest request, FieldValidator validator) {
        Map<String, Object> fields = request.fields();
        Map<Object, Object> variables = request.mergedStrings("dynamic_variables", validator);
        String correlationId = request.correlationId(); // issue 11
        if (correlationId != null) {
            variables.put(CorrelationIds.VARIABLE, correlationId);
        }

        // every bad field reported at once
        Violations violations = new Violations();
        String to = violations.check(() -> validator.requireE164("to_number", fields.get("to_number"),
                "set it in the body or the " + AiVoiceConstants.TO_NUMBER + " header"));
        String from = violations.check(() -> validator.requireCallerE164("from_number", fields.get("from_number"),
                "set it in the body, the " + AiVoiceConstants.FROM_NUMBER + " header or the fromNumber option"));
        String agent = violations.check(() -> validator.requireText("agent_tag", fields.get("agent_tag"),
                "set it in the body, the " + AiVoiceConstants.AGENT_ID + " header or the agentId option"));
        violations.run(() -> validator.requireVariables("dynamic_variables", variables));
        violations.throwIfAny();

        Map<String, String> checked = new LinkedHashMap<>();
        variables.forEach((key, value) -> checked.put((String) key, (String) value));
        return new RinglyCallRequest(to).setFromNumber(from).setAgentTag(agent).setDynamicVariables(checked);
    }
}
