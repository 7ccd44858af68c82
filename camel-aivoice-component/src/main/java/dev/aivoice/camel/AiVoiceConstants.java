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

    private AiVoiceConstants() {
    }
}
