package dev.aivoice.camel.ringg.call;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.compliance.RinggCallGate;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationAction;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationField;
import dev.aivoice.camel.provider.OperationResult;
import dev.aivoice.camel.ringg.RinggAnswers;
import dev.aivoice.camel.ringg.model.RinggCallCreated;

/** {@code aivoice:ringg:call?operation=create}: one outbound call through the current v2 endpoint. */
public final class CallCreateHandler implements OperationAction {

    public static final String PATH = "/calling/v2/outbound/individual";
    /** The body's accepted names. */
    public static final List<String> FIELDS = CallAssembler.FIELDS;
    /** What a call binds besides its body. */
    public static final OperationField[] BOUND = CallAssembler.BOUND;

    @Override
    public CompletionStage<?> run(BoundRequest bound, OperationContext context) {
        Map<String, Object> call = CallAssembler.assemble(bound, context.validator());
        // issue 16: pre-dial compliance gate (do-not-call list; calling window: reject, or defer into call_config)
        RinggCallGate.admit(context.compliance(), call, context.provider().name(), context.operationName());
        ApiRequest request = context.jsonRequest("POST", PATH, call)
                .placesCall(true)
                .idempotencyKey(bound.idempotencyKey())
                .build();
        OperationResult result = bound.result();
        return context.send(request).thenApply(answer -> {
            RinggCallCreated created = read(answer, context);
            result.headerIfPresent(AiVoiceConstants.CALL_ID, created.getCallId());
            result.headerIfPresent(AiVoiceConstants.CALL_STATUS, created.getStatus());
            return created;
        });
    }

    /**
     * The documented answer ({@code {status, message, data: {call}}}) is read in one pass, without a JSON tree; any
     * other shape goes through the tree.
     */
    private static RinggCallCreated read(ApiResponse answer, OperationContext context) {
        if (answer.body().length > 0 && answer.body()[0] == '{') {
            try {
                Envelope envelope = context.readAnswer(answer, Envelope.class);
                if (envelope.data != null) {
                    return envelope.data.getMessage() == null && envelope.message != null
                            ? envelope.data.setMessage(envelope.message) : envelope.data;
                }
            } catch (AiVoiceConnectionException notDocumented) {
                // e.g. data is not an object: the tree below finds the payload
            }
        }
        return context.readAnswer(withMessage(context.parseJson(answer)), RinggCallCreated.class);
    }

    /** The documented answer's shape; everything else in it is ignored. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    static final class Envelope {
        @JsonProperty("message")
        String message;
        @JsonProperty("data")
        RinggCallCreated data;
    }

    /** The call is in {@code data}; the top-level {@code message} is kept with it. */
    private static JsonNode withMessage(JsonNode answer) {
        JsonNode data = RinggAnswers.payload(answer, null);
        if (data == answer || !data.isObject()) {
            return answer;
        }
        // the tree was parsed for this call alone: add to it in place rather than copy it
        ObjectNode merged = (ObjectNode) data;
        if (answer.has("message") && !merged.has("message")) {
            merged.set("message", answer.get("message"));
        }
        return merged;
    }
}
