package dev.aivoice.camel;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.aivoice.camel.compliance.ComplianceGate;
import dev.aivoice.camel.keys.AccountKey;
import dev.aivoice.camel.provider.OperationContext;

/**
 * What a started endpoint sends through: its {@link SendChains}, and for each operation of its api the context the
 * operation's handler builds and sends its requests with. Built when the endpoint starts, stopped with it; never
 * changed in place, so producers read it without locking.
 */
final class OperationContexts {

    private final AiVoiceEndpoint endpoint;
    private final SendChains sending;
    /** Issue 14: the key of the endpoint's account, shared with the component's other endpoints using it. */
    private final AccountKey accountKey;
    private final Map<String, OperationContext> byOperation;

    /** @param operations the api's operations; none for a consumer-only api (no guard, retries or pacing then) */
    OperationContexts(AiVoiceEndpoint endpoint, List<String> operations, ComplianceGate compliance) throws Exception {
        this.endpoint = endpoint;
        this.sending = new SendChains(endpoint, !operations.isEmpty());
        this.accountKey = ((AiVoiceComponent) endpoint.getComponent()).accountKeys().of(endpoint.getProvider(),
                endpoint.getServiceUrl(), endpoint.getConfiguration().getApiKey());
        Map<String, OperationContext> contexts = new HashMap<>();
        for (String operation : operations) {
            contexts.put(operation, new OperationContext(endpoint.getProviderSpi(), endpoint.getApi(), operation,
                    endpoint.getConfiguration(), compliance.clock(), accountKey, sending::chain)
                    .compliance(compliance)); // issue 16: gate, clock
        }
        this.byOperation = Map.copyOf(contexts);
    }

    /** The context of one of the api's operations (resolved and checked by the producer). */
    OperationContext get(String operation) {
        OperationContext context = byOperation.get(operation);
        if (context == null) {
            throw new IllegalArgumentException("aivoice:" + endpoint.getProvider() + ":" + endpoint.getApi()
                                               + " has no operation " + operation + ": nothing sent");
        }
        return context;
    }

    /**
     * A context for an operation of another api of this provider (the webhook consumer subscribes through one): its
     * requests are sent once, at once, unguarded.
     */
    OperationContext forOtherApi(String api, String operation) {
        return new OperationContext(endpoint.getProviderSpi(), api, operation, endpoint.getConfiguration(),
                Clock.systemUTC(), accountKey, sending::unguarded);
    }

    /** Runs the rest of an exchange on a sender thread; on the current thread should they be stopped. */
    void continueOnSender(Runnable rest) {
        sending.continueOnSender(rest);
    }

    /** Exchanges still waiting for a retry or a pacing slot fail now instead of hanging; the client is let go. */
    void stop() {
        sending.stop();
    }
}
