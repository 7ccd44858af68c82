package dev.aivoice.camel.reliability;

import java.util.function.Supplier;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.validation.FieldValidator;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;

/**
 * An exchange's idempotency key, evaluated once by the producer before anything is built: the header
 * {@code CamelAiVoiceIdempotencyKey}, else the endpoint's {@code idempotencyKey} expression. Call-placing requests
 * carry it ({@code ApiRequest.Builder.idempotencyKey(IdempotencyKey.of(exchange))}) to the duplicate-dial guard.
 */
public final class IdempotencyKey {

    /** Where the producer leaves the evaluated key for the operation's handler. */
    static final String PROPERTY = "CamelAiVoiceIdempotencyKeyEvaluated";

    private IdempotencyKey() {
    }

    /**
     * Evaluates the key of this exchange and keeps it on the exchange. A blank header fails at once; an expression
     * that gives a blank leaves no key, which the guard refuses for call-placing requests only.
     *
     * @param expression the endpoint's {@code idempotencyKey}, null when only the header gives keys
     */
    public static void evaluate(Exchange exchange, Expression expression, Supplier<FieldValidator> validator) {
        Object header = exchange.getMessage().getHeader(AiVoiceConstants.IDEMPOTENCY_KEY);
        String key = null;
        if (header != null) {
            key = header.toString();
            if (key.isBlank()) {
                throw validator.get().invalid(AiVoiceConstants.IDEMPOTENCY_KEY + " header", GuardedSender.NO_KEY);
            }
        } else if (expression != null) {
            key = expression.evaluate(exchange, String.class);
        }
        if (key == null || key.isBlank()) {
            if (exchange.getProperty(PROPERTY) != null) {
                // left by an aivoice endpoint earlier in the route
                exchange.removeProperty(PROPERTY);
            }
        } else {
            exchange.setProperty(PROPERTY, key);
        }
    }

    /** The key the producer evaluated for this exchange, or null. */
    public static String of(Exchange exchange) {
        return exchange.getProperty(PROPERTY, String.class);
    }
}
