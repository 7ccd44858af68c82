package dev.aivoice.camel.ringg.campaign;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.json.Json;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationField;
import dev.aivoice.camel.provider.RequestFields;
import dev.aivoice.camel.ringg.CallerSource;
import dev.aivoice.camel.ringg.call.CallConfigs;
import dev.aivoice.camel.ringg.model.RinggCampaign;
import dev.aivoice.camel.validation.FieldValidator;
import org.apache.camel.RuntimeCamelException;

import static dev.aivoice.camel.provider.OperationField.field;

/**
 * The settings of one campaign operation, as bound, weakest first: the endpoint options, the header
 * {@code CamelAiVoiceCampaign}, the body (when it is not the contacts) and the single headers
 * ({@code CamelAiVoiceAgentId}, {@code CamelAiVoiceCampaignName}, {@code CamelAiVoiceListId},
 * {@code CamelAiVoiceVariablesMap}, {@code CamelAiVoiceFromNumber}, {@code CamelAiVoiceCallConfig}).
 */
final class CampaignSettings {

    static final List<String> FIELDS = List.of("agent_id", "campaign_name", "country_code", "variables_map",
            "call_config", "campaign_start_time", "campaign_end_time", "remove_invalid_rows",
            "transliterate_callee_name", "list_id", "bulk_list_id", "number_pool_id", "from_numbers", "callback_url",
            "email_completion_user_ids", "concurrency_percentage");
    static final List<String> CALLER_FIELDS = List.of("number_pool_id", "from_numbers");
    private static final Pattern COUNTRY_CODE = Pattern.compile("\\+[1-9][0-9]{0,3}|[A-Z]{2}");

    private final Map<String, Object> fields;
    /** The caller fields each level gives, most specific first. */
    private final Map<String, Object>[] callers;
    private final Map<String, Object> callConfig;
    private final OperationContext context;
    private final FieldValidator validator;

    private CampaignSettings(Map<String, Object> fields, Map<String, Object>[] callers,
                             Map<String, Object> callConfig, OperationContext context) {
        this.fields = fields;
        this.callers = callers;
        this.callConfig = callConfig;
        this.context = context;
        this.validator = context.validator();
    }

    /**
     * What every campaign operation binds: {@code list_id} first (a text body is the list id), then the other fields
     * with their option and header. {@code CamelAiVoiceCampaign} carries a whole campaign, below the body.
     */
    static final OperationField[] BOUND = {
            field("list_id").header(AiVoiceConstants.LIST_ID).option(AiVoiceConfiguration::getListId)
                    .alias("bulk_list_id"),
            field("agent_id").header(AiVoiceConstants.AGENT_ID).option(AiVoiceConfiguration::getAgentId),
            field("campaign_name").header(AiVoiceConstants.CAMPAIGN_NAME)
                    .option(AiVoiceConfiguration::getCampaignName),
            field("country_code").option(AiVoiceConfiguration::getCountryCode),
            field("variables_map").header(AiVoiceConstants.VARIABLES_MAP, Object.class)
                    .option(AiVoiceConfiguration::getVariablesMap),
            field("call_config").header(AiVoiceConstants.CALL_CONFIG, Object.class)
                    .option(AiVoiceConfiguration::getCallConfig),
            field("number_pool_id").option(AiVoiceConfiguration::getNumberPoolId),
            field("from_numbers").header(AiVoiceConstants.FROM_NUMBER).option(CampaignSettings::optionNumbers)
    };

    /** Where to set the list id. */
    static final String LIST_ID = "set it in the body, " + AiVoiceConstants.CAMPAIGN + ", the "
                                  + AiVoiceConstants.LIST_ID + " header or the listId option";

    /** Refusal of a name that is not a campaign field (in the body or {@code CamelAiVoiceCampaign}). */
    static final String NOT_A_FIELD = "(in %s) is not a campaign field; allowed fields: ";

    static CampaignSettings read(BoundRequest request, OperationContext context) {
        FieldValidator validator = context.validator();
        Map<String, Object> fields = request.fields();
        Map<String, Object>[] callers = request.levels(CALLER_FIELDS);
        callers[0].computeIfPresent("from_numbers", (name, number) -> List.of(number));
        CALLER_FIELDS.forEach(fields::remove);
        fields.remove("call_config");
        Map<Object, Object> variables = new LinkedHashMap<>(parseVariablesMap(
                (String) request.fromOption("variables_map"), validator));
        variables.putAll(request.mergedStrings("variables_map", validator));
        fields.put("variables_map", variables);
        Map<String, Object> callConfig = CallConfigs.merge(request, validator);
        return new CampaignSettings(fields, callers, callConfig, context);
    }

