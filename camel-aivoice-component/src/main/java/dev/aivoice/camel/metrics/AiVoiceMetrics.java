package dev.aivoice.camel.metrics;

import org.apache.camel.CamelContext;

/**
 * What the component measures. {@link #NONE} records nothing; {@link #of(CamelContext)} gives the Micrometer-backed
 * one when Micrometer is on the class path and a {@code MeterRegistry} is in the Camel registry. Only
 * {@link MicrometerMetrics} names Micrometer types, so without Micrometer none of them is ever loaded.
 */
public interface AiVoiceMetrics {

    /** Records nothing: the default, at no cost. */
    AiVoiceMetrics NONE = new AiVoiceMetrics() {
    };

    /** One exchange's operation: {@code outcome} is {@code success} or the exception's simple name. */
    default void request(String provider, String api, String operation, String outcome, long nanos) {
    }

    /** A call-placing request the provider accepted. */
    default void callPlaced(String provider) {
    }

    default void retry(String provider) {
    }

    /** Time a request waited for its {@code maxRequestsPerSecond} slot. */
    default void pacingDelay(String provider, long nanos) {
    }

    /** One webhook request and the HTTP status it was answered with. */
    default void webhookDelivery(String provider, String eventType, int answer) {
    }

    default void webhookDuplicate(String provider) {
    }

    /** An outcome routed from the call history because the webhook never delivered it. */
    default void backfillEvent(String provider) {
    }

    /**
     * The metrics of this Camel context: Micrometer when both Micrometer and a {@code MeterRegistry} bean are there,
     * else {@link #NONE}.
     */
    static AiVoiceMetrics of(CamelContext context) {
        if (context.getClassResolver().resolveClass("io.micrometer.core.instrument.MeterRegistry") == null) {
            return NONE;
        }
        return MicrometerMetrics.from(context);
    }
}
