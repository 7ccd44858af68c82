package dev.aivoice.camel.ringg;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.RequestFields;
import dev.aivoice.camel.validation.FieldValidator;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Query filters of Ringg reads: the endpoint's {@code agentId}/{@code listId} give defaults, the body (a Map with
 * Ringg's query names or a JSON object) overrides them, the headers {@code CamelAiVoiceAgentId} and
 * {@code CamelAiVoiceListId} override the body. Only the documented names are accepted.
 */
public final class Filters {

    private Filters() {
    }

    /** The filters of the body plus the agent and list defaults, keeping only names in {@code allowed}. */
    public static Map<String, Object> read(Exchange exchange, OperationContext context, List<String> allowed) {
        FieldValidator validator = context.validator();
        Map<String, Object> filters = new LinkedHashMap<>();
        if (allowed.contains("agent_id")) {
            RequestFields.putIfPresent(filters, "agent_id", context.configuration().getAgentId());
        }
        if (allowed.contains("bulk_list_id")) {
            RequestFields.putIfPresent(filters, "bulk_list_id", context.configuration().getListId());
        }
        for (Map.Entry<String, Object> field : RequestFields.read(exchange, Map.class, validator).entrySet()) {
            if (!allowed.contains(field.getKey())) {
                throw validator.invalid(field.getKey(), "is not a filter of this operation; allowed filters: "
                                                        + String.join(", ", allowed));
            }
            RequestFields.putIfPresent(filters, field.getKey(), plain(field.getValue()));
        }
        Message message = exchange.getMessage();
        if (allowed.contains("agent_id")) {
            RequestFields.putIfPresent(filters, "agent_id", message.getHeader(AiVoiceConstants.AGENT_ID, String.class));
        }
        if (allowed.contains("bulk_list_id")) {
            RequestFields.putIfPresent(filters, "bulk_list_id",
                    message.getHeader(AiVoiceConstants.LIST_ID, String.class));
        }
        return filters;
    }

    /** Dates and times as ISO text, lists comma-separated, everything else as its text. */
    private static Object plain(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (value instanceof ZonedDateTime time) {
            return time.toOffsetDateTime().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return value;
    }

    /** An ISO-8601 date-time with offset (Ringg's call history needs the offset). */
    public static void checkDateTimeWithOffset(Map<String, Object> filters, String field, FieldValidator validator) {
        Object value = filters.get(field);
        if (value == null) {
            return;
        }
        try {
            OffsetDateTime.parse(value.toString(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException e) {
            throw validator.invalid(field, "must be an ISO-8601 date-time with offset, e.g. 2025-09-25T00:00:00+05:30"
                                           + " (or an OffsetDateTime); was " + FieldValidator.quote(value.toString()));
        }
    }

    /** A date {@code YYYY-MM-DD} (Ringg's analytics). */
    public static void checkDate(Map<String, Object> filters, String field, FieldValidator validator) {
        Object value = filters.get(field);
        if (value == null) {
            return;
        }
        try {
            LocalDate.parse(value.toString());
        } catch (DateTimeParseException e) {
            throw validator.invalid(field, "must be a date YYYY-MM-DD (or a LocalDate); was "
                                           + FieldValidator.quote(value.toString()));
        }
    }

    public static void checkOneOf(Map<String, Object> filters, String field, List<String> values,
                                  FieldValidator validator) {
        Object value = filters.get(field);
        if (value != null && !values.contains(value.toString())) {
            throw validator.invalid(field, "must be one of " + String.join(", ", values) + "; was "
                                           + FieldValidator.quote(value.toString()));
        }
    }
}
