package dev.aivoice.camel;

import java.util.concurrent.CompletableFuture;

import dev.aivoice.camel.http.ConnectionFailures;
import dev.aivoice.camel.provider.OperationContext;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Runs the operation an exchange asks for, without blocking the route's thread while the provider answers. An
 * operation that completed at once (e.g. failed validation inside the handler) continues the route right here.
 */
public class AiVoiceProducer extends DefaultAsyncProducer {

    private final AiVoiceEndpoint endpoint;

    public AiVoiceProducer(AiVoiceEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        try {
            String operation = endpoint.resolveOperation(exchange);
            OperationContext context = endpoint.operationContext(operation);
            CompletableFuture<Void> result = endpoint.getProviderSpi().handler(endpoint.getApi(), operation)
                    .handle(exchange, context).toCompletableFuture();
            // completed already: Camel continues on this thread instead of waking a waiting caller
            boolean answered = result.isDone();
            result.whenComplete((done, failure) -> {
                if (failure != null) {
                    exchange.setException(ConnectionFailures.unwrap(failure));
                }
                if (!answered) {
                    callback.done(false);
                }
            });
            if (answered) {
                callback.done(true);
            }
            return answered;
        } catch (Exception e) {
            // validation failed before anything was sent
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }
}
