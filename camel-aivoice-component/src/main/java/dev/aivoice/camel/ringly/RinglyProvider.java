package dev.aivoice.camel.ringly;

import java.util.List;
import java.util.Map;

import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.provider.AiVoiceProvider;
import dev.aivoice.camel.provider.ErrorMapper;
import dev.aivoice.camel.provider.OperationHandler;
import dev.aivoice.camel.provider.OperationTable;

/** Ringly.io: one API, {@code call}, with one operation, {@code create}. */
public final class RinglyProvider implements AiVoiceProvider {

    public static final String NAME = "ringly";
    public static final String DEFAULT_BASE_URL = "https://app.ringly.io/api/1.1/wf";

    private final ErrorMapper errorMapper = new RinglyErrorMapper();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String defaultBaseUrl() {
        return DEFAULT_BASE_URL;
    }

    /** Every operation, declared once: see {@link RinglyOperations}. */
    public OperationTable operations() {
        return RinglyOperations.TABLE;
    }

    @Override
    public Map<String, List<String>> producerApis() {
        return RinglyOperations.TABLE.apis();
    }

    @Override
    public OperationHandler handler(String api, String operation) {
        return RinglyOperations.TABLE.operation(api, operation);
    }

    /** Ringly takes the raw key, no scheme. */
    @Override
    public void authenticate(ApiRequest.Builder request, String apiKey) {
        request.header("Authorization", apiKey);
    }

    @Override
    public ErrorMapper errorMapper() {
        return errorMapper;
    }
}
