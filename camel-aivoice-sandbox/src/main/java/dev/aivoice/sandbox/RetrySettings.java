package dev.aivoice.sandbox;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code call_config.call_retry_config}: how many retries, and the waits in minutes (Ringg default 30). */
record RetrySettings(int retryCount, Duration retryNotPicked, Duration retryBusy) {

    static RetrySettings of(JsonNode callConfig) {
        JsonNode retry = callConfig == null ? null : callConfig.get("call_retry_config");
        if (retry == null || !retry.isObject()) {
            return new RetrySettings(0, Duration.ofMinutes(30), Duration.ofMinutes(30));
        }
        return new RetrySettings(retry.path("retry_count").asInt(0), minutes(retry, "retry_not_picked"),
                minutes(retry, "retry_busy"));
    }

    private static Duration minutes(JsonNode retry, String field) {
        return Duration.ofSeconds(Math.round(retry.path(field).asDouble(30) * 60));
    }
}
