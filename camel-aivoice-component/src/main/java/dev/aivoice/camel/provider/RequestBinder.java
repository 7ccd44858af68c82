package dev.aivoice.camel.provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.correlation.CorrelationIds;
import dev.aivoice.camel.reliability.IdempotencyKey;
import dev.aivoice.camel.validation.FieldValidator;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Binds an exchange to an {@link Operation}'s fields, the one place that applies "endpoint option, then body, then
 * header": each declared field takes its option's value, the body's (the typed request class, a Map of wire names or a
 * JSON object as text; a request header, when declared, below the body) replaces it, the header's replaces that. A
 * missing (null) header or option never erases a field. Body names the operation does not accept are refused here,
 * before anything is sent.
 */
public final class RequestBinder {

    private RequestBinder() {
    }

    public static BoundRequest bind(Operation operation, Exchange exchange, OperationContext context,
                                    OperationResult result) {
        FieldValidator validator = context.validator();
        AiVoiceConfiguration options = context.configuration();
        Message message = exchange.getMessage();
        Map<String, Object> fromOptions = new LinkedHashMap<>();
        Map<String, Object> fromHeaders = new LinkedHashMap<>();
        Map<String, String> headerNames = operation.headerNames();
        for (OperationField field : operation.boundFields()) {
            if (field.option() != null) {
                RequestFields.putIfPresent(fromOptions, field.wire(), field.option().apply(options));
            }
            if (field.header() != null) {
                RequestFields.putIfPresent(fromHeaders, field.wire(), header(message, field, validator));
            }
        }
        Map<String, Object> fromBody = body(operation, exchange, fromHeaders, validator);
        return new BoundRequest(fromOptions, fromBody, fromHeaders, headerNames, message.getBody(),
                IdempotencyKey.of(exchange), () -> CorrelationIds.of(exchange, options.getCorrelationId()), result);
    }

    private static Object header(Message message, OperationField field, FieldValidator validator) {
        Object value = message.getHeader(field.header());
        if (value == null || field.headerType() == Object.class) {
            return value;
        }
        if (field.headerType() == String.class) {
            // a blank header is no header: it never erases what the body or the option gave
            String text = message.getHeader(field.header(), String.class);
            return text == null || text.isBlank() ? null : text;
        }
        if (field.headerType() == Integer.class) {
            try {
                return message.getHeader(field.header(), Integer.class);
            } catch (RuntimeException notANumber) {
                throw validator.invalid(field.header(), "must be a whole number; was "
                                                        + FieldValidator.quote(value.toString()));
            }
        }
        return message.getHeader(field.header(), field.headerType());
    }

    private static Map<String, Object> body(Operation operation, Exchange exchange, Map<String, Object> fromHeaders,
                                            FieldValidator validator) {
        Operation.Body how = operation.body();
        if (how == Operation.Body.NONE) {
            return Map.of();
        }
        Object body = exchange.getMessage().getBody();
        List<OperationField> fields = operation.boundFields();
        String idField = fields.isEmpty() ? null : fields.get(0).wire();
        if (how == Operation.Body.ID_UNLESS_HEADER && fromHeaders.get(idField) != null) {
            return Map.of();
        }
        boolean id = how == Operation.Body.ID || how == Operation.Body.ID_UNLESS_HEADER
                     || how == Operation.Body.ID_OR_LIST;
        if (id && body instanceof String text && !text.isBlank() && !text.strip().startsWith("{")) {
            return Map.of(idField, text.strip());
        }
        if (how == Operation.Body.ID_OR_LIST && body instanceof List<?> values) {
            return Map.of(idField, values);
        }
        Map<String, Object> given = new LinkedHashMap<>();
        if (operation.requestHeader() != null) {
            Object header = exchange.getMessage().getHeader(operation.requestHeader());
            given.putAll(accepted(operation, operation.requestHeader(),
                    RequestFields.fromValue(header, operation.requestHeader(), operation.requestType(), validator),
                    validator));
        }
        if (how == Operation.Body.RAW) {
            return given;
        }
        Map<String, Object> fromBody = accepted(operation, "body", operation.typedReader() != null
                && operation.requestType().isInstance(body) ? operation.typedReader().apply(body)
                : RequestFields.read(exchange, operation.requestType(), validator), validator);
        if (given.isEmpty()) {
            return fromBody;
        }
        for (String exclusive : operation.exclusive()) {
            if (fromBody.containsKey(exclusive)) {
                operation.exclusive().forEach(given::remove);
                break;
            }
        }
        given.putAll(fromBody);
        return given;
    }

    /** The fields, each under its wire name (an alias renamed), refusing names the operation does not accept. */
    private static Map<String, Object> accepted(Operation operation, String where, Map<String, Object> fields,
                                                FieldValidator validator) {
        List<String> accepted = operation.accepted();
        if (accepted != null) {
            for (String name : fields.keySet()) {
                if (!accepted.contains(name)) {
                    throw validator.invalid(name, String.format(operation.refusal(), where)
                                                  + String.join(", ", accepted));
                }
            }
        }
        Map<String, String> aliases = operation.aliases();
        if (aliases.isEmpty() || fields.keySet().stream().noneMatch(aliases::containsKey)) {
            return fields;
        }
        Map<String, Object> named = new LinkedHashMap<>();
        fields.forEach((name, value) -> named.put(aliases.getOrDefault(name, name), value));
        return named;
    }
}
