package dev.aivoice.camel.ringg.call;

import java.util.ArrayList;
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
import dev.aivoice.camel.ringg.model.RinggTerminateNumbersRequest;
import dev.aivoice.camel.validation.FieldValidator;

import static dev.aivoice.camel.provider.OperationField.field;

/**
 * {@code aivoice:ringg:campaign} {@code terminateNumbers} ({@code PATCH /campaign/terminate/numbers}: these numbers
 * everywhere, and blocked in current campaigns) and {@code terminateCampaignNumbers}
 * ({@code PATCH /campaign/terminate/campaign-numbers}: only inside {@code campaign_id}). The numbers come from the
 * body ({@link RinggTerminateNumbersRequest}, Map or JSON) plus the header {@code CamelAiVoiceToNumber}; at most 100
 * go in one request (see {@link TerminateChunks}).
 */
public final class TerminateNumbersHandler implements OperationAction {

    public static final String NUMBERS_PATH = "/campaign/terminate/numbers";
    public static final String CAMPAIGN_NUMBERS_PATH = "/campaign/terminate/campaign-numbers";
    /** The header {@code CamelAiVoiceToNumber} adds one number to the body's {@code mobile_numbers}. */
    public static final OperationField TO_NUMBER = field("mobile_numbers").header(AiVoiceConstants.TO_NUMBER);

    private final boolean inCampaign;

    public TerminateNumbersHandler(boolean inCampaign) {
        this.inCampaign = inCampaign;
    }

    /** The body fields of this terminate. */
    public static List<String> fields(boolean inCampaign) {
        return inCampaign ? List.of("campaign_id", "mobile_numbers") : List.of("mobile_numbers");
    }

    @Override
    public CompletionStage<?> run(BoundRequest request, OperationContext context) {
        FieldValidator validator = context.validator();
        Map<String, Object> fields = request.bodyFields();
        List<String> numbers = TerminateHandler.texts(fields.get("mobile_numbers"), "mobile_numbers", validator);
        Object headerNumber = request.fromHeader("mobile_numbers");
        if (headerNumber != null) {
            numbers.add(FieldValidator.restorePlusDecodedAsSpace(headerNumber.toString().strip()));
        }
        if (numbers.isEmpty()) {
            throw validator.invalid("mobile_numbers", "is required: put the numbers in the body or one in the "
                                                      + AiVoiceConstants.TO_NUMBER + " header");
        }
        for (int i = 0; i < numbers.size(); i++) {
            validator.checkE164("mobile_numbers[" + i + "]", numbers.get(i));
        }
        Map<String, Object> common = new LinkedHashMap<>();
        if (inCampaign) {
            common.put("campaign_id", validator.requireText("campaign_id",
                    TerminateHandler.blankToNull(fields.get("campaign_id")), "name the campaign in the body"));
        }
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(numbers));
        return TerminateChunks.send(context, inCampaign ? CAMPAIGN_NUMBERS_PATH : NUMBERS_PATH,
                TerminateChunks.bodies(common, distinct), distinct.size(), request.result());
    }
}
