package dev.aivoice.sandbox;

import java.util.List;
import java.util.Map;

/** One entry of an assistant's {@code event_subscriptions}: which events go to which URL with which headers. */
public record EventSubscription(List<String> eventTypes, String callbackUrl, Map<String, String> headers,
        String methodType) {

    public EventSubscription {
        eventTypes = List.copyOf(eventTypes);
        headers = Map.copyOf(headers);
    }

    boolean wants(String eventType) {
        return eventTypes.contains(eventType);
    }
}
