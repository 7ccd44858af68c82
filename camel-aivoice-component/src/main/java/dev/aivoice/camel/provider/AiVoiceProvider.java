package dev.aivoice.camel.provider;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aivoice.camel.http.ApiRequest;

/** One AI phone-agent provider: its APIs and operations, how it authenticates, how it reports errors. */
public interface AiVoiceProvider {

    /** The name used in URIs: {@code aivoice:<name>:<api>}. */
    String name();

    String defaultBaseUrl();

    /** Producer APIs and their operations, in URI order; the first operation of each is its default. */
    Map<String, List<String>> producerApis();

    /** APIs served by a consumer (webhooks). */
    Set<String> consumerApis();

    OperationHandler handler(String api, String operation);

    /** Adds the provider's authentication to a request. */
    void authenticate(ApiRequest.Builder request, String apiKey);

    ErrorMapper errorMapper();
}
