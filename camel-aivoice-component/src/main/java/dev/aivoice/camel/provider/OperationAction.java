package dev.aivoice.camel.provider;

import java.util.concurrent.CompletionStage;

/**
 * What a provider does for one operation, without Camel: it gets the request as bound by the {@link RequestBinder},
 * validates what is left to validate (throwing {@link dev.aivoice.camel.AiVoiceValidationException} before anything
 * is sent), sends, and completes with the answer that becomes the exchange's body. Result headers go to
 * {@link BoundRequest#result()}.
 */
@FunctionalInterface
public interface OperationAction {

    CompletionStage<?> run(BoundRequest request, OperationContext context) throws Exception;
}
