package dev.aivoice.camel;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ScheduledExecutorService;

import dev.aivoice.camel.compliance.ComplianceGate;
import dev.aivoice.camel.events.AiVoiceWebhookConsumer;
import dev.aivoice.camel.events.EventTypeFilter;
import dev.aivoice.camel.keys.AccountKey;
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
import org.apache.camel.Exchange;
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
    /** The transport and send chains while started. */
    private SendChains sending;
    /** Replaced whole on start and stop, never changed in place: producers read it without locking. */
    private volatile Map<String, OperationContext> contexts = Map.of();
    private Expression idempotencyKeyExpression;
    private volatile EndpointMonitor monitor; // issue 11 (operations)
    /** The endpoint's secrets, to redact from what leaves the component (issue 12). */
    private Secrets secrets = Secrets.none();
    /** issue 16: the pre-dial compliance gate, built (and its options checked) when the endpoint is created. */
    private ComplianceGate compliance = ComplianceGate.NONE;

    public AiVoiceEndpoint(String uri, AiVoiceComponent component, String provider, String api,
                           AiVoiceConfiguration configuration) {
        super(uri, component);
        this.provider = provider;
        this.api = api;
        this.configuration = configuration;
    }

    /** Fails on an unknown provider, api or operation, listing the valid values, and on any bad option value. */
    void validateAddress() {
        providerSpi = AiVoiceProviders.provider(provider); // issue 13: the registry lives with the component
        // issue 12: every option checked (and secrets cleaned) before anything runs
        new OptionChecks("aivoice:" + provider + ":" + api).check(configuration);
        EventTypeFilter.check(providerSpi, configuration, "aivoice:" + provider + ":" + api); // issue 13: its types
        secrets = Secrets.of(configuration.getApiKey(), configuration.getWebhookToken(),
                configuration.getProxyAuthPassword());
        TreeSet<String> apis = new TreeSet<>(providerSpi.producerApis().keySet());
        apis.addAll(providerSpi.consumerApis());
        if (!apis.contains(api)) {
            throw new IllegalArgumentException("Unknown api '" + api + "' for aivoice provider " + provider
                                               + ". Valid apis: " + String.join(", ", apis));
        }
        if (configuration.getOperation() != null) {
            checkOperation(configuration.getOperation());
        }
        if (configuration.getFromNumber() != null) {
            configuration.setFromNumber(FieldValidator.restorePlusDecodedAsSpace(configuration.getFromNumber()));
            new FieldValidator(provider, api).checkE164("fromNumber (endpoint option)", configuration.getFromNumber());
        }
        validateReliabilityOptions();
        // issue 16: callingWindow, callingDays, callingWindowAction, doNotCallList; Clock from the registry
        compliance = ComplianceGate.create(configuration, getCamelContext(), provider, api);
    }

    private void validateReliabilityOptions() {
        validateTransportOptions();
        String key = configuration.getIdempotencyKey();
        if (key != null) {
            if (!key.contains("${")) {
                throw new IllegalArgumentException("aivoice:" + provider + ":" + api + ": idempotencyKey '" + key
                                                   + "' is a constant, so every call would share one key: use a simple"
                                                   + " expression such as ${header.leadId}");
            }
            idempotencyKeyExpression = getCamelContext().resolveLanguage("simple").createExpression(key);
            idempotencyKeyExpression.init(getCamelContext());
        }
        if (configuration.getApiKey() != null && getEndpointUri().contains(configuration.getApiKey())) {
            LOG.warn("aivoice:{}:{}: the apiKey is written in the endpoint URI, so Camel keeps it in its endpoint"
                     + " registry; set it on the aivoice component, or as apiKey=#property:<name>", provider, api);
        }
    }

    private void validateTransportOptions() {
        if (configuration.getMaxAnswerSize() <= 0 || configuration.getMaxConnections() <= 0) {
            throw new IllegalArgumentException("aivoice:" + provider + ":" + api + ": maxAnswerSize and maxConnections"
                                               + " must be above 0");
        }
        if (configuration.getProxyHost() != null && (configuration.getProxyPort() == null
                                                      || configuration.getProxyPort() < 1
                                                      || configuration.getProxyPort() > 65535)) {
            throw new IllegalArgumentException("aivoice:" + provider + ":" + api + ": proxyHost needs a proxyPort"
                                               + " from 1 to 65535");
        }
    }

    private List<String> operations() {
        return providerSpi.producerApis().getOrDefault(api, List.of());
    }

    private void checkOperation(String operation) {
        if (!operations().contains(operation)) {
            throw new IllegalArgumentException(
                    "Unknown operation '" + operation + "' for aivoice:" + provider + ":" + api + ". Valid operations: "
                                               + (operations().isEmpty() ? "none (a consumer-only api)"
                                                       : String.join(", ", operations())));
        }
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
        contexts = Map.of();
        monitor = new EndpointMonitor(provider, api, AiVoiceMetrics.of(getCamelContext()), Clock.systemUTC()); // issue 11
        sending = new SendChains(this, !operations().isEmpty());
        Map<String, OperationContext> started = new HashMap<>();
        AccountKey accountKey = accountKey(); // issue 14: shared by the account's endpoints, rotatable
        for (String operation : operations()) {
            started.put(operation, new OperationContext(providerSpi, api, operation, configuration,
                    compliance.clock(), accountKey, sending::chain).compliance(compliance)); // issue 16: gate, clock
        }
        contexts = Map.copyOf(started);
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
        if (sending != null) {
            sending.stop();
            sending = null;
        }
        contexts = Map.of();
        super.doStop();
    }

    /** The operation for this exchange: the header, else the option, else the api's default. */
    public String resolveOperation(Exchange exchange) {
        String operation = exchange.getMessage().getHeader(AiVoiceConstants.OPERATION, String.class);
        if (operation == null) {
            operation = configuration.getOperation() != null ? configuration.getOperation() : operations().get(0);
        } else if (!operations().contains(operation)) {
            throw new AiVoiceValidationException(AiVoiceConstants.OPERATION,
                    "Invalid header " + AiVoiceConstants.OPERATION + " '" + operation + "' for aivoice:" + provider
                                                                             + ":" + api + ". Valid operations: "
                                                                             + String.join(", ", operations()),
                    AiVoiceError.local(provider, api + "/" + operation));
        }
        return operation;
    }

    public OperationContext operationContext(String operation) {
        OperationContext context = contexts.get(operation);
        if (context == null) {
            throw new IllegalStateException("aivoice:" + provider + ":" + api + " is not started: nothing sent");
        }
        return context;
    }

    /**
     * A context for an operation of another api of this provider (the webhook consumer subscribes through one): its
     * requests are sent once, at once, unguarded.
     */
    public OperationContext operationContext(String otherApi, String operation) {
        return new OperationContext(providerSpi, otherApi, operation, configuration, Clock.systemUTC(),
                accountKey(), sending::unguarded);
    }

    /** Issue 14: the key of this endpoint's account, shared with the component's other endpoints using it. */
    private AccountKey accountKey() {
        return ((AiVoiceComponent) getComponent()).accountKeys().of(provider, getServiceUrl(),
                configuration.getApiKey());
    }

    /** Runs the rest of an exchange on a sender thread; on the current thread should they be stopped. */
    void continueOnSender(Runnable rest) {
        SendChains current = sending;
        if (current == null) {
            rest.run();
        } else {
            current.continueOnSender(rest);
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
