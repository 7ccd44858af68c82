package dev.aivoice.camel;

import java.time.Clock;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ScheduledExecutorService;

import dev.aivoice.camel.compliance.ComplianceGate;
import dev.aivoice.camel.events.AiVoiceWebhookConsumer;
import dev.aivoice.camel.events.EventTypeFilter;
import dev.aivoice.camel.metrics.AiVoiceMetrics;
import dev.aivoice.camel.metrics.EndpointMonitor;
import dev.aivoice.camel.provider.AiVoiceProvider;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.validation.FieldValidator;
import dev.aivoice.camel.validation.OptionChecks;
import dev.aivoice.camel.validation.Secrets;
import org.apache.camel.AsyncEndpoint;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Expression;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Place AI phone calls, launch calling campaigns and receive call events through AI phone-agent providers
 * (Ringly.io, Ringg AI).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "aivoice", title = "AI Voice", syntax = "aivoice:provider:api",
             category = { Category.AI, Category.API, Category.CLOUD }, headersClass = AiVoiceConstants.class)
public class AiVoiceEndpoint extends DefaultEndpoint implements AsyncEndpoint, EndpointServiceLocation {

    private static final Logger LOG = LoggerFactory.getLogger(AiVoiceEndpoint.class);

    @UriPath(enums = "ringly,ringg", description = "The AI phone-agent provider.")
    @Metadata(required = true)
    private String provider;

    @UriPath(enums = "call,campaign,agent,number,workspace,analytics,events",
             description = "The provider API: `call` (ringly, ringg), `campaign`, `agent`, `number`, `workspace`,"
                           + " `analytics` (ringg), `events` (ringg webhook consumer).")
    @Metadata(required = true)
    private String api;

    @UriParam
    private AiVoiceConfiguration configuration;

    private AiVoiceProvider providerSpi;
    /** The endpoint's secrets, to redact from what leaves the component (issue 12). */
    private Secrets secrets = Secrets.none();
    private Expression idempotencyKeyExpression;
    /** Issue 16: the pre-dial compliance gate (its options are checked as it is built, at creation). */
    private ComplianceGate compliance = ComplianceGate.NONE;
    private volatile EndpointMonitor monitor; // issue 11 (operations)
    /** While started: the operation contexts and send chains. Replaced whole on start and stop. */
    private volatile OperationContexts sending;

    public AiVoiceEndpoint(String uri, AiVoiceComponent component, String provider, String api,
                           AiVoiceConfiguration configuration) {
        super(uri, component);
        this.provider = provider;
        this.api = api;
        this.configuration = configuration;
    }

    /**
     * Endpoint creation, once the options are set: puts them in their canonical form, checks them all (the first bad
     * one fails, naming it and what is allowed), then builds what they describe.
     */
    void prepare() {
        providerSpi = AiVoiceProviders.provider(provider); // issue 13: the registry lives with the component
        OptionChecks.normalize(configuration);
        validateAddress();
        secrets = Secrets.of(configuration.getApiKey(), configuration.getWebhookToken(),
                configuration.getProxyAuthPassword());
        if (configuration.getIdempotencyKey() != null) {
            idempotencyKeyExpression = getCamelContext().resolveLanguage("simple")
                    .createExpression(configuration.getIdempotencyKey());
            idempotencyKeyExpression.init(getCamelContext());
        }
        if (configuration.getApiKey() != null && getEndpointUri().contains(configuration.getApiKey())) {
            LOG.warn("aivoice:{}:{}: the apiKey is written in the endpoint URI, so Camel keeps it in its endpoint"
                     + " registry; set it on the aivoice component, or as apiKey=#property:<name>", provider, api);
        }
        // issue 16: callingWindow, callingDays, callingWindowAction, doNotCallList (checked here); Clock from the registry
        compliance = ComplianceGate.create(configuration, getCamelContext(), provider, api);
    }

    /** Fails on an unknown api or operation, listing the valid values, and on any bad option value. Changes nothing. */
    void validateAddress() {
        OptionChecks checks = new OptionChecks("aivoice:" + provider + ":" + api);
        checks.check(configuration); // issue 12: every option checked before anything runs
        EventTypeFilter.check(providerSpi, configuration, "aivoice:" + provider + ":" + api); // issue 13: its types
        TreeSet<String> apis = new TreeSet<>(providerSpi.producerApis().keySet());
        apis.addAll(providerSpi.consumerApis());
        if (!apis.contains(api)) {
            throw new IllegalArgumentException("Unknown api '" + api + "' for aivoice provider " + provider
                                               + ". Valid apis: " + String.join(", ", apis));
        }
        if (configuration.getOperation() != null && !operations().contains(configuration.getOperation())) {
            throw new IllegalArgumentException(
                    "Unknown operation '" + configuration.getOperation() + "' for aivoice:" + provider + ":" + api
                                               + ". Valid operations: "
                                               + (operations().isEmpty() ? "none (a consumer-only api)"
                                                       : String.join(", ", operations())));
        }
        checks.checkSending(configuration, new FieldValidator(provider, api));
    }

