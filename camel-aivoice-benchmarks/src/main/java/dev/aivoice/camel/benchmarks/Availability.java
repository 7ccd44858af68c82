package dev.aivoice.camel.benchmarks;

import dev.aivoice.camel.AiVoiceProviders;
import org.apache.camel.CamelContext;
import org.apache.camel.Consumer;

/** Which operations this build of the component has: figures of missing ones are printed as skipped. */
public final class Availability {

    private Availability() {
    }

    public static boolean hasOperation(String provider, String api, String operation) {
        try {
            return AiVoiceProviders.provider(provider).handler(api, operation) != null;
        } catch (UnsupportedOperationException | IllegalArgumentException notInThisBuild) {
            return false;
        }
    }

    /** Whether the endpoint can create a consumer (it is not started, only created and thrown away). */
    public static boolean hasConsumer(CamelContext context, String uri) {
        try {
            Consumer consumer = context.getEndpoint(uri).createConsumer(exchange -> {
            });
            return consumer != null;
        } catch (Exception notInThisBuild) {
            return false;
        }
    }
}
