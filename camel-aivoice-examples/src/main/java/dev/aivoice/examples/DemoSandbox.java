package dev.aivoice.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.aivoice.sandbox.CallOutcome;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.SandboxClock;

/**
 * The sandbox the example runs on when no provider is configured: a clock 60 times faster than real time, and
 * outcomes that make a realistic report (numbers ending in 13 do not pick up, 27 are busy, the rest talk).
 */
final class DemoSandbox {

    static final double SPEED = 60;
    /** Two sandbox minutes: how often the demo reads the call history for outcomes the webhook missed. */
    static final String BACKFILL_INTERVAL = "2s";
    /** Monday 2 March 2026, 10:00 in California (13:00 in New York, 23:30 in India) when the demo starts. */
    static final Instant DEMO_START = Instant.parse("2026-03-02T18:00:00Z");

    private DemoSandbox() {
    }

    /** @param webhookOutage delivery attempts that fail as if the application were unreachable (0: none) */
    static ProviderSandbox start(int webhookOutage) {
        return start().failNextDeliveries(webhookOutage);
    }

    static ProviderSandbox start() {
        return ProviderSandbox.builder()
                .clock(SandboxClock.accelerated(SPEED))
                .outcome("13", CallOutcome.notAnswered())
                .outcome("27", CallOutcome.busy())
                .outcome("5", CallOutcome.answered(Duration.ofSeconds(95),
                        "Interested in the premium plan; asked for a quote by e-mail."))
                .defaultOutcome(CallOutcome.answered(Duration.ofSeconds(48),
                        "Confirmed the renewal date and the contact details."))
                .start();
    }

    /** A clock that runs in real time from {@link #DEMO_START}: the calling window gives the same answers at any hour. */
    static Clock clock() {
        return Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), DEMO_START));
    }

    /** The Camel properties that point the routes at the sandbox. */
    static Map<String, String> properties(ProviderSandbox sandbox) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("ringly.apiKey", ProviderSandbox.RINGLY_API_KEY);
        properties.put("ringly.baseUrl", sandbox.ringlyBaseUrl());
        properties.put("ringly.fromNumber", ProviderSandbox.RINGLY_FROM_NUMBER);
        properties.put("ringly.agentTag", ProviderSandbox.RINGLY_AGENT_TAG);
        properties.put("ringg.apiKey", ProviderSandbox.RINGG_API_KEY);
        properties.put("ringg.baseUrl", sandbox.ringgBaseUrl());
        properties.put("ringg.agentId", ProviderSandbox.RINGG_AGENT_ID);
        properties.put("ringg.numberPoolId", ProviderSandbox.RINGG_NUMBER_POOL_ID);
        return properties;
    }
}
