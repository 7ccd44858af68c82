package dev.aivoice.camel.http;

import dev.aivoice.camel.HttpClientConfigurer;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/** Builds the Apache HttpClient of one provider account from its {@link ClientSettings}. */
public final class HttpClientFactory {

    /**
     * A pooled connection idle this long is checked before it is reused: a server that closed it meanwhile (as real
     * providers do with idle keep-alive connections) then costs a new connection, not a failed call.
     */
    static final TimeValue VALIDATE_AFTER_INACTIVITY = TimeValue.ofMilliseconds(200);
    /** Connections idle this long are closed in the background. */
    static final TimeValue EVICT_IDLE_AFTER = TimeValue.ofSeconds(20);

    private HttpClientFactory() {
    }

    public static CloseableHttpClient build(ClientSettings settings) {
        PoolingHttpClientConnectionManagerBuilder pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .setValidateAfterInactivity(VALIDATE_AFTER_INACTIVITY)
                        .build());
        if (settings.sslContext() != null) {
            pool.setTlsSocketStrategy(new DefaultClientTlsStrategy(settings.sslContext()));
        }
        HttpClientBuilder builder = HttpClients.custom()
                .setConnectionManager(pool.build())
                .evictIdleConnections(EVICT_IDLE_AFTER)
                .evictExpiredConnections()
                .disableCookieManagement()
                .disableContentCompression()
                .addExecInterceptorAfter(ChainElement.CONNECT.name(), DeadlineStart.NAME, new DeadlineStart());
        if (settings.proxyHost() != null) {
            HttpHost proxy = new HttpHost(settings.proxyHost(), settings.proxyPort());
            builder.setProxy(proxy);
            if (settings.proxyAuthUsername() != null) {
                BasicCredentialsProvider credentials = new BasicCredentialsProvider();
                credentials.setCredentials(new AuthScope(proxy), new UsernamePasswordCredentials(
                        settings.proxyAuthUsername(), String.valueOf(settings.proxyAuthPassword()).toCharArray()));
                builder.setDefaultCredentialsProvider(credentials);
            }
        }
        if (settings.configurer() != null) {
            settings.configurer().configureHttpClient(builder);
        }
        // the component decides what is repeated: a repeated POST can ring a real person twice
        return builder.disableAutomaticRetries().disableRedirectHandling().build();
    }
}
