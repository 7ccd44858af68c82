package dev.aivoice.camel.events;

import java.util.function.Predicate;

import dev.aivoice.camel.reliability.KeyClaims;
import org.apache.camel.spi.IdempotentRepository;

/**
 * Which path routed a call's final outcome, kept in the consumer's {@link IdempotentRepository} beside the event
 * keys, so that with backfill on each outcome is routed once, by the webhook or from the history. The outcome event
 * is the one the provider's backfill names for the types the consumer routes (Ringg: {@code all_processing_completed}
 * when it routes that type or every type, else the final {@code call_completed}; its legacy callback with a final
 * status too). Such an event marks {@code provider|call|outcome|webhook} before it is routed (and unmarks it when the
 * route fails); the backfill routes a call only when that mark is absent, under the key
 * {@code provider|call|outcome|history}, as an event of the same type; any final webhook event arriving after the
 * history routed the call is answered 200 and not routed. Without backfill it does nothing (no extra keys).
 * <p>
 * Issue 15: with a repository several instances share, the webhook on one and the history on another (or two
 * histories) may reach the same outcome at once. So either path first claims {@code provider|call|outcome|claim}
 * ({@link KeyClaims#claim}, the store's primary key decides); the loser does not route, and a failed route releases
 * the claim. One outcome is routed once cluster-wide, also when a second final webhook event of the call comes.
 */
final class OutcomeLedger {

    static final OutcomeLedger OFF = new OutcomeLedger(null, type -> false);

    private final IdempotentRepository repository;
    private final Predicate<String> carriesOutcome;

    /**
     * @param repository     null for off
     * @param carriesOutcome the event types whose final events claim the outcome (the provider's, for this consumer)
     */
    OutcomeLedger(IdempotentRepository repository, Predicate<String> carriesOutcome) {
        this.repository = repository;
        this.carriesOutcome = carriesOutcome;
    }

    private boolean claims(CallEvent event) {
        return isFinal(event) && carriesOutcome.test(event.getEventType());
    }

    /** True for an event that carries the call's final outcome. */
    static boolean isFinal(CallEvent event) {
        return event.getCallId() != null && event.getCallStatus() != null && event.getCallStatus().isFinal();
    }

    static String historyKey(CallEvent event) {
        return event.getProvider() + "|" + event.getCallId() + "|outcome|history";
    }

    private static String webhookKey(CallEvent event) {
        return event.getProvider() + "|" + event.getCallId() + "|outcome|webhook";
    }

    private static String claimKey(CallEvent event) {
        return event.getProvider() + "|" + event.getCallId() + "|outcome|claim";
    }

    /** A final webhook event whose outcome the history already routed. */
    boolean routedFromHistory(CallEvent event) {
        return repository != null && isFinal(event) && repository.contains(historyKey(event));
    }

    /**
     * Claims the outcome for the webhook and marks it before the route runs.
     *
     * @return false when the outcome is someone else's (the history, or another final event): do not route it
     */
    boolean webhookRouting(CallEvent event) {
        if (repository != null && claims(event)) {
            if (!KeyClaims.claim(repository, claimKey(event))) {
                return false;
            }
            String key = webhookKey(event);
            KeyClaims.claim(repository, key);
            repository.confirm(key);
        }
        return true;
    }

    /** The route failed: the provider redelivers, and meanwhile the history may route the outcome. */
    void webhookFailed(CallEvent event) {
        if (repository != null && claims(event)) {
            repository.remove(webhookKey(event));
            repository.remove(claimKey(event));
        }
    }

    /** Claims the outcome for the history before it is routed; false when the webhook or another instance has it. */
    boolean historyRouting(CallEvent event) {
        return repository == null || KeyClaims.claim(repository, claimKey(event));
    }

    /** The history did not route the outcome it claimed: the next round, or the webhook, may. */
    void historyFailed(CallEvent event) {
        if (repository != null) {
            repository.remove(claimKey(event));
        }
    }

    /** True when a webhook event routed (or is routing) the call's final outcome. */
    boolean deliveredByWebhook(CallEvent event) {
        return repository != null && repository.contains(webhookKey(event));
    }

    /** True when either path routed the call's outcome. */
    boolean routed(String provider, String callId) {
        String prefix = provider + "|" + callId + "|outcome|";
        return repository != null && (repository.contains(prefix + "webhook") || repository.contains(prefix + "history"));
    }
}
