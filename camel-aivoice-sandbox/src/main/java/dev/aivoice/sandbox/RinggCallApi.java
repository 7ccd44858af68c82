package dev.aivoice.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.sandbox.http.HttpCall;
import dev.aivoice.sandbox.http.Json;
import dev.aivoice.sandbox.http.Paging;
import dev.aivoice.sandbox.http.Reply;
import dev.aivoice.sandbox.http.RinggStyle;
import dev.aivoice.sandbox.http.Router;

/** Ringg individual calls (R13, R14), call history (R15), call details (R16) and termination (R18-R20). */
final class RinggCallApi {

    private final SandboxState state;
    private final SandboxClock clock;
    private final Dialer dialer;
    private final RinggCallJson json;

    RinggCallApi(SandboxState state, SandboxClock clock, Dialer dialer) {
        this.state = state;
        this.clock = clock;
        this.dialer = dialer;
        this.json = new RinggCallJson(state);
    }

    void register(Router router) {
        router.add("POST", "/calling/outbound/individual",
                call -> placeCall(call, List.of("from_number_id", "from_number")))
                .add("POST", "/calling/v2/outbound/individual",
                        call -> placeCall(call, List.of("number_pool_id", "from_number_id", "from_number")))
                .add("GET", "/calling/history", this::history)
                .add("GET", "/calling/call-details", this::details)
                .add("PATCH", "/campaign/terminate", call -> terminate(call, false, false))
                .add("PATCH", "/campaign/terminate/numbers", call -> terminate(call, true, false))
                .add("PATCH", "/campaign/terminate/campaign-numbers", call -> terminate(call, true, true));
    }

    private Reply placeCall(HttpCall request, List<String> callerFields) {
        JsonNode body = RinggStyle.jsonObject(request);
        String name = RinggStyle.requiredText(body, "name");
        String mobile = RinggStyle.requiredText(body, "mobile_number");
        if (!PhoneNumbers.isE164(mobile)) {
            throw RinggStyle.invalid("body", "mobile_number", "must be E.164 with country code, e.g. +14155550199");
        }
        String agentId = RinggStyle.requiredText(body, "agent_id");
        SandboxAgent agent = state.ringgAgents.get(agentId);
        if (agent == null) {
            throw RinggStyle.notFound("Agent");
        }
        String from = caller(body, callerFields);
        Map<String, String> args = new LinkedHashMap<>();
        JsonNode given = body.get("custom_args_values");
        if (given != null && given.isObject()) {
            given.fields().forEachRemaining(field -> args.put(field.getKey(), field.getValue().asText()));
        }
        args.putIfAbsent("callee_name", name);
        args.put("mobile_number", mobile);
        JsonNode callbackArgs = body.path("callback_args");
        RetrySettings retry = RetrySettings.of(body.get("call_config"));
        SandboxCall call = dialer.place(new SandboxCall.Setup("ringg", agentId, from, mobile, name, args, null,
                Json.text(body, "callback_url"), strings(callbackArgs.get("headers")), strings(callbackArgs.get("params")),
                retry.retryCount(), retry.retryNotPicked(), retry.retryBusy()), Duration.ZERO);
        ObjectNode data = Json.object().put("call_id", call.id()).put("call_direction", "outbound")
                .put("call_status", call.status()).put("initiated_at", Times.naive(call.createdAt()))
                .put("agent_id", agentId);
        data.set("custom_args_values", CallEvents.args(args));
        ObjectNode answer = Json.object().put("status", "success").put("message", "Call initiated successfully");
        answer.set("data", data);
        return Reply.ok(answer);
    }

    /** Exactly one caller source; the number it names must belong to the workspace. */
    private String caller(JsonNode body, List<String> fields) {
        List<String> present = fields.stream().filter(body::hasNonNull).toList();
        if (present.size() != 1) {
            throw RinggStyle.invalid("body", String.join("|", fields),
                    "exactly one of " + String.join(", ", fields) + " is required, got " + present.size());
        }
        String field = present.get(0);
        String value = body.get(field).asText();
        return switch (field) {
            case "number_pool_id" -> state.ringgPool(value).orElseThrow(() -> RinggStyle.notFound("Number pool")).number();
            case "from_number_id" -> state.ringgNumberById(value).orElseThrow(() -> RinggStyle.notFound("Number")).number();
            default -> state.ringgNumber(value).orElseThrow(() -> RinggStyle.notFound("Number")).number();
        };
    }

