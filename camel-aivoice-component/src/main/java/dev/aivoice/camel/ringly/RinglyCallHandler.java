package dev.aivoice.camel.ringly;

import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.json.Json;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationAction;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.ringly.model.RinglyCallRequest;
import dev.aivoice.camel.ringly.model.RinglyCallResponse;

/** {@code aivoice:ringly:call}: places one outbound call. */
final class RinglyCallHandler implements OperationAction {

    static final String PATH = "/make-outbound-call-v2";

    @Override
    public CompletionStage<?> run(BoundRequest bound, OperationContext context) throws Exception {
        RinglyCallRequest call = RinglyCallAssembler.assemble(bound, context.validator());
        // issue 16: pre-dial compliance gate (do-not-call list, recipient-local calling window)
        context.compliance().admit("to_number", call.getToNumber(), context.provider().name(), context.operationName());
        ApiRequest request = context.request("POST", PATH, null)
                .jsonBody(Json.mapper().writeValueAsBytes(call))
                .placesCall(true)
                .idempotencyKey(bound.idempotencyKey())
                .build();
        return context.send(request).thenApply(answer -> {
            RinglyCallResponse response = read(answer, context);
            bound.result().header(AiVoiceConstants.CALL_STATUS, response.getCallStatus());
            bound.result().headerIfPresent(AiVoiceConstants.CALL_ID, response.getCallId());
            return response;
        });
    }

    /**
     * The documented flat answer is read straight into the typed response; anything else (Bubble's envelope, an
     * empty answer) goes through the JSON tree.
     */
    private static RinglyCallResponse read(ApiResponse answer, OperationContext context) {
        if (answer.body().length > 0 && answer.body()[0] == '{') {
            try {
                RinglyCallResponse flat = context.readAnswer(answer, RinglyCallResponse.class);
                if (flat.getCallStatus() != null) {
                    return flat;
                }
            } catch (AiVoiceConnectionException notFlat) {
                // not the documented shape: the tree below says what it is
            }
        }
        JsonNode tree = context.parseJson(answer);
        if (tree.isEmpty()) {
            // no call status: the call may be ringing, but nothing confirms it
            throw context.unusableAnswer(200, "an empty answer", null);
        }
        return context.readAnswer(unwrap(tree), RinglyCallResponse.class);
    }

    /** Bubble's default envelope is {"status":"success","response":{...}}; Ringly's documented body is flat. */
    private static JsonNode unwrap(JsonNode answer) {
        JsonNode inner = answer.get("response");
        return inner != null && inner.isObject() && !answer.has("call_status") ? inner : answer;
    }
}
