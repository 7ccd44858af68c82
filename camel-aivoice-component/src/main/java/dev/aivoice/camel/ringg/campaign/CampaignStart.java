package dev.aivoice.camel.ringg.campaign;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.provider.OperationContext;

/**
 * The start request of an uploaded list: {@code POST /campaign/v2/start} with a number pool (current), or the
 * deprecated {@code POST /campaign/start} when the user gives caller numbers instead. It places calls: never repeated.
 */
final class CampaignStart {

    public static final String V2_PATH = "/campaign/v2/start";
    static final String NUMBERS_PATH = "/campaign/start";

    private final Map<String, Object> body;
    private final String path;
    private final String idempotencyKey;

    private CampaignStart(Map<String, Object> body, String path, String idempotencyKey) {
        this.body = body;
        this.path = path;
        this.idempotencyKey = idempotencyKey;
    }

    /** Checks everything but the list id (which an upload may still have to produce). */
    static CampaignStart prepare(CampaignSettings settings, String idempotencyKey) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("agent_id", settings.agentId());
        Map.Entry<String, Object> caller = settings.caller();
        body.put(caller.getKey(), caller.getValue());
        settings.putStartOptions(body);
        return new CampaignStart(body, "number_pool_id".equals(caller.getKey()) ? V2_PATH : NUMBERS_PATH,
                idempotencyKey);
    }

    ApiRequest request(OperationContext context, String listId) {
        Map<String, Object> withList = new LinkedHashMap<>();
        withList.put("agent_id", body.get("agent_id"));
        withList.put("list_id", listId);
        body.forEach(withList::putIfAbsent);
        return context.jsonRequest("POST", path, withList)
                .placesCall(true)
                .idempotencyKey(idempotencyKey)
                .build();
    }
}