    private Reply history(HttpCall request) {
        Paging paging = Paging.of(request);
        Predicate<SandboxCall> filter = call -> "ringg".equals(call.provider());
        filter = filter.and(equalsQuery(request, "agent_id", SandboxCall::agentId))
                .and(equalsQuery(request, "status", SandboxCall::status))
                .and(equalsQuery(request, "bulk_list_id", SandboxCall::bulkListId));
        if (request.query("start_date") != null) {
            Instant start = Times.parseFilter("start_date", request.query("start_date"));
            filter = filter.and(call -> !call.createdAt().isBefore(start));
        }
        if (request.query("end_date") != null) {
            Instant end = Times.parseFilter("end_date", request.query("end_date"));
            filter = filter.and(call -> !call.createdAt().isAfter(end));
        }
        List<SandboxCall> matching = new ArrayList<>(state.calls().stream().filter(filter).toList());
        matching.sort(Comparator.comparing(SandboxCall::createdAt).reversed());
        ArrayNode rows = Json.array();
        List<SandboxCall> page = paging.slice(matching);
        page.forEach(call -> rows.add(json.historyRow(call)));
        ObjectNode body = Json.object();
        body.set("calls", rows);
        body.put("limit", paging.limit()).put("offset", paging.offset()).put("count", page.size())
                .put("total", matching.size());
        return Reply.ok(body);
    }

    private static Predicate<SandboxCall> equalsQuery(HttpCall request, String name,
                                                      java.util.function.Function<SandboxCall, String> field) {
        String wanted = request.query(name);
        return wanted == null ? call -> true : call -> wanted.equals(field.apply(call));
    }

    private Reply details(HttpCall request) {
        String id = request.query("id");
        if (id == null || id.isBlank()) {
            throw RinggStyle.invalid("query", "id", "field required");
        }
        SandboxCall call = state.call(id).filter(c -> "ringg".equals(c.provider()))
                .orElseThrow(() -> RinggStyle.notFound("Call"));
        return Reply.ok(json.details(call, request.queryBoolean("send_analysis", false)));
    }

    private Reply terminate(HttpCall request, boolean numbersRequired, boolean campaignRequired) {
        JsonNode body = RinggStyle.jsonObject(request);
        Set<String> numbers = stringSet(body.get("mobile_numbers"));
        Set<String> callIds = stringSet(body.get("call_ids"));
        String campaignId = Json.text(body, "campaign_id");
        String agentId = Json.text(body, "agent_id");
        if (numbers.size() > 100) {
            throw RinggStyle.invalid("body", "mobile_numbers", "at most 100 numbers per request");
        }
        if (numbersRequired && numbers.isEmpty()) {
            throw RinggStyle.invalid("body", "mobile_numbers", "field required");
        }
        if (campaignRequired && campaignId == null) {
            throw RinggStyle.invalid("body", "campaign_id", "field required");
        }
        if (numbers.isEmpty() && callIds.isEmpty() && campaignId == null && agentId == null) {
            throw RinggStyle.invalid("body", "agent_id", "give at least one of agent_id, call_ids, campaign_id, mobile_numbers");
        }
        Instant now = clock.now();
        List<SandboxCall> cancelled = new ArrayList<>();
        for (SandboxCall call : state.calls()) {
            boolean matches = "ringg".equals(call.provider())
                              && (numbers.isEmpty() || numbers.contains(call.toNumber()))
                              && (callIds.isEmpty() || callIds.contains(call.id()))
                              && (campaignId == null || campaignId.equals(call.bulkListId()))
                              && (agentId == null || agentId.equals(call.agentId()));
            if (matches && call.cancelIfWaiting(now)) {
                cancelled.add(call);
            }
        }
        if (cancelled.isEmpty()) {
            return RinggStyle.detail(400, "No calls found to terminate");
        }
        if (campaignId != null && numbers.isEmpty() && callIds.isEmpty()) {
            state.campaign(campaignId).ifPresent(campaign -> campaign.status("terminated", now));
        }
        cancelled.forEach(dialer::cancelled);
        return Reply.ok(Json.object().put("message", "Calls terminated successfully!"));
    }


    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> result = new LinkedHashMap<>();
        if (node != null && node.isObject()) {
            node.fields().forEachRemaining(field -> result.put(field.getKey(), field.getValue().asText()));
        }
        return result;
    }

    private static Set<String> stringSet(JsonNode node) {
        Set<String> result = new java.util.LinkedHashSet<>();
        if (node != null && node.isArray()) {
            node.forEach(item -> result.add(item.asText()));
        }
        return result;
    }
}
