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

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationField;
import dev.aivoice.camel.validation.FieldValidator;

import static dev.aivoice.camel.provider.OperationField.field;

/**
 * Query filters of Ringg reads: the endpoint's {@code agentId}/{@code listId} give defaults, the body (a Map with
 * Ringg's query names or a JSON object) overrides them, the headers {@code CamelAiVoiceAgentId} and
 * {@code CamelAiVoiceListId} override the body (bound by the {@link dev.aivoice.camel.provider.RequestBinder}, which
 * refuses undocumented names).
 */
public final class Filters {

    private Filters() {
    }

    /**
     * The bound filters whose names are in {@code allowed} (the endpoint's agent and list defaults, the body's
     * filters, the headers), dates and lists as text.
     */
    public static Map<String, Object> read(BoundRequest request, List<String> allowed) {
        Map<String, Object> filters = new LinkedHashMap<>();
        request.fields().forEach((name, value) -> {
            if (allowed.contains(name)) {
                filters.put(name, plain(value));
            }
        });
        return filters;
    }

    /** The agent and list filters Ringg's reads bind: option, then body, then header. */
    public static OperationField[] agentAndList() {
        return new OperationField[] {
                field("agent_id").header(AiVoiceConstants.AGENT_ID).option(AiVoiceConfiguration::getAgentId),
                field("bulk_list_id").header(AiVoiceConstants.LIST_ID).option(AiVoiceConfiguration::getListId) };
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
