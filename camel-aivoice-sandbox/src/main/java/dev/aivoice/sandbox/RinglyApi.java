package dev.aivoice.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.sandbox.http.HttpCall;
import dev.aivoice.sandbox.http.Reply;
import dev.aivoice.sandbox.http.Router;

/**
 * Ringly's one documented endpoint, {@code POST /make-outbound-call-v2}: raw key in {@code Authorization}, the
 * request echoed back with {@code call_status: registered}, and the six {@code error_message} answers.
 */
final class RinglyApi {

    static final String PREFIX = "/ringly/api/1.1/wf";
    private static final Pattern VARIABLE_KEY = Pattern.compile("^[A-Za-z_]+$");

    private final SandboxState state;
    private final SandboxClock clock;
    private final Dialer dialer;
    private final int callsPerMinute;
    private final Deque<Instant> recentCalls = new ArrayDeque<>();

    RinglyApi(SandboxState state, SandboxClock clock, Dialer dialer, int callsPerMinute) {
        this.state = state;
        this.clock = clock;
        this.dialer = dialer;
        this.callsPerMinute = callsPerMinute;
    }

    Router router() {
        return new Router(PREFIX, this::authenticate).add("POST", "/make-outbound-call-v2", this::makeCall);
    }

    private Reply authenticate(HttpCall call) {
        String key = call.header("Authorization");
        return key != null && state.ringlyKeys.contains(key) ? null : error(RinglyError.INVALID_API_KEY);
    }

    private Reply makeCall(HttpCall call) {
        if (state.ringlyTrialEnded) {
            return error(RinglyError.TRIAL_ENDED);
        }
        JsonNode body = call.jsonOrNull();
        if (body == null || !body.isObject() || !isText(body, "from_number") || !isText(body, "to_number")
            || !isText(body, "agent_tag") || !PhoneNumbers.isE164(body.get("to_number").asText())
            || !validVariables(body.get("dynamic_variables"))) {
            return error(RinglyError.INVALID_REQUEST);
        }
        String from = body.get("from_number").asText();
        String agentTag = body.get("agent_tag").asText();
        if (!state.ringlyAgentTags.contains(agentTag) || !state.ringlyNumbers.contains(from)) {
            return error(RinglyError.ASSET_NOT_FOUND);
        }
        if (overRateLimit()) {
            return error(RinglyError.RATE_LIMITED);
        }
        Map<String, String> variables = new LinkedHashMap<>();
        JsonNode dynamic = body.get("dynamic_variables");
        if (dynamic != null) {
            dynamic.fields().forEachRemaining(field -> variables.put(field.getKey(), field.getValue().asText()));
        }
        String to = body.get("to_number").asText();
        dialer.place(new SandboxCall.Setup("ringly", agentTag, from, to, variables.get("customer_name"), variables, null,
                null, Map.of(), Map.of(), 0, Duration.ZERO, Duration.ZERO), Duration.ZERO);
        ObjectNode answer = ((ObjectNode) body).deepCopy();
        answer.put("call_status", "registered");
        return Reply.ok(answer);
    }

    private synchronized boolean overRateLimit() {
        if (callsPerMinute <= 0) {
            return false;
        }
        Instant now = clock.now();
        for (Iterator<Instant> it = recentCalls.iterator(); it.hasNext();) {
            if (!it.next().isAfter(now.minus(Duration.ofMinutes(1)))) {
                it.remove();
            }
        }
        if (recentCalls.size() >= callsPerMinute) {
            return true;
        }
        recentCalls.add(now);
        return false;
    }

    private static boolean isText(JsonNode body, String field) {
        return body.hasNonNull(field) && body.get(field).isTextual() && !body.get(field).asText().isBlank();
    }

    private static boolean validVariables(JsonNode variables) {
        if (variables == null || variables.isNull()) {
            return true;
        }
        if (!variables.isObject()) {
            return false;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!VARIABLE_KEY.matcher(field.getKey()).matches() || !field.getValue().isValueNode()) {
                return false;
            }
        }
        return true;
    }

    private Reply error(RinglyError error) {
        return error.reply(state.ringlyErrorsAsHttp200);
    }
}