    /** The operations of this endpoint's api, in URI order (the first is the default); empty for a consumer api. */
    List<String> operations() {
        return providerSpi.producerApis().getOrDefault(api, List.of());
    }

    @Override
    public Producer createProducer() throws Exception {
        if (!providerSpi.producerApis().containsKey(api)) {
            throw new IllegalArgumentException("aivoice:" + provider + ":" + api + " is consumer-only: use it in from()."
                                               + " Producer apis of " + provider + ": "
                                               + String.join(", ", providerSpi.producerApis().keySet()));
        }
        if (configuration.getApiKey() == null || configuration.getApiKey().isBlank()) {
            throw new IllegalArgumentException("aivoice:" + provider + ":" + api + " needs an apiKey: set the endpoint"
                                               + " option apiKey, or the aivoice component's apiKey or "
                                               + provider + "ApiKey");
        }
        return new AiVoiceProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (!providerSpi.consumerApis().contains(api)) {
            throw new IllegalArgumentException("aivoice:" + provider + ":" + api + " is producer-only: use it in to()."
                                               + " Consumer apis of " + provider + ": "
                                               + (providerSpi.consumerApis().isEmpty() ? "none"
                                                       : String.join(", ", providerSpi.consumerApis())));
        }
        AiVoiceWebhookConsumer consumer = new AiVoiceWebhookConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        monitor = new EndpointMonitor(provider, api, AiVoiceMetrics.of(getCamelContext()), Clock.systemUTC()); // issue 11
        sending = new OperationContexts(this, operations(), compliance);
        if (!operations().isEmpty()) {
            AiVoiceComponent component = (AiVoiceComponent) getComponent();
            component.producerHealthChecks().add(this, account(), component.isHealthCheckProducerEnabled()); // issue 11
        }
    }

    /** Provider account: the key only as its hash, in memory (issue 11: one health check per account). */
    private String account() {
        return provider + '|' + getServiceUrl() + '|' + String.valueOf(configuration.getApiKey()).hashCode();
    }

    @Override
    protected void doStop() throws Exception {
        ((AiVoiceComponent) getComponent()).producerHealthChecks().remove(this, account()); // issue 11
        OperationContexts started = sending;
        sending = null;
        if (started != null) {
            started.stop();
        }
        super.doStop();
    }

    public OperationContext operationContext(String operation) {
        return started().get(operation);
    }

    /**
     * A context for an operation of another api of this provider (the webhook consumer subscribes through one): its
     * requests are sent once, at once, unguarded.
     */
    public OperationContext operationContext(String otherApi, String operation) {
        return started().forOtherApi(otherApi, operation);
    }

    private OperationContexts started() {
        OperationContexts started = sending;
        if (started == null) {
            throw new IllegalStateException("aivoice:" + provider + ":" + api + " is not started: nothing sent");
        }
        return started;
    }

    /** Runs the rest of an exchange on a sender thread; on the current thread should they be stopped. */
    void continueOnSender(Runnable rest) {
        OperationContexts started = sending;
        if (started == null) {
            rest.run();
        } else {
            started.continueOnSender(rest);
        }
    }

    /** The endpoint's {@code idempotencyKey} expression, or null. */
    public Expression getIdempotencyKeyExpression() {
        return idempotencyKeyExpression;
    }

    /** The component's scheduler thread, for short periodic tasks (issue 11: refusal log, backfill). */
    public ScheduledExecutorService scheduler() {
        return ((AiVoiceComponent) getComponent()).scheduler();
    }

    /** Metrics, recent operations and last failure of this endpoint (issue 11); null before it starts. */
    public EndpointMonitor monitor() {
        return monitor;
    }

    /** The endpoint's secrets: redact them from any message or exception chain that leaves the component. */
    public Secrets getSecrets() {
        return secrets;
    }

    public AiVoiceProvider getProviderSpi() {
        return providerSpi;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl() != null ? configuration.getBaseUrl() : providerSpi.defaultBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "rest";
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getApi() {
        return api;
    }

    public void setApi(String api) {
        this.api = api;
    }

    public AiVoiceConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AiVoiceConfiguration configuration) {
        this.configuration = configuration;
    }
}
