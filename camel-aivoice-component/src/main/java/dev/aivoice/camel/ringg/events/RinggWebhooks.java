package dev.aivoice.camel.ringg.events;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.aivoice.camel.AiVoiceEndpoint;
import dev.aivoice.camel.events.Backfill;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.events.DedupeKey;
import dev.aivoice.camel.events.NotAnEventException;
import dev.aivoice.camel.events.WatermarkMarks;
import dev.aivoice.camel.provider.WebhookFacet;

/**
 * Ringg's webhook ({@code aivoice:ringg:events}): the flat event bodies and the legacy per-call callback, delivered
 * with the method the subscription names; subscribed at start through {@code agent/subscribeEvents}; missed outcomes
 * read back from the call history.
 */
public final class RinggWebhooks implements WebhookFacet, WebhookFacet.OutcomeBackfill {

    public static final String DEFAULT_PATH = "/aivoice/ringg/events";

    private final CallEventParser parser;

    public RinggWebhooks(String provider) {
        this.parser = new CallEventParser(provider);
    }

    @Override
    public Set<String> apis() {
        return Set.of("events");
    }

    @Override
    public String defaultPath() {
        return DEFAULT_PATH;
    }

    @Override
    public Set<String> eventTypes() {
        return EventTypes.KNOWN;
    }

    /** A Ringg subscription names its method_type: POST (the default), PUT or PATCH. */
    @Override
    public String deliveryMethods() {
        return "POST,PUT,PATCH";
    }

    @Override
    public CallEvent parse(byte[] body) throws NotAnEventException {
        return parser.parse(body);
    }

    /**
     * Provider, call, event type and attempt. The legacy callback fires on every status change of a call, so its
     * status is part of its key.
     */
    @Override
    public String dedupeKey(CallEvent event) {
        if (event.getCallId() == null) {
            return null;
        }
        String attempt = event.getAttempt() == null ? "0" : event.getAttempt().toString();
        String status = EventTypes.CALLBACK.equals(event.getEventType()) ? event.getStatus() : null;
        // issue 12: length-prefixed parts, so a '|' inside an id cannot make two events share a key
        return DedupeKey.of(event.getProvider(), event.getCallId(), event.getEventType(), attempt, status);
    }

    @Override
    public Optional<Subscription> subscription() {
        return Optional.of(new RinggSubscription());
    }

    @Override
    public Optional<WebhookFacet.OutcomeBackfill> backfill() {
        return Optional.of(this);
    }

    /** The most complete final event the consumer routes: all_processing_completed if routed, else call_completed. */
    @Override
    public String outcomeType(List<String> routedTypes) {
        return routedTypes.isEmpty() || routedTypes.contains(EventTypes.ALL_PROCESSING_COMPLETED)
                ? EventTypes.ALL_PROCESSING_COMPLETED : EventTypes.CALL_COMPLETED;
    }

    /** The legacy callback with a final status carries the outcome too. */
    @Override
    public boolean carriesOutcome(String eventType, String outcomeType) {
        return outcomeType.equals(eventType) || EventTypes.CALLBACK.equals(eventType);
    }

    @Override
    public Backfill create(AiVoiceEndpoint endpoint, Backfill.Delivery delivery, String outcomeType, Duration grace,
                           WatermarkMarks marks, Clock clock) {
        return new HistoryBackfill(endpoint, delivery, outcomeType, grace, marks, clock);
    }
}
