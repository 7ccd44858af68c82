package dev.aivoice.camel.events;

import java.time.Instant;

/** A provider's way of finding final call outcomes the webhook never delivered (issue 11). */
public interface Backfill {

    /** Routes what one event through the consumer's gate; true when it was routed now. */
    @FunctionalInterface
    interface Delivery {
        boolean route(CallEvent event) throws Exception;
    }

    /** One round: reads what ended since the watermark, routes the missing outcomes, moves the watermark. */
    void poll() throws Exception;

    /** Calls that ended before this were all seen; null before the first round. */
    Instant watermark();

    /** Outcomes routed from the history since start. */
    long routed();
}
