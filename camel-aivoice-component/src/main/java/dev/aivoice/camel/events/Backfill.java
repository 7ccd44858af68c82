package dev.aivoice.camel.events;

import java.time.Instant;


/** A provider's way of finding final call outcomes the webhook never delivered (issue 11). */
public interface Backfill {

    /** The consumer's side: what was routed already, and routing through its gate. */
    interface Delivery {

        /** True when the call's outcome was routed (by the webhook or the history): nothing to read or route. */
        boolean alreadyRouted(String callId);

        /** Routes the outcome through the consumer's gate; true when it was routed now. */
        boolean route(CallEvent event) throws Exception;
    }

    /** One round: reads what ended since the watermark, routes the missing outcomes, moves the watermark. */
    void poll() throws Exception;

    /** Calls that ended before this were all seen; null before the first round. */
    Instant watermark();

    /** Outcomes routed from the history since start. */
    long routed();
}