    private static Object optionNumbers(AiVoiceConfiguration options) {
        String number = options.getFromNumberId() != null ? options.getFromNumberId() : options.getFromNumber();
        return number == null ? null : List.of(number);
    }

    /** {@code variable:Column,variable:Column} or a JSON object. */
    static Map<String, Object> parseVariablesMap(String option, FieldValidator validator) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (option == null || option.isBlank()) {
            return map;
        }
        if (option.strip().startsWith("{")) {
            return RequestFields.fromValue(option, "variablesMap (endpoint option)", Map.class, validator);
        }
        for (String pair : option.split(",")) {
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
                throw validator.invalid("variablesMap (endpoint option)", "must be variable:Column pairs separated"
                                                                          + " by commas; found "
                                                                          + FieldValidator.quote(pair));
            }
            map.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
        }
        return map;
    }

    String require(String field, String whereToSetIt) {
        return validator.requireText(field, fields.get(field), whereToSetIt);
    }

    Object get(String field) {
        return fields.get(field);
    }

    String agentId() {
        return require("agent_id", "set it in " + AiVoiceConstants.CAMPAIGN + ", the " + AiVoiceConstants.AGENT_ID
                                   + " header or the agentId option");
    }

    String listId() {
        return require("list_id", LIST_ID);
    }

    String countryCode() {
        // countryCode=+91 in a URI arrives as " 91"
        String code = FieldValidator.restorePlusDecodedAsSpace(
                require("country_code", "set it in " + AiVoiceConstants.CAMPAIGN + " or the countryCode option"));
        if (!COUNTRY_CODE.matcher(code).matches()) {
            throw validator.invalid("country_code", "must be a dialling prefix such as +91 or an ISO code such as IN;"
                                                    + " was " + FieldValidator.quote(code));
        }
        return code;
    }

    /** variables_map with {@code mobile_number -> Mobile Number} always present, keys checked. */
    Map<String, String> variablesMap() {
        Map<?, ?> map = (Map<?, ?>) fields.get("variables_map");
        validator.requireVariables("variables_map", map);
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("mobile_number", ContactCheck.PHONE_COLUMN);
        map.forEach((key, value) -> variables.put((String) key, ((String) value).strip()));
        return variables;
    }

    String callConfigJson() {
        return json(callConfig == null ? Map.of() : callConfig);
    }

    Map<String, Object> callConfig() {
        return callConfig;
    }

    /** Start and end as Ringg wants them, checked; see {@link CampaignWindow}. */
    CampaignWindow window(boolean required) {
        return CampaignWindow.of(fields.get("campaign_start_time"), fields.get("campaign_end_time"),
                CallConfigs.zone(callConfig), context.clock(), required, validator);
    }

    /** The one caller source: {@code number_pool_id} (current start API) or {@code from_numbers} (deprecated). */
    Map.Entry<String, Object> caller() {
        Map.Entry<String, Object> caller = CallerSource.pick(CALLER_FIELDS, validator,
                "set number_pool_id or from_numbers in the body or " + AiVoiceConstants.CAMPAIGN + ", the "
                                                                               + AiVoiceConstants.FROM_NUMBER
                                                                               + " header or the numberPoolId,"
                                                                               + " fromNumberId or fromNumber option",
                callers);
        if ("from_numbers".equals(caller.getKey())) {
            List<String> numbers = texts("from_numbers", caller.getValue());
            for (int i = 0; i < numbers.size(); i++) {
                if (numbers.get(i).startsWith("+")) {
                    validator.checkE164("from_numbers[" + i + "]", numbers.get(i));
                }
            }
            return Map.entry("from_numbers", numbers);
        }
        return Map.entry(caller.getKey(), validator.requireText(caller.getKey(), caller.getValue(), ""));
    }

    List<String> texts(String field, Object value) {
        Collection<?> items = value instanceof Collection<?> list ? list : List.of(value);
        List<String> texts = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof String text) || text.isBlank()) {
                throw validator.invalid(field, "must hold non-empty strings; found "
                                               + (item == null ? "null" : FieldValidator.quote(item.toString())));
            }
            texts.add(text.strip());
        }
        if (texts.isEmpty()) {
            throw validator.invalid(field, "must not be empty");
        }
        return texts;
    }

    /** callback_url and email_completion_user_ids, checked, for the start requests. */
    void putStartOptions(Map<String, Object> body) {
        Object url = fields.get("callback_url");
        if (url != null) {
            validator.requireHttpUrl("callback_url", url.toString());
            body.put("callback_url", url.toString());
        }
        Object users = fields.get("email_completion_user_ids");
        if (users != null) {
            body.put("email_completion_user_ids", texts("email_completion_user_ids", users));
        }
    }

    static String json(Object value) {
        try {
            return Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
