package dev.aivoice.camel.ringly;

import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.json.Json;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationHandler;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/** {@code aivoice:ringly:call}: places one outbound call. */
final class RinglyCallHandler implements OperationHandler {

    static final String PATH = "/make-outbound-call-v2";

    @Override
    public CompletionStage<Void> handle(Exchange exchange, OperationContext context) throws Exception {
        RinglyCallRequest call = RinglyCallAssembler.assemble(exchange, context.configuration(), context.validator());
        // issue 16: pre-dial compliance gate (do-not-call list, recipient-local calling window)
        context.compliance().admit("to_number", call.getToNumber(), context.provider().name(), context.operationName());
        ApiRequest request = context.request("POST", PATH, null)
                .jsonBody(Json.mapper().writeValueAsBytes(call))
                .placesCall(true)
                .build();
        return context.sendForJson(request).thenAccept(answer -> {
            if (answer.isEmpty()) {
                // no call status: the call may be ringing, but nothing confirms it
                throw context.unusableAnswer(200, "an empty answer", null);
            }
            RinglyCallResponse response = context.readAnswer(unwrap(answer), RinglyCallResponse.class);
            Message message = exchange.getMessage();
            message.setBody(response);
            message.setHeader(AiVoiceConstants.CALL_STATUS, response.getCallStatus());
            if (response.getCallId() != null) {
                message.setHeader(AiVoiceConstants.CALL_ID, response.getCallId());
            }
        });
    }

    /** Bubble's default envelope is {"status":"success","response":{...}}; Ringly's documented body is flat. */
    private static JsonNode unwrap(JsonNode answer) {
        JsonNode inner = answer.get("response");
        return inner != null && inner.isObject() && !answer.has("call_status") ? inner : answer;
    }
}
