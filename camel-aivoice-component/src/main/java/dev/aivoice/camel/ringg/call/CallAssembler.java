package dev.aivoice.camel.ringg.call;

import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.correlation.CorrelationIds;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationField;
import dev.aivoice.camel.provider.RequestFields;
import dev.aivoice.camel.ringg.CallerSource;
import dev.aivoice.camel.ringg.model.RinggCallRequest;
import dev.aivoice.camel.validation.FieldValidator;
import dev.aivoice.camel.validation.Violations;

import static dev.aivoice.camel.provider.OperationField.field;

/**
 * Checks and completes the JSON fields of a Ringg call as bound: endpoint options give defaults, the body (a
 * {@link RinggCallRequest}, a Map with Ringg's names or a JSON object) gives the request, headers fill in or override
 * single fields ({@code CamelAiVoiceVariables} and {@code CamelAiVoiceCallConfig} merge key by key).
 */
final class CallAssembler {

    /** What a call binds besides its body. */
    static final OperationField[] BOUND = {
            field("agent_id").header(AiVoiceConstants.AGENT_ID).option(AiVoiceConfiguration::getAgentId),
            field("name").header(AiVoiceConstants.CALLEE_NAME),
            field("mobile_number").header(AiVoiceConstants.TO_NUMBER),
            field("number_pool_id").option(AiVoiceConfiguration::getNumberPoolId),
            field("from_number_id").option(AiVoiceConfiguration::getFromNumberId),
            field("from_number").header(AiVoiceConstants.FROM_NUMBER).option(AiVoiceConfiguration::getFromNumber),
            field("custom_args_values").header(AiVoiceConstants.VARIABLES, Object.class),
            field("call_config").header(AiVoiceConstants.CALL_CONFIG, Object.class)
                    .option(AiVoiceConfiguration::getCallConfig)
    };

    static final List<String> FIELDS = List.of("name", "mobile_number", "agent_id", "number_pool_id", "from_number_id",
            "from_number", "custom_args_values", "call_config", "callback_url", "callback_args", "smart_formatter",
            "voice_id", "version_id", "call_category", "parent_call_id");
    static final List<String> CALLER_FIELDS = List.of("number_pool_id", "from_number_id", "from_number");

    private CallAssembler() {
    }

    static Map<String, Object> assemble(BoundRequest request, FieldValidator validator) {
        Map<String, Object> fields = request.fields();
        fields.remove("call_config");

        // every bad field reported at once
        Violations violations = new Violations();
        violations.check(() -> validator.requireText("name", fields.get("name"),
                "set it in the body or the " + AiVoiceConstants.CALLEE_NAME + " header"));
        violations.check(() -> validator.requireE164("mobile_number", fields.get("mobile_number"),
                "set it in the body or the " + AiVoiceConstants.TO_NUMBER + " header"));
        violations.check(() -> validator.requireText("agent_id", fields.get("agent_id"),
                "set it in the body, the " + AiVoiceConstants.AGENT_ID + " header or the agentId option"));
        violations.run(() -> callerSource(fields, request, validator));
        violations.run(() -> variables(fields, request, validator));
        violations.run(() -> RequestFields.putIfPresent(fields, "call_config", CallConfigs.merge(request, validator)));
        violations.run(() -> checkCallback(fields, validator));
        violations.throwIfAny();
        return fields;
    }

    private static void callerSource(Map<String, Object> fields, BoundRequest request, FieldValidator validator) {
        Map.Entry<String, Object> caller = CallerSource.pick(CALLER_FIELDS, validator,
                "set it in the body, the " + AiVoiceConstants.FROM_NUMBER
                                                                   + " header or the numberPoolId, fromNumberId or"
                                                                   + " fromNumber option",
                request.levels(CALLER_FIELDS));
        CALLER_FIELDS.forEach(fields::remove);
        if ("from_number".equals(caller.getKey())) {
            validator.requireCallerE164("from_number", caller.getValue(), "");
        } else {
            validator.requireText(caller.getKey(), caller.getValue(), "");
        }
        fields.put(caller.getKey(), caller.getValue());
    }

    private static void variables(Map<String, Object> fields, BoundRequest request, FieldValidator validator) {
        Map<Object, Object> variables = request.mergedStrings("custom_args_values", validator);
        String correlationId = request.correlationId(); // issue 11
        if (correlationId != null) {
            variables.put(CorrelationIds.VARIABLE, correlationId);
        }
        validator.requireVariables("custom_args_values", variables);
        fields.remove("custom_args_values");
        if (!variables.isEmpty()) {
            fields.put("custom_args_values", variables);
        }
    }

    private static void checkCallback(Map<String, Object> fields, FieldValidator validator) {
        Object url = fields.get("callback_url");
        if (url != null) {
            validator.requireHttpUrl("callback_url", url.toString());
        }
        Object args = fields.get("callback_args");
        if (args == null) {
            return;
        }
        if (!(args instanceof Map<?, ?> map)) {
            throw validator.invalid("callback_args", "must be an object with `headers` and `params` objects");
        }
        for (Map.Entry<?, ?> part : map.entrySet()) {
            if (!"headers".equals(part.getKey()) && !"params".equals(part.getKey())) {
                throw validator.invalid("callback_args." + part.getKey(), "is not allowed: use headers and params");
            }
            if (!(part.getValue() instanceof Map<?, ?> values)
                    || !values.values().stream().allMatch(String.class::isInstance)) {
                throw validator.invalid("callback_args." + part.getKey(), "must map names to string values");
            }
        }
    }
}
