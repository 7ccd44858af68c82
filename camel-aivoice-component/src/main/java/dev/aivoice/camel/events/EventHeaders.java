package dev.aivoice.camel.events;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.correlation.CorrelationIds;
import org.apache.camel.Message;

/** Puts a call event and its describing headers on the message the route receives. */
final class EventHeaders {

    private EventHeaders() {
    }

    static void describe(Message message, CallEvent event) {
        message.setBody(event);
        message.setHeader(AiVoiceConstants.PROVIDER, event.getProvider());
        message.setHeader(AiVoiceConstants.EVENT_TYPE, event.getEventType());
        setIfPresent(message, AiVoiceConstants.CALL_ID, event.getCallId());
        setIfPresent(message, AiVoiceConstants.CALL_STATUS, event.getStatus());
        CorrelationIds.describe(message, event.getCustomVariables()); // issue 11
    }

    private static void setIfPresent(Message message, String header, Object value) {
        if (value != null) {
            message.setHeader(header, value);
        }
    }
}
