package dev.aivoice.camel.ringg.call;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationAction;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationField;
import dev.aivoice.camel.ringg.RinggAnswers;
import dev.aivoice.camel.ringg.model.RinggCallDetails;

import static dev.aivoice.camel.provider.OperationField.field;

/**
 * {@code aivoice:ringg:call?operation=get}: one call's details. The call id comes from the header
 * {@code CamelAiVoiceCallId}, else the body (the id as text, or {@code {"id": ..., "send_analysis": true}}).
 */
public final class CallGetHandler implements OperationAction {

    public static final String PATH = "/calling/call-details";

    /** The call id (the first field: a text body is the id) and whether to add the analysis. */
    public static final OperationField[] BOUND = {
            field("id").header(AiVoiceConstants.CALL_ID),
            field("send_analysis").option(AiVoiceConfiguration::isSendAnalysis)
    };

    @Override
    public CompletionStage<?> run(BoundRequest request, OperationContext context) {
        String id = context.validator().requireText("id", request.get("id"),
                "set the " + AiVoiceConstants.CALL_ID + " header or put the call id in the body");
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("id", id);
        query.put("send_analysis", Boolean.parseBoolean(String.valueOf(request.get("send_analysis"))));
        return context.sendForJson(context.request("GET", PATH, query).build()).thenApply(answer -> {
            RinggCallDetails details = context.readAnswer(RinggAnswers.payload(answer, null), RinggCallDetails.class);
            request.result().header(AiVoiceConstants.CALL_ID, details.getCallId() != null ? details.getCallId() : id);
            request.result().headerIfPresent(AiVoiceConstants.CALL_STATUS, details.getStatus());
            return details;
        });
    }
}
