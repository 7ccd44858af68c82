package dev.aivoice.camel.keys;

import java.util.concurrent.CompletableFuture;

import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.http.Sender;
import dev.aivoice.camel.provider.AiVoiceProvider;

/**
 * Issue 14: the link just above the transport that puts the account's key into each attempt as it is sent, and
 * holds the key until the answer (see {@link AccountKey}): a retry or a paced request takes the key of its own
 * moment, and a rotation never overlaps a request that carries the old key.
 */
public final class KeyedSender implements Sender {

    private final AccountKey accountKey;
    private final AiVoiceProvider provider;
    private final Sender next;

    public KeyedSender(AccountKey accountKey, AiVoiceProvider provider, Sender next) {
        this.accountKey = accountKey;
        this.provider = provider;
        this.next = next;
    }

    @Override
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        try {
            return accountKey.send(request, key -> next.send(authenticated(request, key)));
        } catch (Throwable unexpected) {
            return CompletableFuture.failedFuture(unexpected);
        }
    }

    private ApiRequest authenticated(ApiRequest request, String key) {
        ApiRequest.Builder builder = request.toBuilder();
        provider.authenticate(builder, key);
        return builder.build();
    }
}
