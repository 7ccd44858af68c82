package dev.aivoice.camel;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.aivoice.camel.dryrun.DryRun;
import dev.aivoice.camel.http.ConnectionFailures;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.reliability.IdempotencyKey;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Runs the operation an exchange asks for, without blocking the route's thread while the provider answers, or while
 * a retry or a pacing slot is awaited (those are scheduled); with {@code synchronous=true} the route's thread sends
 * and waits for the answer itself. Up front it resolves the operation and evaluates the exchange's idempotency key;
 * the operation's handler builds the requests and sends them through the endpoint's send chain.
 */
public class AiVoiceProducer extends DefaultAsyncProducer {

    private final AiVoiceEndpoint endpoint;

    public AiVoiceProducer(AiVoiceEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        long started = System.nanoTime(); // issue 11 (metrics hook)
        String operation = null;
        try {
            operation = resolveOperation(exchange);
            OperationContext context = endpoint.operationContext(operation);
            IdempotencyKey.evaluate(exchange, endpoint.getIdempotencyKeyExpression(), context::validator);
            CompletableFuture<Void> done = endpoint.getProviderSpi().handler(endpoint.getApi(), operation)
                    .handle(exchange, context)
                    .toCompletableFuture();
            String resolvedNow = operation; // issue 11
            if (done.isDone()) {
                if (endpoint.getConfiguration().isSynchronous() || endpoint.getConfiguration().isDryRun()) {
                    // answered on this thread (synchronous=true, or a dry run): no hand-off back to the caller
                    finish(endpoint, exchange, done);
                    endpoint.monitor().operationDone(resolvedNow, exchange.getException(), System.nanoTime() - started); // issue 11
                    callback.done(true);
                    return true;
                }
                // answered before the handler's stages were even in place: the caller's thread still goes free
                endpoint.continueOnSender(() -> {
                    finish(endpoint, exchange, done);
                    endpoint.monitor().operationDone(resolvedNow, exchange.getException(), System.nanoTime() - started); // issue 11
                    callback.done(false);
                });
                return false;
            }
            done.whenComplete((result, failure) -> {
                finish(endpoint, exchange, done);
                endpoint.monitor().operationDone(resolvedNow, exchange.getException(), System.nanoTime() - started); // issue 11
                callback.done(false);
            });
            return false;
        } catch (Throwable e) {
            // validation failed before anything was sent (or worse: an Error must still end the exchange)
            exchange.setException(endpoint.getSecrets().scrub(e)); // issue 12: no secret in any cause
            endpoint.monitor().operationDone(operation == null ? "unknown" : operation, e, System.nanoTime() - started); // issue 11
            callback.done(true);
            return true;
        }
    }

    /** The operation for this exchange: the header, else the option, else the api's default. */
    private String resolveOperation(Exchange exchange) {
        List<String> operations = endpoint.operations();
        String operation = exchange.getMessage().getHeader(AiVoiceConstants.OPERATION, String.class);
        if (operation == null) {
            String option = endpoint.getConfiguration().getOperation();
            return option != null ? option : operations.get(0);
        }
        if (!operations.contains(operation)) {
            String uri = "aivoice:" + endpoint.getProvider() + ":" + endpoint.getApi();
            throw new AiVoiceValidationException(AiVoiceConstants.OPERATION,
                    "Invalid header " + AiVoiceConstants.OPERATION + " '" + operation + "' for " + uri
                                                                             + ". Valid operations: "
                                                                             + String.join(", ", operations),
                    AiVoiceError.local(endpoint.getProvider(), endpoint.getApi() + "/" + operation));
        }
        return operation;
    }

    private static void finish(AiVoiceEndpoint endpoint, Exchange exchange, CompletableFuture<Void> done) {
        try {
            done.join();
        } catch (CompletionException | CancellationException failure) {
            Throwable cause = ConnectionFailures.unwrap(failure);
            if (!DryRun.answer(exchange, cause)) { // issue 16: a dry run ends with the request as the body
                // issue 12: no secret in any message or cause
                exchange.setException(endpoint.getSecrets().scrub(cause));
            }
        }
    }
}
