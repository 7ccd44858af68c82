package dev.aivoice.camel;

import dev.aivoice.camel.http.ConnectionFailures;
import dev.aivoice.camel.provider.OperationContext;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Runs the operation an exchange asks for, without blocking the route's thread while the provider answers, or while
 * a retry or a pacing slot is awaited (those are scheduled). Each exchange gets its own view of the operation's
 * context, so that its call-placing requests are checked against the duplicate-dial guard.
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
            OperationContext context = endpoint.operationContext(operation).forExchange(exchange);
            endpoint.getProviderSpi().handler(endpoint.getApi(), operation)
                    .handle(exchange, context)
                    .whenComplete((done, failure) -> {
                        if (failure != null) {
                            exchange.setException(ConnectionFailures.unwrap(failure));
                        }
                        callback.done(false);
                    });
            return false;
        } catch (Exception e) {
            // validation failed before anything was sent
            exchange.setException(e);
            callback.done(true);
            return true;
        }
    }
}
