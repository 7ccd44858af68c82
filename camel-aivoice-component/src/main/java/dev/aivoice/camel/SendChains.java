package dev.aivoice.camel;

import java.time.Duration;
import java.util.concurrent.ExecutorService;

import dev.aivoice.camel.dryrun.DryRun;
import dev.aivoice.camel.http.ClientSettings;
import dev.aivoice.camel.http.ConnectionPools;
import dev.aivoice.camel.http.HttpTransport;
import dev.aivoice.camel.http.Sender;
import dev.aivoice.camel.keys.KeyedSender;
import dev.aivoice.camel.provider.MappingSender;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.reliability.Delays;
import dev.aivoice.camel.reliability.GuardedSender;
import dev.aivoice.camel.reliability.PacedAccount;
import dev.aivoice.camel.reliability.PacedRetryingSender;
import dev.aivoice.camel.reliability.RequestPacers;
import dev.aivoice.camel.reliability.RetryPolicy;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.service.ServiceHelper;

/**
 * What one started endpoint sends with: its share of the account's HTTP client, its sender threads, the transport,
 * and the one place its send chains are put together (see {@link Sender} for the links and where new ones go).
 */
final class SendChains {

    private final AiVoiceEndpoint endpoint;
    private final AiVoiceConfiguration configuration;
    private final AiVoiceComponent component;
    private final ClientSettings clientSettings;
    private final ExecutorService senders;
    private final HttpTransport transport;
    private final Delays delays;
    private final RetryPolicy retryPolicy;
    private final PacedAccount pacer;
    private final IdempotentRepository callKeys;

    /** @param sends false for a consumer-only api: no guard, retries or pacing to prepare */
    SendChains(AiVoiceEndpoint endpoint, boolean sends) throws Exception {
        this.endpoint = endpoint;
        this.configuration = endpoint.getConfiguration();
        this.component = (AiVoiceComponent) endpoint.getComponent();
        CamelContext camel = endpoint.getCamelContext();
        boolean synchronous = configuration.isSynchronous();
        this.senders = camel.getExecutorServiceManager().newCachedThreadPool(endpoint, "AiVoiceSender");
        this.clientSettings = clientSettings(camel);
        // synchronous: the blocking send runs on whichever thread sends, the route's own for a first attempt
        this.transport = new HttpTransport(component.pools().acquire(clientSettings), configuration.getRequestTimeout(),
                configuration.getMaxAnswerSize(), synchronous ? null : senders, component.scheduler());
        // synchronous: what follows a wait must not block the scheduler's thread, so it resumes on a sender thread
        this.delays = synchronous ? new Delays(component.scheduler(), senders) : new Delays(component.scheduler());
        this.retryPolicy = new RetryPolicy(configuration.getMaxRetries(),
                Duration.ofMillis(configuration.getRetryDelay()), Duration.ofMillis(configuration.getRetryMaxDelay()));
        // the account's budget: the pacer option's (issue 15), else the component's in-memory pacers
        this.pacer = sends && configuration.getMaxRequestsPerSecond() > 0
                ? new PacedAccount(configuration.getPacer() != null ? configuration.getPacer() : component.pacers(),
                        RequestPacers.account(endpoint.getProvider(), endpoint.getServiceUrl(),
                                configuration.getApiKey()),
                        configuration.getMaxRequestsPerSecond())
                : null;
        this.callKeys = sends ? callKeys() : null;
    }

    /** The chain of one operation: duplicate-dial guard, pacing and retries, error mapping, the transport. */
    Sender chain(OperationContext context) {
        if (configuration.isDryRun()) {
            // issue 16: describe the request instead of sending it: no key stored, no pacing slot, nothing sent
            return request -> DryRun.instead(request, context::redact);
        }
        Sender mapped = new MappingSender(endpoint.getProviderSpi().errorMapper(), context, keyed(context));
        Sender reliable = new PacedRetryingSender(retryPolicy, pacer, delays,
                stopped -> new AiVoiceConnectionException(context.describe() + " " + stopped.getMessage(),
                        context.error(0, null, null, null), false, stopped),
                mapped, endpoint.monitor()); // issue 11: metrics and the INFO line of retried or paced requests
        return new GuardedSender(callKeys, endpoint.getIdempotencyKeyExpression() != null, endpoint.getProvider(),
                context.operationName(), context.validator(), reliable);
    }

    /** A chain that sends once, at once, unguarded (the webhook consumer's subscription requests). */
    Sender unguarded(OperationContext context) {
        return new MappingSender(endpoint.getProviderSpi().errorMapper(), context, keyed(context));
    }

    /** Issue 14: each attempt takes the account's key as it is sent (rotateKey may replace it); see KeyedSender. */
    private Sender keyed(OperationContext context) {
        return new KeyedSender(context.accountKey(), endpoint.getProviderSpi(), transport);
    }

    /** Runs the rest of an exchange on a sender thread; on the current thread should they be stopped. */
    void continueOnSender(Runnable rest) {
        try {
            senders.execute(rest);
        } catch (RuntimeException stopped) {
            rest.run();
        }
    }

    private ClientSettings clientSettings(CamelContext camel) throws Exception {
        SSLContextParameters tls = configuration.getSslContextParameters();
        if (tls == null && configuration.isUseGlobalSslContextParameters()) {
            // the endpoint's own flag decides (the component's retrieveGlobal... reads only the component default)
            tls = camel.getSSLContextParameters();
        }
        Integer proxyPort = configuration.getProxyPort();
        return new ClientSettings(
                ConnectionPools.account(endpoint.getProvider(), endpoint.getServiceUrl(), configuration.getApiKey()),
                configuration.getMaxConnections(), configuration.getConnectTimeout(), configuration.getProxyHost(),
                proxyPort == null ? -1 : proxyPort, configuration.getProxyAuthUsername(),
                configuration.getProxyAuthPassword(), tls == null ? null : tls.createSSLContext(camel),
                configuration.getHttpClientConfigurer());
    }

    private IdempotentRepository callKeys() {
        IdempotentRepository repository = configuration.getIdempotentRepository();
        if (repository == null) {
            return component.defaultCallKeys();
        }
        ServiceHelper.startService(repository);
        return repository;
    }

    /** Exchanges still waiting for a retry or a pacing slot fail now instead of hanging; the client is let go. */
    void stop() {
        delays.close();
        endpoint.getCamelContext().getExecutorServiceManager().shutdown(senders);
        component.pools().release(clientSettings);
    }
}
