package dev.aivoice.camel;

import dev.aivoice.camel.compliance.DoNotCallList;
import dev.aivoice.camel.pacer.Pacer;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of the producers of both providers (catalog label {@code ringly,ringg,producer}): which operation, the
 * caller, the correlation id, retries, pacing, the duplicate-dial guard, threading, the dry run and the pre-dial
 * compliance gate.
 */
@UriParams
public abstract class AiVoiceProducerOptions extends AiVoiceCommonOptions {

    @UriParam(label = "ringly,ringg,producer",
              enums = "create,get,history,terminate,launch,upload,start,list,bulkUpload,bulkStatus,bulkStart,voices,"
                      + "subscribeEvents,edit,users,platform,numbers,duration,classification,drillDown,"
                      + "update,archive,rotateKey,export,terminateNumbers,terminateCampaignNumbers,checkBalance,"
                      + "deleteList",
              description = "The operation of the api. Defaults to the api's first operation: `create` for `call`,"
                            + " `launch` for `campaign`, `list` for `agent`, `number`, `get` for `workspace`,"
                            + " `platform` for `analytics`. The header `CamelAiVoiceOperation` overrides it per message.")
    private String operation;

    @UriParam(label = "ringly,ringg,producer",
              description = "The caller number in E.164 (Ringly `from_number`, Ringg `from_number`).")
    private String fromNumber;

    @UriParam(label = "ringly,ringg,producer",
              description = "An id of yours to send with each call and get back on its events, as a simple expression"
                            + " such as `${header.leadId}`: it travels in the call's variables under the key"
                            + " `aivoice_correlation_id` and comes back as the header `CamelAiVoiceCorrelationId`. The"
                            + " header `CamelAiVoiceCorrelationId` overrides it per message.")
    private String correlationId;

    @UriParam(label = "ringly,ringg,producer", defaultValue = "0",
              description = "How often to retry a failed request that is safe to repeat: reads after 429, 5xx, timeouts"
                            + " and resets; any request, call-placing ones too, only after 429 or a connection that was"
                            + " never made. A call-placing request that may have reached the provider is never"
                            + " retried. 0 (default) leaves retrying to the route's error handler.")
    private int maxRetries;

    @UriParam(label = "ringly,ringg,producer", defaultValue = "500", javaType = "java.time.Duration",
              description = "The first retry's wait, doubled for each further retry, with random jitter (half of it"
                            + " fixed, half random), e.g. `500ms`. A `Retry-After` from the provider replaces it.")
    private long retryDelay = 500;

    @UriParam(label = "ringly,ringg,producer", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The longest wait before one retry, e.g. `30s`. When the provider's `Retry-After` asks for"
                            + " longer, the request is not retried and the AiVoiceRateLimitException carries the wait.")
    private long retryMaxDelay = 30_000;

    @UriParam(label = "ringly,ringg,producer",
              description = "Client-side pacing: at most this many requests per second (retries included) to one"
                            + " provider account, shared by every endpoint of the component with the same provider,"
                            + " base URL, API key and rate. Requests wait without blocking a thread. 0 (default): no"
                            + " pacing.")
    private double maxRequestsPerSecond;

    @UriParam(label = "ringly,ringg,producer,advanced",
              description = "The pacer that enforces `maxRequestsPerSecond` per provider account: by default the"
                            + " component's in-memory one (one JVM); a shared one such as"
                            + " `dev.aivoice.camel.pacer.JdbcPacer` (`pacer=#sharedPacer`) makes several"
                            + " instances share one rate. Used only where `maxRequestsPerSecond` is set. When it cannot"
                            + " reserve a slot the request fails unsent (AiVoiceConnectionException).")
    private Pacer pacer;

    @UriParam(label = "ringly,ringg,producer",
              description = "Duplicate-dial guard: a simple-language expression giving each call-placing request a"
                            + " key, e.g. `${header.leadId}`. A key already used (held in `idempotentRepository`) fails"
                            + " the exchange with AiVoiceDuplicateCallException instead of ringing again. The header"
                            + " `CamelAiVoiceIdempotencyKey` overrides it per message.")
    private String idempotencyKey;

    @UriParam(label = "ringly,ringg,producer,advanced", defaultValue = "false",
              description = "Send each request on the route's own thread, which waits for the answer (as camel-http"
                            + " does), instead of handing it to the endpoint's sender threads. Fewer thread hand-offs:"
                            + " more calls per second on few cores, but every call in flight holds a route thread."
                            + " Retries and paced requests that had to wait are still sent from sender threads.")
    private boolean synchronous;

    @UriParam(label = "ringly,ringg,producer", defaultValue = "false",
              description = "Validate, gate and build the request, but send nothing: the body becomes the request that"
                            + " would have been sent (DryRunRequest: method, URL, headers with secrets masked, body) and"
                            + " the header CamelAiVoiceDryRun is true.")
    private boolean dryRun;

    @UriParam(label = "ringly,ringg,producer,compliance",
              description = "Call-placing producers: the hours at which recipients may be called, in their own time"
                            + " zone (from the number, by libphonenumber): `08:00-21:00`, or per country (ISO region"
                            + " codes) `US=08:00-21:00,IN=09:00-21:00`, `*=` for the other countries. A country with no"
                            + " window and no default is not called. A number with several time zones is called only"
                            + " when the window is open in every one of them.")
    private String callingWindow;

    @UriParam(label = "ringly,ringg,producer,compliance",
              description = "Call-placing producers: the recipient-local days on which calls are allowed, e.g. `MON-SAT`"
                            + " or `MON-FRI,SUN`. Default: every day.")
    private String callingDays;

    @UriParam(label = "ringly,ringg,producer,compliance", enums = "reject,defer", defaultValue = "reject",
              description = "What happens to a call outside the calling window: `reject` fails the exchange with"
                            + " AiVoiceComplianceException (nothing sent); `defer` (Ringg calls only) sends the call with"
                            + " Ringg's own call_config calling window set to the recipient's window (and scheduled_at to"
                            + " the next allowed time), so Ringg dials it when allowed. Campaign rows outside the window"
                            + " are always reported like invalid rows.")
    private String callingWindowAction = "reject";

    @UriParam(label = "ringly,ringg,producer,compliance",
              description = "Call-placing producers: a do-not-call list (`dev.aivoice.camel.compliance.DoNotCallList`"
                            + " bean, e.g. FileDoNotCallList or JdbcDoNotCallList): listed numbers are never called.")
    private DoNotCallList doNotCallList;

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

    public String getCorrelationId() {
        return correlationId;
    }

    public void setCorrelationId(String correlationId) {
        this.correlationId = correlationId;
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

    public Pacer getPacer() {
        return pacer;
    }

    public void setPacer(Pacer pacer) {
        this.pacer = pacer;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public boolean isSynchronous() {
        return synchronous;
    }

    public void setSynchronous(boolean synchronous) {
        this.synchronous = synchronous;
    }

    public boolean isDryRun() {
        return dryRun;
    }

    public void setDryRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

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

    public DoNotCallList getDoNotCallList() {
        return doNotCallList;
    }

    public void setDoNotCallList(DoNotCallList doNotCallList) {
        this.doNotCallList = doNotCallList;
    }
}
