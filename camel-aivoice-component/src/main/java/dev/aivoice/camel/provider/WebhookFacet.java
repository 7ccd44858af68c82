package dev.aivoice.camel.provider;

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

/**
 * The webhook side of a provider: what its deliveries look like and how it is told where to send them. The
 * provider-neutral consumer ({@code events/}) does the rest: HTTP, bearer auth, body limit, dedupe, routing, answers.
 */
public interface WebhookFacet {

    /** The consumer APIs the webhook serves, e.g. {@code events}. */
    Set<String> apis();

    /** The path listened on when the endpoint leaves {@code webhookPath} at its default. */
    String defaultPath();

    /** Every event type the {@code eventTypes} option may name. */
    Set<String> eventTypes();

    /** The HTTP methods deliveries come with, comma-separated. */
    default String deliveryMethods() {
        return "POST";
    }

    /** Reads one delivery's body into the event the route receives (its type, call id and status among it). */
    CallEvent parse(byte[] body) throws NotAnEventException;

    /**
     * The key under which a delivery is remembered, so a redelivery is answered without routing it again; null when
     * the event cannot be told from another one (no call id), then every delivery is routed.
     */
    default String dedupeKey(CallEvent event) {
        if (event.getCallId() == null) {
            return null;
        }
        String attempt = event.getAttempt() == null ? "0" : event.getAttempt().toString();
        return DedupeKey.of(event.getProvider(), event.getCallId(), event.getEventType(), attempt);
    }

    /** Registering the webhook with the provider when the consumer starts ({@code autoSubscribe}); empty: none. */
    default Optional<Subscription> subscription() {
        return Optional.empty();
    }

    /** Finding final outcomes the webhook never delivered ({@code backfillInterval}); empty: none. */
    default Optional<OutcomeBackfill> backfill() {
        return Optional.empty();
    }

    /** The webhook's subscription call at start. */
    interface Subscription {

        /** Fails, naming the option, when the endpoint lacks what subscribing needs; called before anything starts. */
        void check(AiVoiceEndpoint endpoint);

        /**
         * Registers the endpoint's {@code publicUrl} for the event types the consumer routes (empty: all).
         *
         * @return what was subscribed, for the log
         */
        Object subscribe(AiVoiceEndpoint endpoint, List<String> routedTypes) throws Exception;
    }

    /** Reading final call outcomes from the provider's call history. */
    interface OutcomeBackfill {

        /** The event type that carries a call's outcome for a consumer routing those types (empty: all). */
        String outcomeType(List<String> routedTypes);

        /** True when an event of that type carries the call's final outcome (when its status is final). */
        default boolean carriesOutcome(String eventType, String outcomeType) {
            return outcomeType.equals(eventType);
        }

        /** A backfill routing the outcomes it finds through {@code delivery}, as {@code outcomeType} events. */
        Backfill create(AiVoiceEndpoint endpoint, Backfill.Delivery delivery, String outcomeType, Duration grace,
                        WatermarkMarks marks, Clock clock);
    }
}
