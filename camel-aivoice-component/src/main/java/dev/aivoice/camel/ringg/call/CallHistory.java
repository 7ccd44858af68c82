package dev.aivoice.camel.ringg.call;

import java.util.List;
import java.util.Map;

import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.ringg.Filters;
import dev.aivoice.camel.ringg.ListHandler;
import dev.aivoice.camel.ringg.model.RinggCall;

/**
 * {@code aivoice:ringg:call?operation=history}: the call history, filtered by {@code start_date}/{@code end_date}
 * (date-time with offset), {@code agent_id}, {@code status}, {@code bulk_list_id}.
 */
public final class CallHistory {

    public static final String PATH = "/calling/history";
    public static final List<String> FILTERS = List.of("start_date", "end_date", "agent_id", "status", "bulk_list_id");
    static final List<String> STATUSES = List.of("registered", "ongoing", "retry", "completed", "failed", "error",
            "cancelled", "forwarded");

    private CallHistory() {
    }

    public static ListHandler<RinggCall> handler() {
        return new ListHandler<>(PATH, "calls", RinggCall.class, CallHistory::filters);
    }

    private static Map<String, Object> filters(BoundRequest request, OperationContext context) {
        Map<String, Object> query = Filters.read(request, FILTERS);
        Filters.checkDateTimeWithOffset(query, "start_date", context.validator());
        Filters.checkDateTimeWithOffset(query, "end_date", context.validator());
        Filters.checkOneOf(query, "status", STATUSES, context.validator());
        return query;
    }
}
