package dev.aivoice.camel;

import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import dev.aivoice.camel.health.ProducerHealthChecks;
import dev.aivoice.camel.http.ConnectionPools;
import dev.aivoice.camel.keys.AccountKeys;
import dev.aivoice.camel.reliability.RequestPacers;
import dev.aivoice.camel.validation.OptionChecks;
import org.apache.camel.Endpoint;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.apache.camel.support.service.ServiceHelper;
import org.apache.camel.util.URISupport;

/** The {@code aivoice} component: AI phone calls, campaigns and call events through Ringly.io and Ringg AI. */
@Component("aivoice")
public class AiVoiceComponent extends HealthCheckComponent implements SSLContextParametersAware {

    @Metadata(description = "Default options of every aivoice endpoint: set apiKey, baseUrl, agentId, ... once here.")
    private AiVoiceConfiguration configuration = new AiVoiceConfiguration();

    @Metadata(label = "ringly,common,security", secret = true,
              description = "Ringly's API key for every aivoice:ringly endpoint that sets no apiKey; takes precedence"
                            + " over the component's apiKey, so one application can configure both providers.")
    private String ringlyApiKey;
    @Metadata(label = "ringg,common,security", secret = true,
              description = "Ringg's workspace API key for every aivoice:ringg endpoint that sets no apiKey; takes"
                            + " precedence over the component's apiKey, so one application can configure both providers.")
    private String ringgApiKey;
    @Metadata(label = "ringly,common,advanced",
              description = "Ringly's base URL for every aivoice:ringly endpoint that sets no baseUrl; takes precedence"
                            + " over the component's baseUrl (default: the real one).")
    private String ringlyBaseUrl;
    @Metadata(label = "ringg,common,advanced",
              description = "Ringg's base URL for every aivoice:ringg endpoint that sets no baseUrl; takes precedence"
                            + " over the component's baseUrl (default: the real one).")
    private String ringgBaseUrl;
    private final ProviderDefaults providerDefaults = new ProviderDefaults(this);

    // reliability: shared by all endpoints, created on first use, released when the component stops
    private final RequestPacers pacers = new RequestPacers();
    private ScheduledExecutorService scheduler;
    private IdempotentRepository callKeys;
    private final ProducerHealthChecks producerHealthChecks = new ProducerHealthChecks(); // issue 11
    // transport: one HTTP client and connection pool per provider account, shared by its endpoints
    private final ConnectionPools pools = new ConnectionPools();
    // issue 14: one rotatable key per provider account, shared by the endpoints using it
    private final AccountKeys accountKeys = new AccountKeys();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        String[] parts = remaining.split(":", -1);
        if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
            throw new IllegalArgumentException(
                    "Invalid aivoice URI '" + URISupport.sanitizeUri(uri) + "': expected aivoice:provider:api, e.g. aivoice:ringly:call"
                                               + " or aivoice:ringg:campaign");
        }
        // issue 17: per-provider component defaults (ringlyApiKey, ringgBaseUrl, ...) before the endpoint's own options
        AiVoiceConfiguration defaults = providerDefaults.applyTo(parts[0], configuration.copy());
        AiVoiceEndpoint endpoint = new AiVoiceEndpoint(uri, this, parts[0], parts[1], defaults);
        // issue 12: Camel reads a duration it cannot parse as 0; check the text first
        new OptionChecks("aivoice:" + parts[0] + ":" + parts[1]).checkDurationTexts(parameters);
        setProperties(endpoint, parameters);
        endpoint.prepare();
        return endpoint;
    }

    /** Runs retry and pacing waits: one thread, as each task only starts an asynchronous request. */
    synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = getCamelContext().getExecutorServiceManager()
                    .newSingleThreadScheduledExecutor(this, "AiVoiceReliability");
        }
        return scheduler;
    }

    ProducerHealthChecks producerHealthChecks() {
        return producerHealthChecks;
    }

    RequestPacers pacers() {
        return pacers;
    }

    ConnectionPools pools() {
        return pools;
    }

    /** Issue 14: the API keys of the accounts the endpoints use (Ringg's rotateKey replaces one for all). */
    public AccountKeys accountKeys() {
        return accountKeys;
    }

    /** The component-wide default of the endpoint option of the same name (kept in {@link #getConfiguration()}). */
    @Override
    public boolean isUseGlobalSslContextParameters() {
        return configuration.isUseGlobalSslContextParameters();
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        configuration.setUseGlobalSslContextParameters(useGlobalSslContextParameters);
    }

    /** The in-memory store of call keys used when no idempotentRepository is set: one for all endpoints. */
    synchronized IdempotentRepository defaultCallKeys() {
        if (callKeys == null) {
            callKeys = MemoryIdempotentRepository.memoryIdempotentRepository(100_000);
            ServiceHelper.startService(callKeys);
        }
        return callKeys;
    }

    @Override
    protected synchronized void doStop() throws Exception {
        if (scheduler != null) {
            getCamelContext().getExecutorServiceManager().shutdownNow(scheduler);
            scheduler = null;
        }
        ServiceHelper.stopService(callKeys);
        callKeys = null;
        pools.close();
        super.doStop();
    }

    public AiVoiceConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(AiVoiceConfiguration configuration) {
        this.configuration = configuration;
    }

    public String getRinglyApiKey() {
        return ringlyApiKey;
    }

    public void setRinglyApiKey(String ringlyApiKey) {
        this.ringlyApiKey = ringlyApiKey;
    }

    public String getRinggApiKey() {
        return ringgApiKey;
    }

    public void setRinggApiKey(String ringgApiKey) {
        this.ringgApiKey = ringgApiKey;
    }

    public String getRinglyBaseUrl() {
        return ringlyBaseUrl;
    }

    public void setRinglyBaseUrl(String ringlyBaseUrl) {
        this.ringlyBaseUrl = ringlyBaseUrl;
    }

    public String getRinggBaseUrl() {
        return ringgBaseUrl;
    }

    public void setRinggBaseUrl(String ringgBaseUrl) {
        this.ringgBaseUrl = ringgBaseUrl;
    }
}
