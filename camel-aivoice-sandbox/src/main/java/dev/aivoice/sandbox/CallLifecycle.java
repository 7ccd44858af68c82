package dev.aivoice.sandbox;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.aivoice.sandbox.http.Json;

/**
 * Moves calls through their states on the sandbox clock and announces each step: Ringg events to the agent's
 * subscriptions, the legacy body to the call's callback_url. Ringly documents no events, so its calls only change
 * state.
 */
final class CallLifecycle {

    private final SandboxState state;
    private final SandboxClock clock;
    private final CallTimings timings;
    private final WebhookDispatcher dispatcher;
    private final CallEvents events;

    CallLifecycle(SandboxState state, SandboxClock clock, CallTimings timings, WebhookDispatcher dispatcher) {
        this.state = state;
        this.clock = clock;
        this.timings = timings;
        this.dispatcher = dispatcher;
        this.events = new CallEvents(state);
    }

    /** Dials the call after the dial delay plus {@code wait} (a campaign's place in the queue). */
    void dial(SandboxCall call, Duration wait) {
        clock.schedule(timings.dialDelay().plus(wait), () -> attempt(call));
    }

    private void attempt(SandboxCall call) {
        if (call.isFinished()) {
            return; // cancelled while queued
        }
        call.connect(clock.now());
        announce(call, CallEvents.CALL_STARTED, false);
        if (call.outcome().result() == CallOutcome.Result.ANSWERED) {
            clock.schedule(call.outcome().talkTime(), () -> {
                call.complete(clock.now(), call.calleeName() == null ? "there" : call.calleeName());
                state.charge(CallEvents.cost(call));
                announce(call, CallEvents.CALL_COMPLETED, false);
                clock.schedule(timings.processingDelay(), () -> process(call));
            });
        } else {
            clock.schedule(timings.ringTimeout(), () -> {
                boolean retry = call.missAttempt(clock.now());
                announce(call, CallEvents.CALL_COMPLETED, false);
                if (retry) {
                    clock.schedule(retryWait(call), () -> {
                        if (!call.isFinished()) {
                            call.nextAttempt();
                            attempt(call);
                        }
                    });
                } else {
                    clock.schedule(timings.processingDelay(), () -> process(call));
                }
            });
        }
    }

    private void process(SandboxCall call) {
        if (call.status().equals("completed")) {
            announce(call, CallEvents.RECORDING_COMPLETED, false);
            announce(call, CallEvents.PLATFORM_ANALYSIS_COMPLETED, false);
            announce(call, CallEvents.CLIENT_ANALYSIS_COMPLETED, false);
        }
        announce(call, CallEvents.ALL_PROCESSING_COMPLETED, true);
        finishCampaignIfDone(call.bulkListId());
    }

    private Duration retryWait(SandboxCall call) {
        return call.outcome().result() == CallOutcome.Result.BUSY ? call.setup().retryBusy() : call.setup().retryNotPicked();
    }

    private void announce(SandboxCall call, String eventType, boolean withAnalysis) {
        if (!"ringg".equals(call.provider())) {
            return;
        }
        byte[] body = Json.bytes(events.event(eventType, call));
        for (EventSubscription subscription : state.subscriptions(call.agentId())) {
            if (subscription.wants(eventType)) {
                Map<String, String> headers = new LinkedHashMap<>(subscription.headers());
                if (headers.keySet().stream().noneMatch("content-type"::equalsIgnoreCase)) {
                    headers.put("Content-Type", "application/json");
                }
                dispatcher.deliver(new WebhookDispatcher.Target(subscription.callbackUrl(), subscription.methodType(),
                        headers), eventType, call.id(), body);
            }
        }
        String callbackUrl = call.setup().callbackUrl();
        boolean statusChange = !eventType.equals(CallEvents.RECORDING_COMPLETED)
                               && !eventType.endsWith("analysis_completed");
        if (callbackUrl != null && statusChange) {
            // callback_args.headers only: Ringg does not add Content-Type to the legacy callback
            dispatcher.deliver(new WebhookDispatcher.Target(withQuery(callbackUrl, call.setup().callbackParams()), "POST",
                    call.setup().callbackHeaders()), "callback", call.id(),
                    Json.bytes(events.legacyCallback(call, withAnalysis)));
        }
    }

    private void finishCampaignIfDone(String listId) {
        if (listId == null) {
            return;
        }
        state.campaign(listId).ifPresent(campaign -> {
            boolean allDone = campaign.callIds().stream()
                    .allMatch(id -> state.call(id).map(SandboxCall::isFinished).orElse(true));
            if (allDone && campaign.status().equals("ongoing")) {
                campaign.status("completed", clock.now());
            }
        });
    }

    void terminated(SandboxCall call) {
        finishCampaignIfDone(call.bulkListId());
    }

    private static String withQuery(String url, Map<String, String> params) {
        if (params.isEmpty()) {
            return url;
        }
        StringBuilder result = new StringBuilder(url).append(url.contains("?") ? '&' : '?');
        params.forEach((name, value) -> result.append(encode(name)).append('=').append(encode(value)).append('&'));
        return result.substring(0, result.length() - 1);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
