package dev.aivoice.camel.ringg.call;

import java.util.List;
import java.util.Map;

import dev.aivoice.camel.ringg.Filters;
import dev.aivoice.camel.ringg.ListHandler;
import dev.aivoice.camel.ringg.QueryBuilder;
import dev.aivoice.camel.ringg.model.RinggCall;

/**
 * {@code aivoice:ringg:call?operation=history}: the call history, filtered by {@code start_date}/{@code end_date}
 * (date-time with offset), {@code agent_id}, {@code status}, {@code bulk_list_id}.
 */
public final class CallHistory {

    static final List<String> FILTERS = List.of("start_date", "end_date", "agent_id", "status", "bulk_list_id");
    static final List<String> STATUSES = List.of("registered", "ongoing", "retry", "completed", "failed", "error",
            "cancelled", "forwarded");

    private CallHistory() {
    }

    public static ListHandler<RinggCall> handler() {
        QueryBuilder filters = (exchange, context) -> {
            Map<String, Object> query = Filters.read(exchange, context, FILTERS);
            Filters.checkDateTimeWithOffset(query, "start_date", context.validator());
            Filters.checkDateTimeWithOffset(query, "end_date", context.validator());
            Filters.checkOneOf(query, "status", STATUSES, context.validator());
            return query;
        };
        return new ListHandler<>("/calling/history", "calls", RinggCall.class, filters);
    }
}
