package dev.aivoice.camel.provider;

import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.http.ApiResponse;

/** Turns a provider's answer into the exception it means, or null when the answer is a success. */
@FunctionalInterface
public interface ErrorMapper {

    AiVoiceException toException(ApiResponse response, OperationContext context);
}
