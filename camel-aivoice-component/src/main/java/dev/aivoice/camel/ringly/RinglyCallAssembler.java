package dev.aivoice.camel.ringly;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.correlation.CorrelationIds;
import dev.aivoice.camel.provider.RequestFields;
import dev.aivoice.camel.ringly.model.RinglyCallRequest;
import dev.aivoice.camel.validation.FieldValidator;
import dev.aivoice.camel.validation.Violations;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Builds a valid {@link RinglyCallRequest} from an exchange: endpoint options give defaults, the body gives the
 * request, headers fill in or override single fields ({@code CamelAiVoiceVariables} merges key by key).
 */
final class RinglyCallAssembler {

    static final List<String> FIELDS = List.of("from_number", "to_number", "agent_tag", "dynamic_variables");

    private RinglyCallAssembler() {
    }

    static RinglyCallRequest assemble(Exchange exchange, AiVoiceConfiguration options, FieldValidator validator) {
        Map<String, Object> fields = new LinkedHashMap<>();
        RequestFields.putIfPresent(fields, "from_number", options.getFromNumber());
        RequestFields.putIfPresent(fields, "agent_tag", options.getAgentId());

        Object raw = exchange.getMessage().getBody();
        Map<String, Object> body = raw instanceof RinglyCallRequest typed
                ? typed.wireFields()
                : RequestFields.read(exchange, RinglyCallRequest.class, validator);
        for (Map.Entry<String, Object> field : body.entrySet()) {
            if (!FIELDS.contains(field.getKey())) {
                throw validator.invalid(field.getKey(), "is not a Ringly call field; allowed fields: "
                                                        + String.join(", ", FIELDS));
            }
            RequestFields.putIfPresent(fields, field.getKey(), field.getValue());
        }

        Message message = exchange.getMessage();
        RequestFields.putIfPresent(fields, "to_number", message.getHeader(AiVoiceConstants.TO_NUMBER, String.class));
        RequestFields.putIfPresent(fields, "from_number", message.getHeader(AiVoiceConstants.FROM_NUMBER, String.class));
        RequestFields.putIfPresent(fields, "agent_tag", message.getHeader(AiVoiceConstants.AGENT_ID, String.class));
        Map<Object, Object> variables = RequestFields.stringMap(fields.get("dynamic_variables"), "dynamic_variables", validator);
        Object headerVariables = message.getHeader(AiVoiceConstants.VARIABLES);
        if (headerVariables != null) {
            variables.putAll(RequestFields.stringMap(headerVariables, AiVoiceConstants.VARIABLES, validator));
        }
        CorrelationIds.addTo(variables, exchange, options.getCorrelationId()); // issue 11

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
