package dev.aivoice.camel.ringg.call;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationHandler;
import dev.aivoice.camel.provider.RequestFields;
import dev.aivoice.camel.ringg.RinggAnswers;
import dev.aivoice.camel.ringg.model.RinggCallDetails;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * {@code aivoice:ringg:call?operation=get}: one call's details. The call id comes from the header
 * {@code CamelAiVoiceCallId}, else the body (the id as text, or {@code {"id": ..., "send_analysis": true}}).
 */
public final class CallGetHandler implements OperationHandler {

    static final String PATH = "/calling/call-details";

    @Override
    public CompletionStage<Void> handle(Exchange exchange, OperationContext context) {
        Message message = exchange.getMessage();
        Map<String, Object> fields = new LinkedHashMap<>();
        Object body = message.getBody();
        if (body instanceof String text && !text.isBlank() && !text.strip().startsWith("{")) {
            fields.put("id", text.strip());
        } else {
            fields.putAll(RequestFields.read(exchange, Map.class, context.validator()));
        }
        RequestFields.putIfPresent(fields, "id", message.getHeader(AiVoiceConstants.CALL_ID, String.class));
        String id = context.validator().requireText("id", fields.get("id"),
                "set the " + AiVoiceConstants.CALL_ID + " header or put the call id in the body");
        Object analysis = fields.getOrDefault("send_analysis", context.configuration().isSendAnalysis());
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", id);
        query.put("send_analysis", Boolean.parseBoolean(analysis.toString()));
        return context.sendForJson(context.request("GET", PATH, query).build()).thenAccept(answer -> {
            RinggCallDetails details = context.readAnswer(RinggAnswers.payload(answer, null), RinggCallDetails.class);
            message.setBody(details);
            message.setHeader(AiVoiceConstants.CALL_ID, details.getCallId() != null ? details.getCallId() : id);
            if (details.getStatus() != null) {
                message.setHeader(AiVoiceConstants.CALL_STATUS, details.getStatus());
            }
        });
    }
}
