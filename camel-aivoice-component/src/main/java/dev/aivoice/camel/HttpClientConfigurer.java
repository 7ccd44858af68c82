package dev.aivoice.camel;

import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;

/**
 * Changes the Apache HttpClient an aivoice endpoint builds (option {@code httpClientConfigurer}), after the endpoint
 * applied its own options. Whatever it sets, the client's automatic retries and redirects stay off.
 */
@FunctionalInterface
public interface HttpClientConfigurer {

    void configureHttpClient(HttpClientBuilder builder);
}
