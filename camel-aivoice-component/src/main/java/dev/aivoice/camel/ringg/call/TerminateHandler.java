package dev.aivoice.camel.ringg.call;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationAction;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationField;
import dev.aivoice.camel.provider.RequestFields;
import dev.aivoice.camel.ringg.model.RinggTerminateRequest;
import dev.aivoice.camel.validation.FieldValidator;

import static dev.aivoice.camel.provider.OperationField.field;

/**
 * {@code aivoice:ringg:call?operation=terminate}: cancels queued and retrying calls ({@code PATCH /campaign/terminate})
 * by {@code agent_id}, {@code call_ids}, {@code campaign_id} and/or {@code mobile_numbers}. Ringg takes at most 100
 * numbers per request: larger sets go out as consecutive requests that each repeat the other fields. The endpoint's
 * {@code agentId} is deliberately not applied: terminating every call of an agent must be asked for explicitly.
 */
public final class TerminateHandler implements OperationAction {

    public static final String PATH = "/campaign/terminate";
    public static final List<String> FIELDS = List.of("agent_id", "call_ids", "campaign_id", "mobile_numbers");
    /** The header {@code CamelAiVoiceCallId} adds one call to the body's {@code call_ids}. */
    public static final OperationField CALL_ID = field("call_ids").header(AiVoiceConstants.CALL_ID);

    @Override
    public CompletionStage<?> run(BoundRequest request, OperationContext context) {
        FieldValidator validator = context.validator();
        Map<String, Object> fields = request.bodyFields();
        List<String> callIds = texts(fields.get("call_ids"), "call_ids", validator);
        Object headerCallId = request.fromHeader("call_ids");
        if (headerCallId != null && !callIds.contains(headerCallId)) {
            callIds.add(headerCallId.toString());
        }
        List<String> numbers = texts(fields.get("mobile_numbers"), "mobile_numbers", validator);
        for (int i = 0; i < numbers.size(); i++) {
            validator.checkE164("mobile_numbers[" + i + "]", numbers.get(i));
        }
        Map<String, Object> common = new LinkedHashMap<>();
        RequestFields.putIfPresent(common, "agent_id", blankToNull(fields.get("agent_id")));
        RequestFields.putIfPresent(common, "campaign_id", blankToNull(fields.get("campaign_id")));
        if (!callIds.isEmpty()) {
            common.put("call_ids", callIds);
        }
        if (common.isEmpty() && numbers.isEmpty()) {
            throw validator.invalid("agent_id/call_ids/campaign_id/mobile_numbers", "say which calls to terminate: give"
                                                                                    + " at least one of them");
        }
        List<String> distinctNumbers = new ArrayList<>(new LinkedHashSet<>(numbers));
        return TerminateChunks.send(context, PATH, TerminateChunks.bodies(common, distinctNumbers),
                distinctNumbers.size(), request.result());
    }

    static List<String> texts(Object value, String field, FieldValidator validator) {
        List<String> texts = new ArrayList<>();
        if (value == null) {
            return texts;
        }
        Collection<?> items = value instanceof Collection<?> list ? list
                : value instanceof Object[] array ? Arrays.asList(array) : List.of(value);
        for (Object item : items) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw validator.invalid(field, "must hold non-empty strings; found "
                                               + (item == null ? "null" : FieldValidator.quote(item.toString())));
            }
            texts.add(text.strip());
        }
        return texts;
    }

    static Object blankToNull(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }
}
