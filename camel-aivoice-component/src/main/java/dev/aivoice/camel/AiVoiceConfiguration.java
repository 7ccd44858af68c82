package dev.aivoice.camel;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

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
                      + "subscribeEvents,edit,users,platform,numbers,duration,classification,drillDown,"
                      + "update,archive,rotateKey,export,terminateNumbers,terminateCampaignNumbers,checkBalance,"
                      + "deleteList",
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
              description = "The deadline of one request, e.g. `30s`: from sending its first byte to reading the last"
                            + " byte of the answer. An answer still incomplete then (a provider that stalls after the"
                            + " headers, or mid-body) fails the request with AiVoiceConnectionException.")
    private long requestTimeout = 30_000;

    @UriParam(label = "consumer", defaultValue = "/aivoice/ringg/events",
              description = "The HTTP path the webhook consumer listens on.")
    private String webhookPath = "/aivoice/ringg/events";

    @UriParam(label = "consumer,security", secret = true,
              description = "The bearer token the provider must send (`Authorization: Bearer <token>`).")
    private String webhookToken;

    @UriParam(label = "consumer", defaultValue = "1048576",
              description = "The largest webhook body accepted, in bytes; larger ones are answered 413.")
    private int webhookMaxBodySize = 1_048_576;

    @UriParam(label = "common",
              description = "The store of events already routed, to answer duplicate deliveries without routing them"
                            + " again; for producers, the store of `idempotencyKey` keys of calls placed. In-memory"
                            + " by default; use a JDBC, Redis or Infinispan one for a cluster.")
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
    // reliability: retries, pacing, duplicate-dial guard

    @UriParam(label = "producer", defaultValue = "0",
              description = "How often to retry a failed request that is safe to repeat: reads after 429, 5xx, timeouts"
                            + " and resets; any request, call-placing ones too, only after 429 or a connection that was"
                            + " never made. A call-placing request that may have reached the provider is never"
                            + " retried. 0 (default) leaves retrying to the route's error handler.")
    private int maxRetries;

    @UriParam(label = "producer", defaultValue = "500", javaType = "java.time.Duration",
              description = "The first retry's wait, doubled for each further retry, with random jitter (half of it"
                            + " fixed, half random), e.g. `500ms`. A `Retry-After` from the provider replaces it.")
    private long retryDelay = 500;

    @UriParam(label = "producer", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The longest wait before one retry, e.g. `30s`. When the provider's `Retry-After` asks for"
                            + " longer, the request is not retried and the AiVoiceRateLimitException carries the wait.")
    private long retryMaxDelay = 30_000;

    @UriParam(label = "producer",
              description = "Client-side pacing: at most this many requests per second (retries included) to one"
                            + " provider account, shared by every endpoint of the component with the same provider,"
                            + " base URL, API key and rate. Requests wait without blocking a thread. 0 (default): no"
                            + " pacing.")
    private double maxRequestsPerSecond;

    @UriParam(label = "producer",
              description = "Duplicate-dial guard: a simple-language expression giving each call-placing request a"
                            + " key, e.g. `${header.leadId}`. A key already used (held in `idempotentRepository`) fails"
                            + " the exchange with AiVoiceDuplicateCallException instead of ringing again. The header"
                            + " `CamelAiVoiceIdempotencyKey` overrides it per message.")
    private String idempotencyKey;
    // Ringg producer: paging, campaigns, call details

    @UriParam(label = "producer", defaultValue = "100",
              description = "Ringg list operations (call history, agents, numbers, workspace users, campaigns): the page"
                            + " size, 1 to 100. Always sent. The header `CamelAiVoiceLimit` overrides it.")
    private int limit = 100;

    @UriParam(label = "producer", defaultValue = "0",
              description = "Ringg list operations: the offset of the first item. The header `CamelAiVoiceOffset`"
                            + " overrides it.")
    private int offset;

    @UriParam(label = "producer",
              description = "Ringg list operations: return every page as a lazy `Iterator` that fetches the next page"
                            + " only when the previous one is consumed (use with `split(body()).streaming()`)."
                            + " The header `CamelAiVoicePageAll` overrides it.")
    private boolean pageAll;

    @UriParam(label = "producer",
              description = "Ringg: the campaign list id (`list_id` / `bulk_list_id`) for campaign start, bulkStatus,"
                            + " bulkStart and as a filter of call history and analytics.")
    private String listId;

    @UriParam(label = "producer",
              description = "Ringg call/get: ask for the platform and client analysis (`send_analysis=true`).")
    private boolean sendAnalysis;

    @UriParam(label = "producer", description = "Ringg campaign upload: the campaign name (`campaign_name`).")
    private String campaignName;

    @UriParam(label = "producer",
              description = "Ringg campaign upload and bulkStart: the country code (`country_code`), e.g. `+91` or `IN`.")
    private String countryCode;

    @UriParam(label = "producer",
              description = "Ringg campaign upload: the assistant variables filled from CSV columns (`variables_map`),"
                            + " as `variable:Column,variable:Column` or a JSON object. `mobile_number:Mobile Number` is"
                            + " always added.")
    private String variablesMap;

    @UriParam(label = "producer",
              description = "Ringg calls and campaigns: the default `call_config` as a JSON object (calling window,"
                            + " timezone, retries). The body and the header `CamelAiVoiceCallConfig` override it key"
                            + " by key.")
    private String callConfig;

    @UriParam(label = "producer", enums = "reject,drop", defaultValue = "reject",
              description = "Ringg campaign uploads: what to do with contact rows whose `Mobile Number` is not E.164."
                            + " `reject` fails before anything is sent, listing every bad row; `drop` uploads the"
                            + " other rows and lists the dropped ones in the header `CamelAiVoiceInvalidRows`.")
    private String invalidRows = "reject";

    // threading
    @UriParam(label = "producer,advanced", defaultValue = "false",
              description = "Send each request on the route's own thread, which waits for the answer (as camel-http"
                            + " does), instead of handing it to the endpoint's sender threads. Fewer thread hand-offs:"
                            + " more calls per second on few cores, but every call in flight holds a route thread."
                            + " Retries and paced requests that had to wait are still sent from sender threads.")
    private boolean synchronous;

    // ---- options of issue 10 (transport: maxAnswerSize, maxConnections, proxy*, sslContextParameters) ----
    @UriParam(label = "producer,advanced", defaultValue = "4194304",
              description = "The largest provider answer read, in bytes (default 4 MiB). Reading stops at the limit and"
                            + " the request fails with AiVoiceConnectionException; provider answers are small JSON"
                            + " documents, and lists are paged.")
    private int maxAnswerSize = 4 * 1024 * 1024;

    @UriParam(label = "producer,advanced", defaultValue = "20",
              description = "The size of the connection pool of one provider account (endpoints with the same"
                            + " provider, base URL, API key and HTTP settings share one pool).")
    private int maxConnections = 20;

    @UriParam(label = "proxy", description = "The HTTP proxy host the requests go through (CONNECT for https).")
    private String proxyHost;

    @UriParam(label = "proxy", description = "The HTTP proxy port.")
    private Integer proxyPort;

    @UriParam(label = "proxy", secret = true, description = "The user name for the HTTP proxy (Basic authentication).")
    private String proxyAuthUsername;

    @UriParam(label = "proxy", secret = true,
              description = "The password for the HTTP proxy; never logged, never put in an exception message.")
    private String proxyAuthPassword;

    @UriParam(label = "security",
              description = "TLS configuration (trust store, key store, protocols) for the connections to the"
                            + " provider, as Camel's other HTTP components take it.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters when no sslContextParameters is set.")
    private boolean useGlobalSslContextParameters;

    @UriParam(label = "advanced",
              description = "Changes the Apache HttpClient the endpoint builds (a dev.aivoice.camel"
                            + ".HttpClientConfigurer), after the endpoint's own options; the client's automatic"
                            + " retries and redirects stay off whatever it sets.")
    private HttpClientConfigurer httpClientConfigurer;


    // ---- options of issue 11 (operations: correlationId, backfillInterval) ----
    @UriParam(label = "producer",
              description = "An id of yours to send with each call and get back on its events, as a simple expression"
                            + " such as `${header.leadId}`: it travels in the call's variables under the key"
                            + " `aivoice_correlation_id` and comes back as the header `CamelAiVoiceCorrelationId`. The"
                            + " header `CamelAiVoiceCorrelationId` overrides it per message.")
    private String correlationId;

    @UriParam(label = "consumer", javaType = "java.time.Duration",
              description = "Ringg events consumer: how often to read the call history for calls that ended but whose"
                            + " outcome the webhook never delivered (Ringg gives up after 3 retries), e.g. `5m`. Off by"
                            + " default (0). Each outcome is routed once, whichever way it came, through the"
                            + " `idempotentRepository`; the header `CamelAiVoiceEventSource` says `webhook` or"
                            + " `history`. Needs `apiKey`.")
    private long backfillInterval;


    // ---- options of issue 12 (hardening: allowInsecureBaseUrl) ----
    @UriParam(label = "producer,security", defaultValue = "false",
              description = "INSECURE: permit a plain `http://` baseUrl to a host other than this machine (the API key"
                            + " would travel in clear text). Without it such a baseUrl fails at endpoint creation;"
                            + " `http://localhost` and `http://127.x.x.x` are always allowed.")
    private boolean allowInsecureBaseUrl;


    // ---- options of issue 14 (ringg API: applyRotatedKey, checkBalance) ----
    @UriParam(label = "producer", defaultValue = "false",
              description = "Ringg `workspace` `rotateKey`: after a successful rotation, every endpoint of this"
                            + " component that used the old key sends with the new one (requests wait while the"
                            + " rotation is out; none is sent with the old key afterwards). The new key is also the"
                            + " body: store it yourself, the component cannot write your secret store.")
    private boolean applyRotatedKey;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Ringg `campaign` `bulkStart`: ask Ringg's credit check (`check-balance`) first and refuse"
                            + " to start, with an AiVoicePaymentRequiredException carrying the required and available"
                            + " credits, when the balance is insufficient. Nothing is dialled then.")
    private boolean checkBalance;

    // ---- options of issue 15 (scale-out: pacer) ----
    @UriParam(label = "producer,advanced",
              description = "The pacer that enforces `maxRequestsPerSecond` per provider account: by default the"
                            + " component's in-memory one (one JVM); a shared one such as"
                            + " `dev.aivoice.camel.pacer.JdbcPacer` (`pacer=#sharedPacer`) makes several"
                            + " instances share one rate. Used only where `maxRequestsPerSecond` is set. When it cannot"
                            + " reserve a slot the request fails unsent (AiVoiceConnectionException).")
    private dev.aivoice.camel.pacer.Pacer pacer;


    // ---- options of issue 16 (compliance: callingWindow, callingDays, callingWindowAction, doNotCallList, dryRun) ----
    @UriParam(label = "producer,compliance",
              description = "Call-placing producers: the hours at which recipients may be called, in their own time"
                            + " zone (from the number, by libphonenumber): `08:00-21:00`, or per country (ISO region"
                            + " codes) `US=08:00-21:00,IN=09:00-21:00`, `*=` for the other countries. A country with no"
                            + " window and no default is not called. A number with several time zones is called only"
                            + " when the window is open in every one of them.")
    private String callingWindow;

    @UriParam(label = "producer,compliance",
              description = "Call-placing producers: the recipient-local days on which calls are allowed, e.g. `MON-SAT`"
                            + " or `MON-FRI,SUN`. Default: every day.")
    private String callingDays;

    @UriParam(label = "producer,compliance", enums = "reject,defer", defaultValue = "reject",
              description = "What happens to a call outside the calling window: `reject` fails the exchange with"
                            + " AiVoiceComplianceException (nothing sent); `defer` (Ringg calls only) sends the call with"
                            + " Ringg's own call_config calling window set to the recipient's window (and scheduled_at to"
                            + " the next allowed time), so Ringg dials it when allowed. Campaign rows outside the window"
                            + " are always reported like invalid rows.")
    private String callingWindowAction = "reject";

    @UriParam(label = "producer,compliance",
              description = "Call-placing producers: a do-not-call list (`dev.aivoice.camel.compliance.DoNotCallList`"
                            + " bean, e.g. FileDoNotCallList or JdbcDoNotCallList): listed numbers are never called.")
    private dev.aivoice.camel.compliance.DoNotCallList doNotCallList;

    @UriParam(label = "producer", defaultValue = "false",
              description = "Validate, gate and build the request, but send nothing: the body becomes the request that"
                            + " would have been sent (DryRunRequest: method, URL, headers with secrets masked, body) and"
                            + " the header CamelAiVoiceDryRun is true.")
    private boolean dryRun;


    // ---- options of issue 17 (runtimes: ringlyApiKey, ringgApiKey, ringlyBaseUrl, ringgBaseUrl) ----


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

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryDelay() {
        return retryDelay;
    }

    public void setRetryDelay(long retryDelay) {
        this.retryDelay = retryDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public double getMaxRequestsPerSecond() {
        return maxRequestsPerSecond;
    }

    public void setMaxRequestsPerSecond(double maxRequestsPerSecond) {
        this.maxRequestsPerSecond = maxRequestsPerSecond;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }

    public int getOffset() {
        return offset;
    }

    public void setOffset(int offset) {
        this.offset = offset;
    }

    public boolean isPageAll() {
        return pageAll;
    }

    public void setPageAll(boolean pageAll) {
        this.pageAll = pageAll;
    }

    public String getListId() {
        return listId;
    }

    public void setListId(String listId) {
        this.listId = listId;
    }

    public boolean isSendAnalysis() {
        return sendAnalysis;
    }

    public void setSendAnalysis(boolean sendAnalysis) {
        this.sendAnalysis = sendAnalysis;
    }

    public String getCampaignName() {
        return campaignName;
    }

    public void setCampaignName(String campaignName) {
        this.campaignName = campaignName;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getVariablesMap() {
        return variablesMap;
    }

    public void setVariablesMap(String variablesMap) {
        this.variablesMap = variablesMap;
    }

    public String getCallConfig() {
        return callConfig;
    }

    public void setCallConfig(String callConfig) {
        this.callConfig = callConfig;
    }

    public String getInvalidRows() {
        return invalidRows;
    }

    public void setInvalidRows(String invalidRows) {
        this.invalidRows = invalidRows;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    // ---- accessors of issue 10 (transport) ----
    public int getMaxAnswerSize() {
        return maxAnswerSize;
    }

    public void setMaxAnswerSize(int maxAnswerSize) {
        this.maxAnswerSize = maxAnswerSize;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public String getProxyAuthUsername() {
        return proxyAuthUsername;
    }

    public void setProxyAuthUsername(String proxyAuthUsername) {
        this.proxyAuthUsername = proxyAuthUsername;
    }

    public String getProxyAuthPassword() {
        return proxyAuthPassword;
    }

    public void setProxyAuthPassword(String proxyAuthPassword) {
        this.proxyAuthPassword = proxyAuthPassword;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }

    public HttpClientConfigurer getHttpClientConfigurer() {
        return httpClientConfigurer;
    }

    public void setHttpClientConfigurer(HttpClientConfigurer httpClientConfigurer) {
        this.httpClientConfigurer = httpClientConfigurer;
    }


    // ---- accessors of issue 11 (operations) ----
    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
    }

    public long getBackfillInterval() {
        return backfillInterval;
    }

    public void setBackfillInterval(long backfillInterval) {
        this.backfillInterval = backfillInterval;
    }


    // ---- accessors of issue 12 (hardening) ----
    public boolean isAllowInsecureBaseUrl() {
        return allowInsecureBaseUrl;
    }

    public void setAllowInsecureBaseUrl(boolean allowInsecureBaseUrl) {
        this.allowInsecureBaseUrl = allowInsecureBaseUrl;
    }


    // ---- accessors of issue 14 (ringg API) ----
    public boolean isApplyRotatedKey() {
        return applyRotatedKey;
    }

    public void setApplyRotatedKey(boolean applyRotatedKey) {
        this.applyRotatedKey = applyRotatedKey;
    }

    public boolean isCheckBalance() {
        return checkBalance;
    }

    public void setCheckBalance(boolean checkBalance) {
        this.checkBalance = checkBalance;
    }

    // ---- accessors of issue 15 (scale-out) ----
    public dev.aivoice.camel.pacer.Pacer getPacer() {
        return pacer;
    }

    public void setPacer(dev.aivoice.camel.pacer.Pacer pacer) {
        this.pacer = pacer;
    }


    // ---- accessors of issue 16 (compliance) ----
    public String getCallingWindow() {
        return callingWindow;
    }

    public void setCallingWindow(String callingWindow) {
        this.callingWindow = callingWindow;
    }

    public String getCallingDays() {
        return callingDays;
    }

    public void setCallingDays(String callingDays) {
        this.callingDays = callingDays;
    }

    public String getCallingWindowAction() {
        return callingWindowAction;
    }

    public void setCallingWindowAction(String callingWindowAction) {
        this.callingWindowAction = callingWindowAction;
    }

    public dev.aivoice.camel.compliance.DoNotCallList getDoNotCallList() {
        return doNotCallList;
    }

    public void setDoNotCallList(dev.aivoice.camel.compliance.DoNotCallList doNotCallList) {
        this.doNotCallList = doNotCallList;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }


    // ---- accessors of issue 17 (runtimes) ----

}
