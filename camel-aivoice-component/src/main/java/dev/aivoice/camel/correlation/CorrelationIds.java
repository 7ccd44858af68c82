package dev.aivoice.camel.correlation;

import java.util.Map;

import dev.aivoice.camel.AiVoiceConstants;
import org.apache.camel.Exchange;
import org.apache.camel.Expression;
import org.apache.camel.Message;

/**
 * The correlation id round trip: an id of the caller's (a CRM lead id) goes out inside the call's variables under
 * {@link #VARIABLE} and comes back on every event of the call as the header {@code CamelAiVoiceCorrelationId}.
 * Letters and underscores only, so it is a valid Ringly {@code dynamic_variables} key and a Ringg custom argument.
 */
public final class CorrelationIds {

    /** The variable the id travels in. */
    public static final String VARIABLE = "aivoice_correlation_id";

    private CorrelationIds() {
    }

    /**
     * The exchange's correlation id: the header, else the {@code correlationId} option evaluated as a simple
     * expression; null when neither gives one.
     */
    public static String of(Exchange exchange, String option) {
        String id = exchange.getMessage().getHeader(AiVoiceConstants.CORRELATION_ID, String.class);
        if ((id == null || id.isBlank()) && option != null && !option.isBlank()) {
            Expression expression = exchange.getContext().resolveLanguage("simple").createExpression(option);
            expression.init(exchange.getContext());
            id = expression.evaluate(exchange, String.class);
        }
        return id == null || id.isBlank() ? null : id;
    }

    /** Adds the exchange's correlation id, if any, to the call's variables (it replaces a value given there). */
    public static void addTo(Map<Object, Object> variables, Exchange exchange, String option) {
        String id = of(exchange, option);
        if (id != null) {
            variables.put(VARIABLE, id);
        }
    }

    /** Sets the header {@code CamelAiVoiceCorrelationId} from an event's variables, when they carry the id. */
    public static void describe(Message message, Map<String, String> variables) {
        String id = variables == null ? null : variables.get(VARIABLE);
        if (id != null) {
            message.setHeader(AiVoiceConstants.CORRELATION_ID, id);
        }
    }
}
