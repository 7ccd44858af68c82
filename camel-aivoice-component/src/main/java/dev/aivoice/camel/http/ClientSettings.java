package dev.aivoice.camel.http;

import javax.net.ssl.SSLContext;

import dev.aivoice.camel.HttpClientConfigurer;

/**
 * What makes two endpoints' HTTP clients interchangeable: endpoints of one provider account with equal settings share
 * one client and its connection pool. Compared by value, except the TLS context and the configurer (by identity).
 */
public record ClientSettings(String account, int maxConnections, long connectTimeoutMillis, String proxyHost,
                             int proxyPort, String proxyAuthUsername, String proxyAuthPassword, SSLContext sslContext,
                             HttpClientConfigurer configurer) {

    /** Never prints the account's key hash or the proxy password. */
    @Override
    public String toString() {
        return "ClientSettings[maxConnections=" + maxConnections + ", connectTimeout=" + connectTimeoutMillis
               + " ms, proxy=" + (proxyHost == null ? "none" : proxyHost + ":" + proxyPort) + "]";
    }
}
