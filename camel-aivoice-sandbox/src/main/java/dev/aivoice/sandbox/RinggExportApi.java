package dev.aivoice.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Predicate;

import dev.aivoice.sandbox.http.HttpCall;
import dev.aivoice.sandbox.http.Json;
import dev.aivoice.sandbox.http.Reply;
import dev.aivoice.sandbox.http.RinggStyle;
import dev.aivoice.sandbox.http.Router;

/**
 * Ringg's call history export (R17 {@code POST /calling/history/download}, filters as query parameters). By default
 * it answers as documented, {@code {"message": ...}} (the CSV goes by e-mail); with
 * {@link ProviderSandbox.Builder#ringgExportAsCsv()} it answers the CSV itself ({@code text/csv}).
 */
final class RinggExportApi {

    static final String EMAILED = "Call history export started; the CSV will be emailed to you";

    private final SandboxState state;
    private final boolean asCsv;

    RinggExportApi(SandboxState state, boolean asCsv) {
        this.state = state;
        this.asCsv = asCsv;
    }

    void register(Router router) {
        router.add("POST", "/calling/history/download", this::export);
    }

    private Reply export(HttpCall call) {
        Predicate<SandboxCall> filter = c -> "ringg".equals(c.provider());
        List<String> agents = call.queryAll("agent_id");
        if (!agents.isEmpty()) {
            filter = filter.and(c -> agents.contains(c.agentId()));
        }
        filter = filter.and(equalsQuery(call, "status", SandboxCall::status))
                .and(equalsQuery(call, "bulk_list_id", SandboxCall::bulkListId))
                .and(equalsQuery(call, "to_number", SandboxCall::toNumber))
                .and(equalsQuery(call, "call_id", SandboxCall::id));
        if (call.query("start_date") != null) {
            Instant start = bound(call, "start_date", false);
            filter = filter.and(c -> !c.createdAt().isBefore(start));
        }
        if (call.query("end_date") != null) {
            Instant end = bound(call, "end_date", true);
            filter = filter.and(c -> c.createdAt().isBefore(end));
        }
        List<SandboxCall> calls = state.calls().stream().filter(filter).toList();
        if (!asCsv) {
            return Reply.ok(Json.object().put("message", EMAILED).put("total_calls", calls.size()));
        }
        StringBuilder csv = new StringBuilder("call_id,agent_id,to_number,status,call_duration,created_at\n");
        for (SandboxCall c : calls) {
            csv.append(c.id()).append(',').append(c.agentId()).append(',').append(c.toNumber()).append(',')
                    .append(c.status()).append(',').append(c.durationSeconds()).append(',')
                    .append(Times.withOffset(c.createdAt())).append('\n');
        }
        return Reply.text(200, "text/csv", csv.toString());
    }

    private static Predicate<SandboxCall> equalsQuery(HttpCall call, String name,
                                                      java.util.function.Function<SandboxCall, String> field) {
        String wanted = call.query(name);
        return wanted == null ? c -> true : c -> wanted.equals(field.apply(c));
    }

    /** {@code YYYY-MM-DD} (a whole day) or an ISO date-time with offset. */
    private static Instant bound(HttpCall call, String field, boolean end) {
        String value = call.query(field);
        if (value.length() == 10) {
            try {
                LocalDate day = LocalDate.parse(value);
                return (end ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            } catch (java.time.format.DateTimeParseException e) {
                throw RinggStyle.invalid("query", field, "invalid date format, expected YYYY-MM-DD");
            }
        }
        Instant instant = Times.parseFilter(field, value);
        return end ? instant.plusNanos(1) : instant;
    }
}
