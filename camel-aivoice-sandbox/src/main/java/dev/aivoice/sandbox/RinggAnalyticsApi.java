package dev.aivoice.sandbox;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.sandbox.http.HttpCall;
import dev.aivoice.sandbox.http.Json;
import dev.aivoice.sandbox.http.Reply;
import dev.aivoice.sandbox.http.RinggStyle;
import dev.aivoice.sandbox.http.Router;

/**
 * Ringg analytics (R30-R34): the documented top-level keys; the inner metrics are undocumented, so the sandbox
 * fills them with simple counts computed from its own calls.
 */
final class RinggAnalyticsApi {

    private final SandboxState state;

    RinggAnalyticsApi(SandboxState state) {
        this.state = state;
    }

    void register(Router router) {
        router.add("GET", "/analytics/platform-analytics", this::platform)
                .add("GET", "/analytics/number-analytics", this::numbers)
                .add("GET", "/analytics/duration-distribution", this::durations)
                .add("GET", "/analytics/classification-analytics", this::classifications)
                .add("GET", "/analytics/drill-down-analytics", this::drillDown);
    }

    private Reply platform(HttpCall call) {
        List<SandboxCall> calls = calls(call);
        ObjectNode body = Json.object().put("cached", false);
        body.set("metrics_summary", summary(calls));
        body.set("performance_metrics", performance(calls));
        return Reply.ok(body);
    }

    private Reply numbers(HttpCall call) {
        ArrayNode rows = Json.array();
        calls(call).stream().collect(Collectors.groupingBy(SandboxCall::fromNumber, TreeMap::new, Collectors.toList()))
                .forEach((number, calls) -> rows.addObject().put("from_number", number).put("total_calls", calls.size())
                        .put("completed_calls", calls.stream().filter(c -> c.status().equals("completed")).count()));
        return Reply.ok(Json.object().set("number_analytics", rows));
    }

    private Reply durations(HttpCall call) {
        Map<String, Long> buckets = new TreeMap<>();
        for (SandboxCall c : calls(call)) {
            double seconds = c.durationSeconds();
            String bucket = seconds < 30 ? "0-30" : seconds < 60 ? "30-60" : seconds < 120 ? "60-120" : "120+";
            buckets.merge(bucket, 1L, Long::sum);
        }
        ObjectNode distribution = Json.object();
        buckets.forEach(distribution::put);
        return Reply.ok(Json.object().set("duration_distribution", distribution));
    }

    private Reply classifications(HttpCall call) {
        ObjectNode labels = Json.object();
        calls(call).stream().filter(SandboxCall::isFinished)
                .collect(Collectors.groupingBy(c -> c.outcome().classification(), TreeMap::new, Collectors.counting()))
                .forEach(labels::put);
        return Reply.ok(Json.object().set("classification_analytics", labels));
    }

    private Reply drillDown(HttpCall call) {
        if (call.query("bulk_list_id") == null) {
            throw RinggStyle.invalid("query", "bulk_list_id", "field required");
        }
        ObjectNode body = Json.object().put("cached", false);
        body.set("performance_metrics", performance(calls(call)));
        return Reply.ok(body);
    }

    private static ObjectNode summary(List<SandboxCall> calls) {
        double total = calls.stream().mapToDouble(SandboxCall::durationSeconds).sum();
        long completed = calls.stream().filter(c -> c.status().equals("completed")).count();
        return Json.object().put("total_calls", calls.size()).put("completed_calls", completed)
                .put("failed_calls", calls.stream().filter(c -> c.status().equals("failed")).count())
                .put("total_duration_seconds", total)
                .put("average_duration_seconds", completed == 0 ? 0.0 : total / completed);
    }

    private static ObjectNode performance(List<SandboxCall> calls) {
        long finished = calls.stream().filter(SandboxCall::isFinished).count();
        long completed = calls.stream().filter(c -> c.status().equals("completed")).count();
        return Json.object().put("connect_rate", finished == 0 ? 0.0 : (double) completed / finished)
                .put("total_credits", calls.stream().mapToDouble(CallEvents::cost).sum());
    }

    /** The common filters: agent_id, bulk_list_id, start_date/end_date (YYYY-MM-DD); voicemail is always false here. */
    private List<SandboxCall> calls(HttpCall call) {
        Predicate<SandboxCall> filter = c -> "ringg".equals(c.provider());
        String agent = call.query("agent_id");
        String list = call.query("bulk_list_id");
        if (agent != null) {
            filter = filter.and(c -> agent.equals(c.agentId()));
        }
        if (list != null) {
            filter = filter.and(c -> list.equals(c.bulkListId()));
        }
        if (call.query("start_date") != null) {
            LocalDate start = date(call, "start_date");
            filter = filter.and(c -> !c.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().isBefore(start));
        }
        if (call.query("end_date") != null) {
            LocalDate end = date(call, "end_date");
            filter = filter.and(c -> !c.createdAt().atOffset(ZoneOffset.UTC).toLocalDate().isAfter(end));
        }
        return state.calls().stream().filter(filter).toList();
    }

    private static LocalDate date(HttpCall call, String name) {
        try {
            return LocalDate.parse(call.query(name));
        } catch (DateTimeParseException e) {
            throw RinggStyle.invalid("query", name, "expected YYYY-MM-DD");
        }
    }
}
