package dev.aivoice.camel;

import java.net.http.HttpClient;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/** Options of an aivoice endpoint; set on the component, they are the defaults of every endpoint. */
@UriParams
public class AiVoiceConfiguration implements Cloneable {

    @UriParam(label = "security", secret = true,
              description = "The provider API key: Ringly's raw key (sent as `Authorization`), Ringg's workspace key"
                            + " (sent as `X-API-KEY`). Never logged, never put in an exception message.")
    private String apiKey;

    @UriParam(label = "advanced",
              description = "The provider's base URL. Defaults to the real one: https://app.ringly.io/api/1.1/wf for"
                            + " Ringly, https://prod-api.ringg.ai/ca/api/v0 for Ringg. Point it at a sandbox or a"
                            + " test server.")
    private String baseUrl;

    @UriParam(label = "producer",
              enums = "create,get,history,terminate,launch,upload,start,list,bulkUpload,bulkStatus,bulkStart,voices,"
                      + "subscribeEvents,edit,users,platform,numbers,duration,classification,drillDown",
              description = "The operation of the api. Defaults to the api's first operation: `create` for `call`,"
                            + " `launch` for `campaign`, `list` for `agent`, `number`, `get` for `workspace`,"
                            + " `platform` for `analytics`. The header `CamelAiVoiceOperation` overrides it per message.")
    private String operation;

    @UriParam(label = "producer", description = "The caller number in E.164 (Ringly `from_number`, Ringg `from_number`).")
    private String fromNumber;

    @UriParam(label = "producer", description = "Ringg: the caller number's id (`from_number_id`).")
    private String fromNumberId;

    @UriParam(label = "producer", description = "Ringg: the caller number pool's id (`number_pool_id`).")
    private String numberPoolId;

    @UriParam(label = "producer", description = "The agent: Ringly `agent_tag` or Ringg `agent_id`.")
    private String agentId;

    @UriParam(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for the TCP/TLS connection to the provider, e.g. `10s`.")
    private long connectTimeout = 10_000;

    @UriParam(label = "advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "How long to wait for the provider's answer to one request, e.g. `30s`.")
    private long requestTimeout = 30_000;

    @UriParam(label = "advanced",
              description = "A JDK HttpClient to use instead of the one the endpoint builds (proxy, TLS, executor)."
                            + " When set, `connectTimeout` is the client's business.")
    private HttpClient httpClient;

    @UriParam(label = "consumer", defaultValue = "/aivoice/ringg/events",
              description = "The HTTP path the webhook consumer listens on.")
    private String webhookPath = "/aivoice/ringg/events";

    @UriParam(label = "consumer,security", secret = true,
              description = "The bearer token the provider must send (`Authorization: Bearer <token>`).")
    private String webhookToken;

    @UriParam(label = "consumer", defaultValue = "1048576",
              description = "The largest webhook body accepted, in bytes; larger ones are answered 413.")
    private int webhookMaxBodySize = 1_048_576;

    @UriParam(label = "consumer",
              description = "The store of events already routed, to answer duplicate deliveries without routing them"
                            + " again. In-memory by default; use a JDBC, Redis or Infinispan one for a cluster.")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "consumer",
              description = "Register the webhook subscription on the agent (`agentId`) at start, for `publicUrl`,"
                            + " merged with the agent's other subscriptions.")
    private boolean autoSubscribe;

    @UriParam(label = "consumer",
              description = "The public URL the provider reaches this webhook at (for `autoSubscribe`).")
    private String publicUrl;

    @UriParam(label = "consumer",
              description = "Comma-separated event types to route (e.g. `call_completed,all_processing_completed`);"
                            + " others are acknowledged and dropped. All types when empty.")
    private String eventTypes;

    // webhook consumer (events)
    @UriParam(label = "consumer,security", defaultValue = "false",
              description = "INSECURE: start the webhook consumer without a webhookToken, routing every request that"
                            + " reaches the path. Only behind a proxy that authenticates the provider itself.")
    private boolean webhookAuthDisabled;

    public AiVoiceConfiguration copy() {
        try {
            return (AiVoiceConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getOperation() {
        return operation;
    }

    public void setOperation(String operation) {
        this.operation = operation;
    }

    public String getFromNumber() {
        return fromNumber;
    }

    public void setFromNumber(String fromNumber) {
        this.fromNumber = fromNumber;
    }

    public String getFromNumberId() {
        return fromNumberId;
    }

    public void setFromNumberId(String fromNumberId) {
        this.fromNumberId = fromNumberId;
    }

    public String getNumberPoolId() {
        return numberPoolId;
    }

    public void setNumberPoolId(String numberPoolId) {
        this.numberPoolId = numberPoolId;
    }

    public String getAgentId() {
        return agentId;
    }

    public void setAgentId(String agentId) {
        this.agentId = agentId;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public HttpClient getHttpClient() {
        return httpClient;
    }

    public void setHttpClient(HttpClient httpClient) {
        this.httpClient = httpClient;
    }

    public String getWebhookPath() {
        return webhookPath;
    }

    public void setWebhookPath(String webhookPath) {
        this.webhookPath = webhookPath;
    }

    public String getWebhookToken() {
        return webhookToken;
    }

    public void setWebhookToken(String webhookToken) {
        this.webhookToken = webhookToken;
    }

    public int getWebhookMaxBodySize() {
        return webhookMaxBodySize;
    }

    public void setWebhookMaxBodySize(int webhookMaxBodySize) {
        this.webhookMaxBodySize = webhookMaxBodySize;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
    }

    public boolean isAutoSubscribe() {
        return autoSubscribe;
    }

    public void setAutoSubscribe(boolean autoSubscribe) {
        this.autoSubscribe = autoSubscribe;
    }

    public String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(String publicUrl) {
        this.publicUrl = publicUrl;
    }

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes;
    }

    public boolean isWebhookAuthDisabled() {
        return webhookAuthDisabled;
    }

    public void setWebhookAuthDisabled(boolean webhookAuthDisabled) {
        this.webhookAuthDisabled = webhookAuthDisabled;
    }
}
