package dev.aivoice.camel;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Options of an aivoice endpoint; set on the component, they are the defaults of every endpoint. Declared by where they
 * apply, which their catalog label says too: {@link AiVoiceCommonOptions} (both providers, both directions),
 * {@link AiVoiceProducerOptions} (producers of both providers), {@link AiVoiceRinggProducerOptions} (Ringg
 * producers), and here the Ringg events consumer's (the webhook; catalog label {@code ringg,consumer}).
 */
@UriParams
public class AiVoiceConfiguration extends AiVoiceRinggProducerOptions implements Cloneable {

    @UriParam(label = "ringg,consumer", defaultValue = "/aivoice/ringg/events",
              description = "The HTTP path the webhook consumer listens on. Left at this default, a provider's consumer"
                            + " listens on that provider's own default path (Ringg: /aivoice/ringg/events).")
    private String webhookPath = "/aivoice/ringg/events";

    @UriParam(label = "ringg,consumer,security", secret = true,
              description = "The bearer token the provider must send (`Authorization: Bearer <token>`).")
    private String webhookToken;

    @UriParam(label = "ringg,consumer", defaultValue = "1048576",
              description = "The largest webhook body accepted, in bytes; larger ones are answered 413.")
    private int webhookMaxBodySize = 1_048_576;

    @UriParam(label = "ringg,consumer,security", defaultValue = "false",
              description = "INSECURE: start the webhook consumer without a webhookToken, routing every request that"
                            + " reaches the path. Only behind a proxy that authenticates the provider itself.")
    private boolean webhookAuthDisabled;

    @UriParam(label = "ringg,consumer",
              description = "Register the webhook subscription on the agent (`agentId`) at start, for `publicUrl`,"
                            + " merged with the agent's other subscriptions.")
    private boolean autoSubscribe;

    @UriParam(label = "ringg,consumer",
              description = "The public URL the provider reaches this webhook at (for `autoSubscribe`).")
    private String publicUrl;

    @UriParam(label = "ringg,consumer",
              description = "Comma-separated event types to route (e.g. `call_completed,all_processing_completed`);"
                            + " others are acknowledged and dropped. All types when empty.")
    private String eventTypes;

    @UriParam(label = "ringg,consumer", javaType = "java.time.Duration",
              description = "Ringg events consumer: how often to read the call history for calls that ended but whose"
                            + " outcome the webhook never delivered (Ringg gives up after 3 retries), e.g. `5m`. Off by"
                            + " default (0). Each outcome is routed once, whichever way it came, through the"
                            + " `idempotentRepository`; the header `CamelAiVoiceEventSource` says `webhook` or"
                            + " `history`. Needs `apiKey`.")
    private long backfillInterval;

    public AiVoiceConfiguration copy() {
        try {
            return (AiVoiceConfiguration) clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
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

    public boolean isWebhookAuthDisabled() {
        return webhookAuthDisabled;
    }

    public void setWebhookAuthDisabled(boolean webhookAuthDisabled) {
        this.webhookAuthDisabled = webhookAuthDisabled;
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

    public long getBackfillInterval() {
        return backfillInterval;
    }

    public void setBackfillInterval(long backfillInterval) {
        this.backfillInterval = backfillInterval;
    }
}
