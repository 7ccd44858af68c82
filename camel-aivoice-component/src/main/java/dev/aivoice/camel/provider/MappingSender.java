package dev.aivoice.camel.provider;

import java.util.concurrent.CompletableFuture;

import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.http.AnswerTooLargeException;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.http.ConnectionFailures;
import dev.aivoice.camel.http.Sender;

/**
 * The send chain's error-mapping link: a provider's error answer becomes its {@link AiVoiceException} (through the
 * provider's {@link ErrorMapper}), and no answer at all an {@link AiVoiceConnectionException} that says whether the
 * request may have reached the provider. Successful answers pass through untouched.
 */
public final class MappingSender implements Sender {

    private final ErrorMapper mapper;
    private final OperationContext operation;
    private final Sender next;

    public MappingSender(ErrorMapper mapper, OperationContext operation, Sender next) {
        this.mapper = mapper;
        this.operation = operation;
        this.next = next;
    }

    @Override
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        CompletableFuture<ApiResponse> result = new CompletableFuture<>();
        try {
            next.send(request).whenComplete((response, failure) -> {
                try {
                    if (failure != null) {
                        result.completeExceptionally(connectionFailure(request, failure));
                        return;
                    }
                    AiVoiceException error = mapper.toException(response, operation);
                    if (error != null) {
                        result.completeExceptionally(error);
                    } else {
                        result.complete(response);
                    }
                } catch (Throwable unexpected) {
                    // never leave the exchange waiting for an answer that was already read
                    result.completeExceptionally(unexpected);
                }
            });
        } catch (Throwable notSent) {
            result.completeExceptionally(notSent);
        }
        return result;
    }

    private AiVoiceConnectionException connectionFailure(ApiRequest request, Throwable failure) {
        Throwable cause = ConnectionFailures.unwrap(failure);
        boolean mayHaveReached = ConnectionFailures.mayHaveReachedProvider(cause);
        String what = cause instanceof AnswerTooLargeException ? " got an unusable answer from " : " got no answer from ";
        String message = operation.describe() + what + request.uri().getHost() + ": "
                         + operation.redact(ConnectionFailures.describe(cause))
                         + (mayHaveReached
                                 ? "; the provider may have received the request"
                                 : "; the request did not reach the provider");
        return new AiVoiceConnectionException(message, operation.error(0, null, null, null), mayHaveReached,
                operation.secrets().scrub(cause)); // issue 12: no secret in any cause
    }
}
