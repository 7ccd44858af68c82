package dev.aivoice.camel.provider;

import java.util.concurrent.CompletionStage;

import org.apache.camel.Exchange;

/**
 * Carries out one provider operation for an exchange. A provider's operations are {@link Operation}s declared in its
 * {@link OperationTable}: each binds the exchange with the {@link RequestBinder} and runs its Camel-free
 * {@link OperationAction}.
 */
@FunctionalInterface
public interface OperationHandler {

    /**
     * Builds the request from the exchange, validates it (throwing {@link dev.aivoice.camel.AiVoiceValidationException}
     * before anything is sent), sends it, and completes once the exchange carries the result in its body and headers.
     */
    CompletionStage<Void> handle(Exchange exchange, OperationContext context) throws Exception;
}
