package dev.aivoice.camel;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.support.jsse.SSLContextParameters;

/**
 * Options of every aivoice endpoint, both providers, producers and the Ringg events consumer alike (catalog label
 * {@code ringly,ringg,common}): the provider account, the agent, the store of keys, and the HTTP connection to the
 * provider (the consumer connects too, to subscribe and to read the call history).
 */
@UriParams
public abstract class AiVoiceCommonOptions {

    @UriParam(label = "ringly,ringg,common,security", secret = true,
              description = "The provider API key: Ringly's raw key (sent as `Authorization`), Ringg's workspace key"
                            + " (sent as `X-API-KEY`). Never logged, never put in an exception message.")
    private String apiKey;

    @UriParam(label = "ringly,ringg,common,advanced",
              description = "The provider's base URL. Defaults to the real one: https://app.ringly.io/api/1.1/wf for"
                            + " Ringly, https://prod-api.ringg.ai/ca/api/v0 for Ringg. Point it at a sandbox or a"
                            + " test server.")
    private String baseUrl;

    @UriParam(label = "ringly,ringg,common,security", defaultValue = "false",
              description = "INSECURE: permit a plain `http://` baseUrl to a host other than this machine (the API key"
                            + " would travel in clear text). Without it such a baseUrl fails at endpoint creation;"
                            + " `http://localhost` and `http://127.x.x.x` are always allowed.")
    private boolean allowInsecureBaseUrl;

    @UriParam(label = "ringly,ringg,common",
              description = "The agent: Ringly `agent_tag` or Ringg `agent_id`. The Ringg events consumer"
                            + " subscribes on this agent (`autoSubscribe`).")
    private String agentId;

    @UriParam(label = "ringly,ringg,common",
              description = "The store of events already routed, to answer duplicate deliveries without routing them"
                            + " again; for producers, the store of `idempotencyKey` keys of calls placed. In-memory"
                            + " by default; use a JDBC, Redis or Infinispan one for a cluster.")
    private IdempotentRepository idempotentRepository;

    @UriParam(label = "ringly,ringg,common,advanced", defaultValue = "10000", javaType = "java.time.Duration",
              description = "How long to wait for the TCP/TLS connection to the provider, e.g. `10s`.")
    private long connectTimeout = 10_000;

    @UriParam(label = "ringly,ringg,common,advanced", defaultValue = "30000", javaType = "java.time.Duration",
              description = "The deadline of one request, e.g. `30s`: from sending its first byte to reading the last"
                            + " byte of the answer. An answer still incomplete then (a provider that stalls after the"
                            + " headers, or mid-body) fails the request with AiVoiceConnectionException.")
    private long requestTimeout = 30_000;

    @UriParam(label = "ringly,ringg,common,advanced", defaultValue = "4194304",
              description = "The largest provider answer read, in bytes (default 4 MiB). Reading stops at the limit and"
                            + " the request fails with AiVoiceConnectionException; provider answers are small JSON"
                            + " documents, and lists are paged.")
    private int maxAnswerSize = 4 * 1024 * 1024;

    @UriParam(label = "ringly,ringg,common,advanced", defaultValue = "20",
              description = "The size of the connection pool of one provider account (endpoints with the same"
                            + " provider, base URL, API key and HTTP settings share one pool).")
    private int maxConnections = 20;

    @UriParam(label = "ringly,ringg,common,proxy",
              description = "The HTTP proxy host the requests go through (CONNECT for https).")
    private String proxyHost;

    @UriParam(label = "ringly,ringg,common,proxy", description = "The HTTP proxy port.")
    private Integer proxyPort;

    @UriParam(label = "ringly,ringg,common,proxy", secret = true,
              description = "The user name for the HTTP proxy (Basic authentication).")
    private String proxyAuthUsername;

    @UriParam(label = "ringly,ringg,common,proxy", secret = true,
              description = "The password for the HTTP proxy; never logged, never put in an exception message.")
    private String proxyAuthPassword;

    @UriParam(label = "ringly,ringg,common,security",
              description = "TLS configuration (trust store, key store, protocols) for the connections to the"
                            + " provider, as Camel's other HTTP components take it.")
    private SSLContextParameters sslContextParameters;

    @UriParam(label = "ringly,ringg,common,security", defaultValue = "false",
              description = "Use the CamelContext's global SSLContextParameters when no sslContextParameters is set.")
    private boolean useGlobalSslContextParameters;

    @UriParam(label = "ringly,ringg,common,advanced",
              description = "Changes the Apache HttpClient the endpoint builds (a dev.aivoice.camel"
                            + ".HttpClientConfigurer), after the endpoint's own options; the client's automatic"
                            + " retries and redirects stay off whatever it sets.")
    private HttpClientConfigurer httpClientConfigurer;

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

    public boolean isAllowInsecureBaseUrl() {
        return allowInsecureBaseUrl;
    }

    public void setAllowInsecureBaseUrl(boolean allowInsecureBaseUrl) {
        this.allowInsecureBaseUrl = allowInsecureBaseUrl;
    }

    public String getAgentId() {
        return agentId;
    }

    public void setAgentId(String agentId) {
        this.agentId = agentId;
    }

    public IdempotentRepository getIdempotentRepository() {
        return idempotentRepository;
    }

    public void setIdempotentRepository(IdempotentRepository idempotentRepository) {
        this.idempotentRepository = idempotentRepository;
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
}
