package dev.aivoice.camel.benchmarks;

import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.aivoice.camel.ringly.model.RinglyCallRequest;
import dev.aivoice.camel.ringly.model.RinglyCallResponse;

/**
 * One call-placing request as all three contenders send it: where it goes, how it authenticates, the request object
 * a route would have in hand, the type its answer is read into and how to find the call status in that answer.
 */
public record CallSpec(String provider, String baseUrl, String path, String authHeader, String apiKey,
                       Supplier<Object> request, Class<?> answerType, Function<Object, String> statusOf,
                       String expectedStatus, String aivoiceUri) {

    static final String RINGLY_KEY = "ringly-bench-key-0001";
    static final String RINGG_KEY = "ringg-bench-key-0001";

    public static CallSpec ringly(LoopbackProvider server) {
        return new CallSpec("ringly", server.ringlyBaseUrl(), LoopbackProvider.RINGLY_CALL_PATH, "Authorization",
                RINGLY_KEY,
                () -> new RinglyCallRequest("+14155550199").setFromNumber("+12025550143").setAgentTag("agent_7f3c9a")
                        .variable("customer_name", "Jack"),
                RinglyCallResponse.class, answer -> ((RinglyCallResponse) answer).getCallStatus(), "registered",
                "aivoice:ringly:call?apiKey=" + RINGLY_KEY + "&baseUrl=" + server.ringlyBaseUrl());
    }

    /** The body is a Map of Ringg's field names, which every contender (and the component) accepts as it is. */
    public static CallSpec ringg(LoopbackProvider server) {
        return new CallSpec("ringg", server.ringgBaseUrl(), LoopbackProvider.RINGG_CALL_PATH, "X-API-KEY", RINGG_KEY,
                () -> Map.of("name", "Asha", "mobile_number", "+919876543210",
                        "agent_id", "3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b",
                        "from_number_id", "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e",
                        "custom_args_values", Map.of("order_id", "A-17")),
                Map.class, answer -> String.valueOf(((Map<?, ?>) ((Map<?, ?>) answer).get("data")).get("call_status")),
                "ongoing",
                "aivoice:ringg:call?apiKey=" + RINGG_KEY + "&baseUrl=" + server.ringgBaseUrl());
    }

    public String url() {
        return baseUrl + path;
    }

    /** Fails the benchmark when an answer is not the expected one: a fast wrong answer must never count. */
    public void check(String status) {
        if (!expectedStatus.equals(status)) {
            throw new IllegalStateException(provider + " call answered with status " + status + ", expected "
                                            + expectedStatus);
        }
    }
}
