package dev.aivoice.camel.ringg;

import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceConstants;

/**
 * The five analytics reports. Their inner metrics are undocumented, so the body is the answer as a
 * {@link com.fasterxml.jackson.databind.JsonNode}. Filters: {@code start_date}, {@code end_date} (YYYY-MM-DD),
 * {@code agent_id}, {@code bulk_list_id}, {@code voicemail}; drill-down needs {@code bulk_list_id}.
 */
final class RinggAnalytics {

    static final List<String> FILTERS = List.of("start_date", "end_date", "agent_id", "bulk_list_id", "voicemail");

    private RinggAnalytics() {
    }

    static void register(Map<String, dev.aivoice.camel.provider.OperationHandler> handlers) {
        handlers.put("analytics/platform", report("/analytics/platform-analytics", false));
        handlers.put("analytics/numbers", report("/analytics/number-analytics", false));
        handlers.put("analytics/duration", report("/analytics/duration-distribution", false));
        handlers.put("analytics/classification", report("/analytics/classification-analytics", false));
        handlers.put("analytics/drillDown", report("/analytics/drill-down-analytics", true));
    }

    private static GetHandler report(String path, boolean needsList) {
        QueryBuilder filters = (exchange, context) -> {
            Map<String, Object> query = Filters.read(exchange, context, FILTERS);
            Filters.checkDate(query, "start_date", context.validator());
            Filters.checkDate(query, "end_date", context.validator());
            if (needsList && query.get("bulk_list_id") == null) {
                throw context.validator().invalid("bulk_list_id", "is required for the drill-down report; set it in"
                                                                  + " the body, the " + AiVoiceConstants.LIST_ID
                                                                  + " header or the listId option");
            }
            return query;
        };
        return new GetHandler((exchange, context) -> path, filters, (answer, context) -> answer);
    }
}
