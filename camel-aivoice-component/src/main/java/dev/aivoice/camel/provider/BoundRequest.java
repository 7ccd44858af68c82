package dev.aivoice.camel.provider;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import dev.aivoice.camel.validation.FieldValidator;

/**
 * One exchange's request, bound by the {@link RequestBinder}: each declared field from the endpoint option, then the
 * body, then the header (a missing header or option never erases a field), the body itself when the operation needs
 * the whole object (e.g. a campaign's contact rows), the exchange's idempotency key and correlation id, and the sink
 * of its result headers. Provider code reads this, never the exchange.
 */
public final class BoundRequest {

    private final Map<String, Object> fromOptions;
    private final Map<String, Object> fromBody;
    private final Map<String, Object> fromHeaders;
    private final Map<String, String> headerNames;
    private final Object body;
    private final String idempotencyKey;
    private final Supplier<String> correlationId;
    private final OperationResult result;

    BoundRequest(Map<String, Object> fromOptions, Map<String, Object> fromBody, Map<String, Object> fromHeaders,
                 Map<String, String> headerNames, Object body, String idempotencyKey, Supplier<String> correlationId,
                 OperationResult result) {
        this.fromOptions = fromOptions;
        this.fromBody = fromBody;
        this.fromHeaders = fromHeaders;
        this.headerNames = headerNames;
        this.body = body;
        this.idempotencyKey = idempotencyKey;
        this.correlationId = correlationId;
        this.result = result;
    }

    /** Every bound field, option then body then header, in a new map the caller may change. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>(fromOptions);
        fromBody.forEach((name, value) -> RequestFields.putIfPresent(fields, name, value));
        fromHeaders.forEach((name, value) -> RequestFields.putIfPresent(fields, name, value));
        return fields;
    }

    /** The field's value from the most specific level that gives it, or null. */
    public Object get(String wire) {
        Object value = fromHeaders.get(wire);
        if (value == null) {
            value = fromBody.get(wire);
        }
        return value != null ? value : fromOptions.get(wire);
    }

    /** What the endpoint option gave the field (null when not set). */
    public Object fromOption(String wire) {
        return fromOptions.get(wire);
    }

    /** What the body gave the field. */
    public Object fromBody(String wire) {
        return fromBody.get(wire);
    }

    /** What the header gave the field. */
    public Object fromHeader(String wire) {
        return fromHeaders.get(wire);
    }

    /**
     * A field of string keys and values (call variables) merged key by key: the body's, then the header's; each is
     * checked, named as where it came from.
     */
    public Map<Object, Object> mergedStrings(String wire, FieldValidator validator) {
        Map<Object, Object> merged = RequestFields.stringMap(fromBody.get(wire), wire, validator);
        merged.putAll(RequestFields.stringMap(fromHeaders.get(wire), headerNames.get(wire), validator));
        return merged;
    }

    /** The body's fields, as given (unknown names were refused already). */
    public Map<String, Object> bodyFields() {
        return new LinkedHashMap<>(fromBody);
    }

    /** The given {@code fields} of each level, most specific first: headers, body, options (for a caller pick). */
    @SuppressWarnings("unchecked")
    public Map<String, Object>[] levels(List<String> fields) {
        return new Map[] { only(fromHeaders, fields), only(fromBody, fields), only(fromOptions, fields) };
    }

    /** The exchange's body as it came, e.g. the contact rows of a campaign upload. */
    public Object body() {
        return body;
    }

    /** The exchange's duplicate-dial key (see {@link dev.aivoice.camel.reliability.IdempotencyKey}), or null. */
    public String idempotencyKey() {
        return idempotencyKey;
    }

    /** The exchange's correlation id (header, else the {@code correlationId} option), or null. */
    public String correlationId() {
        return correlationId.get();
    }

    /** Where the operation writes its result headers. */
    public OperationResult result() {
        return result;
    }

    private static Map<String, Object> only(Map<String, Object> level, List<String> fields) {
        Map<String, Object> given = new LinkedHashMap<>();
        fields.forEach(field -> RequestFields.putIfPresent(given, field, level.get(field)));
        return given;
    }
}
