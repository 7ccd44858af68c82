package dev.aivoice.camel;

import org.apache.camel.spi.Metadata;

/** Message headers read and written by the aivoice component. */
public final class AiVoiceConstants {

    @Metadata(label = "producer", description = "Overrides the endpoint's `operation` option for this message.",
              javaType = "String")
    public static final String OPERATION = "CamelAiVoiceOperation";

    @Metadata(label = "producer", description = "The number to call, in E.164 (Ringly `to_number`, Ringg `mobile_number`).",
              javaType = "String")
    public static final String TO_NUMBER = "CamelAiVoiceToNumber";

    @Metadata(label = "producer", description = "The caller number, in E.164 (Ringly and Ringg `from_number`).",
              javaType = "String")
    public static final String FROM_NUMBER = "CamelAiVoiceFromNumber";

    @Metadata(label = "producer", description = "The agent: Ringly `agent_tag` or Ringg `agent_id`.", javaType = "String")
    public static final String AGENT_ID = "CamelAiVoiceAgentId";

    @Metadata(label = "producer", description = "The callee's name (Ringg `name`).", javaType = "String")
    public static final String CALLEE_NAME = "CamelAiVoiceCalleeName";

    @Metadata(label = "producer",
              description = "Variables the agent speaks with (Ringly `dynamic_variables`, Ringg `custom_args_values`);"
                            + " merged over the body's variables, key by key.",
              javaType = "java.util.Map<String, String>")
    public static final String VARIABLES = "CamelAiVoiceVariables";

    @Metadata(label = "producer consumer", description = "The provider's call id, where the provider returns one.",
              javaType = "String")
    public static final String CALL_ID = "CamelAiVoiceCallId";

    @Metadata(label = "producer consumer",
              description = "The provider's call status (`registered`, `ongoing`, `completed`, `failed`, ...).",
              javaType = "String")
    public static final String CALL_STATUS = "CamelAiVoiceCallStatus";

    @Metadata(label = "producer", description = "The Ringg campaign list id (`list_id` or `bulk_list_id`).",
              javaType = "String")
    public static final String LIST_ID = "CamelAiVoiceListId";

    @Metadata(label = "consumer", description = "The provider that sent the event: `ringly` or `ringg`.",
              javaType = "String")
    public static final String PROVIDER = "CamelAiVoiceProvider";

    @Metadata(label = "consumer", description = "The event type, e.g. `call_completed`.", javaType = "String")
    public static final String EVENT_TYPE = "CamelAiVoiceEventType";

    // reliability: duplicate-dial guard

    @Metadata(label = "producer",
              description = "The duplicate-dial key of a call-placing request (overrides the `idempotencyKey` option):"
                            + " a key already used fails the exchange with AiVoiceDuplicateCallException, nothing sent.",
              javaType = "String")
    public static final String IDEMPOTENCY_KEY = "CamelAiVoiceIdempotencyKey";
    // Ringg producer: paging, campaigns

    @Metadata(label = "producer", description = "Ringg list operations: the page size (1 to 100), overrides `limit`.",
              javaType = "Integer")
    public static final String LIMIT = "CamelAiVoiceLimit";

    @Metadata(label = "producer",
              description = "Ringg list operations: in, the offset of the first item (overrides `offset`); out, the"
                            + " offset of the page returned.",
              javaType = "Integer")
    public static final String OFFSET = "CamelAiVoiceOffset";

    @Metadata(label = "producer", description = "Ringg list operations: fetch every page lazily (overrides `pageAll`).",
              javaType = "Boolean")
    public static final String PAGE_ALL = "CamelAiVoicePageAll";

    @Metadata(label = "producer",
              description = "Ringg list operations, out: the total number of items the provider reports; absent when it"
                            + " does not say (e.g. call history's `total: \"many\"`).",
              javaType = "Long")
    public static final String TOTAL = "CamelAiVoiceTotal";

    @Metadata(label = "producer",
              description = "Ringg list operations, out: the offset of the next page; absent on the last page.",
              javaType = "Integer")
    public static final String NEXT_OFFSET = "CamelAiVoiceNextOffset";

    @Metadata(label = "producer",
              description = "Ringg campaign operations: the campaign settings (`RinggCampaign`, a Map with Ringg's field"
                            + " names or a JSON object) when the body carries the contacts.",
              javaType = "dev.aivoice.camel.ringg.model.RinggCampaign")
    public static final String CAMPAIGN = "CamelAiVoiceCampaign";

    @Metadata(label = "producer", description = "Ringg campaign upload: the campaign name (`campaign_name`).",
              javaType = "String")
    public static final String CAMPAIGN_NAME = "CamelAiVoiceCampaignName";

    @Metadata(label = "producer",
              description = "Ringg campaign upload: assistant variable to CSV column (`variables_map`), merged key by key.",
              javaType = "java.util.Map<String, String>")
    public static final String VARIABLES_MAP = "CamelAiVoiceVariablesMap";

    @Metadata(label = "producer",
              description = "Ringg calls and campaigns: `call_config` (`RinggCallConfig`, Map or JSON), merged over the"
                            + " body's and the option's key by key.",
              javaType = "dev.aivoice.camel.ringg.model.RinggCallConfig")
    public static final String CALL_CONFIG = "CamelAiVoiceCallConfig";

    @Metadata(label = "producer",
              description = "Ringg campaign uploads with `invalidRows=drop`, out: the rows left out (row number, value,"
                            + " reason).",
              javaType = "java.util.List<dev.aivoice.camel.ringg.model.InvalidRow>")
    public static final String INVALID_ROWS = "CamelAiVoiceInvalidRows";

    @Metadata(label = "producer", description = "Ringg campaign uploads, out: the number of contact rows sent.",
              javaType = "Long")
    public static final String ROW_COUNT = "CamelAiVoiceRowCount";

    // ---- headers of issue 11 ----
    @Metadata(label = "producer,consumer",
              description = "In: an id of yours (e.g. the CRM lead id) sent with the call inside its variables (Ringly"
                            + " `dynamic_variables`, Ringg `custom_args_values`) under the key `aivoice_correlation_id`;"
                            + " overrides the `correlationId` option. Consumer: the same id, read back from every call"
                            + " event that carries the call's variables.",
              javaType = "String")
    public static final String CORRELATION_ID = "CamelAiVoiceCorrelationId";

    @Metadata(label = "consumer",
              description = "Where an event came from: `webhook` (the provider delivered it) or `history` (the"
                            + " backfill found the call's outcome in the call history because no delivery came).",
              javaType = "String")
    public static final String EVENT_SOURCE = "CamelAiVoiceEventSource";

    // ---- headers of issue 14 ----
    @Metadata(label = "producer",
              description = "Ringg terminate, terminateNumbers, terminateCampaignNumbers, out (also when a request"
                            + " failed): the numbers of the requests (at most 100 numbers each) Ringg accepted.",
              javaType = "java.util.List<String>")
    public static final String TERMINATED_NUMBERS = "CamelAiVoiceTerminatedNumbers";

    // ---- headers of issue 16 ----
    @Metadata(label = "producer", description = "Out, with dryRun=true: the body is the request that would have been"
                                                + " sent (DryRunRequest); nothing was sent.",
              javaType = "Boolean")
    public static final String DRY_RUN = "CamelAiVoiceDryRun";

    // ---- headers of issue 17 ----

    private AiVoiceConstants() {
    }
}
