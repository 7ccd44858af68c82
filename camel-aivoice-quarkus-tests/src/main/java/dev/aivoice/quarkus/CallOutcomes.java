package dev.aivoice.quarkus;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.aivoice.camel.events.CallEvent;
import jakarta.enterprise.context.ApplicationScoped;

/** The last event received per call id: where a real app would update its CRM. */
@ApplicationScoped
public class CallOutcomes {

    private final Map<String, CallEvent> byCallId = new ConcurrentHashMap<>();

    void record(CallEvent event) {
        byCallId.put(event.getCallId(), event);
    }

    public Optional<CallEvent> outcomeOf(String callId) {
        return Optional.ofNullable(byCallId.get(callId));
    }
}
