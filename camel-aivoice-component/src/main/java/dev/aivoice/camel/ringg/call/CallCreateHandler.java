package dev.aivoice.camel.ringg.call;

import java.util.Map;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.compliance.RinggCallGate;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationHandler;
import dev.aivoice.camel.ringg.RinggAnswers;
import dev.aivoice.camel.ringg.model.RinggCallCreated;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** {@code aivoice:ringg:call?operation=create}: one outbound call through the current v2 endpoint. */
public final class CallCreateHandler implements OperationHandler {

    static final String PATH = "/calling/v2/outbound/individual";

    @Override
    public CompletionStage<Void> handle(Exchange exchange, OperationContext context) {
        Map<String, Object> call = CallAssembler.assemble(exchange, context.configuration(), context.validator());
        // issue 16: pre-dial compliance gate (do-not-call list; calling window: reject, or defer into call_config)
        RinggCallGate.admit(context.compliance(), call, context.provider().name(), context.operationName());
        ApiRequest request = context.jsonRequest("POST", PATH, call)
                .placesCall(true)
                .build();
        return context.sendForJson(request).thenAccept(answer -> {
            RinggCallCreated created = context.readAnswer(withMessage(answer), RinggCallCreated.class);
            Message message = exchange.getMessage();
            message.setBody(created);
            if (created.getCallId() != null) {
                message.setHeader(AiVoiceConstants.CALL_ID, created.getCallId());
            }
            if (created.getCallStatus() != null) {
                message.setHeader(AiVoiceConstants.CALL_STATUS, created.getCallStatus());
            }
        });
    }

    /** The call is in {@code data}; the top-level {@code message} is kept with it. */
    private static JsonNode withMessage(JsonNode answer) {
        JsonNode data = RinggAnswers.payload(answer, null);
        if (data == answer || !data.isObject()) {
            return answer;
        }
        ObjectNode merged = ((ObjectNode) data).deepCopy();
        if (answer.has("message") && !merged.has("message")) {
            merged.set("message", answer.get("message"));
        }
        return merged;
    }
}
