package dev.aivoice.camel.ringg.call;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.correlation.CorrelationIds;
import dev.aivoice.camel.provider.RequestFields;
import dev.aivoice.camel.ringg.CallerSource;
import dev.aivoice.camel.ringg.model.RinggCallRequest;
import dev.aivoice.camel.validation.FieldValidator;
import dev.aivoice.camel.validation.Violations;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Builds the JSON fields of a Ringg call from an exchange: endpoint options give defaults, the body (a
 * {@link RinggCallRequest}, a Map with Ringg's names or a JSON object) gives the request, headers fill in or override
 * single fields ({@code CamelAiVoiceVariables} and {@code CamelAiVoiceCallConfig} merge key by key).
 */
final class CallAssembler {

    static final List<String> FIELDS = List.of("name", "mobile_number", "agent_id", "number_pool_id", "from_number_id",
            "from_number", "custom_args_values", "call_config", "callback_url", "callback_args", "smart_formatter",
            "voice_id", "version_id", "call_category", "parent_call_id");
    static final List<String> CALLER_FIELDS = List.of("number_pool_id", "from_number_id", "from_number");

    private CallAssembler() {
    }

    static Map<String, Object> assemble(Exchange exchange, AiVoiceConfiguration options, FieldValidator validator) {
        Map<String, Object> body = RequestFields.read(exchange, RinggCallRequest.class, validator);
        for (String field : body.keySet()) {
            if (!FIELDS.contains(field)) {
                throw validator.invalid(field, "is not a Ringg call field; allowed fields: " + String.join(", ", FIELDS));
            }
        }
        Message message = exchange.getMessage();
        Map<String, Object> fields = new LinkedHashMap<>();
        RequestFields.putIfPresent(fields, "agent_id", options.getAgentId());
        fields.putAll(body);
        RequestFields.putIfPresent(fields, "name", message.getHeader(AiVoiceConstants.CALLEE_NAME, String.class));
        RequestFields.putIfPresent(fields, "mobile_number", message.getHeader(AiVoiceConstants.TO_NUMBER, String.class));
        RequestFields.putIfPresent(fields, "agent_id", message.getHeader(AiVoiceConstants.AGENT_ID, String.class));

        // every bad field reported at once
        Violations violations = new Violations();
        violations.check(() -> validator.requireText("name", fields.get("name"),
                "set it in the body or the " + AiVoiceConstants.CALLEE_NAME + " header"));
        violations.check(() -> validator.requireE164("mobile_number", fields.get("mobile_number"),
                "set it in the body or the " + AiVoiceConstants.TO_NUMBER + " header"));
        violations.check(() -> validator.requireText("agent_id", fields.get("agent_id"),
                "set it in the body, the " + AiVoiceConstants.AGENT_ID + " header or the agentId option"));
        violations.run(() -> callerSource(fields, body, message, options, validator));
        violations.run(() -> variables(fields, exchange, options, validator));
        violations.run(() -> RequestFields.putIfPresent(fields, "call_config",
                CallConfigs.merge(options.getCallConfig(), body.get("call_config"), message, validator)));
        violations.run(() -> checkCallback(fields, validator));
        violations.throwIfAny();
        return fields;
    }

    private static void callerSource(Map<String, Object> fields, Map<String, Object> body, Message message,
                                     AiVoiceConfiguration options, FieldValidator validator) {
        Map<String, Object> fromHeaders = new LinkedHashMap<>();
        RequestFields.putIfPresent(fromHeaders, "from_number",
                message.getHeader(AiVoiceConstants.FROM_NUMBER, String.class));
        Map<String, Object> fromOptions = new LinkedHashMap<>();
        RequestFields.putIfPresent(fromOptions, "number_pool_id", options.getNumberPoolId());
        RequestFields.putIfPresent(fromOptions, "from_number_id", options.getFromNumberId());
        RequestFields.putIfPresent(fromOptions, "from_number", options.getFromNumber());
        Map.Entry<String, Object> caller = CallerSource.pick(CALLER_FIELDS, validator,
                "set it in the body, the " + AiVoiceConstants.FROM_NUMBER
                                                                   + " header or the numberPoolId, fromNumberId or"
                                                                   + " fromNumber option",
                fromHeaders, body, fromOptions);
        CALLER_FIELDS.forEach(fields::remove);
        if ("from_number".equals(caller.getKey())) {
            validator.requireCallerE164("from_number", caller.getValue(), "");
        } else {
            validator.requireText(caller.getKey(), caller.getValue(), "");
        }
        fields.put(caller.getKey(), caller.getValue());
    }

    private static void variables(Map<String, Object> fields, Exchange exchange, AiVoiceConfiguration options,
                                  FieldValidator validator) {
        Map<Object, Object> variables = RequestFields.stringMap(fields.get("custom_args_values"), "custom_args_values",
                validator);
        variables.putAll(RequestFields.stringMap(exchange.getMessage().getHeader(AiVoiceConstants.VARIABLES),
                AiVoiceConstants.VARIABLES, validator));
        CorrelationIds.addTo(variables, exchange, options.getCorrelationId()); // issue 11
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
