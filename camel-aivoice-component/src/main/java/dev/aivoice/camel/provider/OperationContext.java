package dev.aivoice.camel.provider;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceError;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.compliance.ComplianceGate;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.http.Sender;
import dev.aivoice.camel.json.Json;
import dev.aivoice.camel.keys.AccountKey;
import dev.aivoice.camel.validation.FieldValidator;
import dev.aivoice.camel.validation.PathSegments;
import dev.aivoice.camel.validation.Secrets;

/**
 * What an {@link OperationAction} needs for one operation of an endpoint: its configuration, request building
 * (URL, authentication, JSON body), answer parsing and error construction, and the endpoint's send chain for this
 * operation. One context per operation, shared by every exchange: what is particular to an exchange (its idempotency
 * key) travels on the exchange and the request, never in here.
 */
public class OperationContext {

    private final AiVoiceProvider provider;
    private final String api;
    private final String operation;
    private final AiVoiceConfiguration configuration;
    private final Clock clock;
    private final Sender chain;
    /** issue 16: the endpoint's pre-dial compliance gate. */
    private ComplianceGate compliance = ComplianceGate.NONE;
    // issue 14: the account's key, read when each request is sent (rotateKey may replace it)
    private final AccountKey accountKey;

    /**
     * @param chain builds the send chain of this operation; its links may use this context's error construction
     */
    public OperationContext(AiVoiceProvider provider, String api, String operation,
                            AiVoiceConfiguration configuration, Clock clock,
                            Function<OperationContext, Sender> chain) {
        this(provider, api, operation, configuration, clock, AccountKey.fixed(configuration.getApiKey()), chain);
    }

    /** Issue 14: as above, with the account's shared key (see {@link AccountKey}). */
    public OperationContext(AiVoiceProvider provider, String api, String operation,
                            AiVoiceConfiguration configuration, Clock clock, AccountKey accountKey,
                            Function<OperationContext, Sender> chain) {
        this.provider = provider;
        this.api = api;
        this.operation = operation;
        this.configuration = configuration;
        this.clock = clock;
        this.accountKey = accountKey;
        this.chain = chain.apply(this);
    }

    /** Issue 14: the account's key, shared by the endpoints using it. */
    public AccountKey accountKey() {
        return accountKey;
    }

    /** issue 16: sets the compliance gate (once, before the context is published). */
    public OperationContext compliance(ComplianceGate gate) {
        this.compliance = gate;
        return this;
    }

    /** issue 16: the pre-dial compliance gate of call-placing requests. */
    public ComplianceGate compliance() {
        return compliance;
    }

    public AiVoiceProvider provider() {
        return provider;
    }

    public String api() {
        return api;
    }

    public String operation() {
        return operation;
    }

    /** {@code api/operation}, as exceptions name it. */
    public String operationName() {
        return api + "/" + operation;
    }

    public AiVoiceConfiguration configuration() {
        return configuration;
    }

    public Clock clock() {
        return clock;
    }

    public FieldValidator validator() {
        return new FieldValidator(provider.name(), operationName(), this::redact);
    }

    /** The provider URL of a path, e.g. {@code /calling/history}, with query parameters (null values skipped). */
    public URI uri(String path, Map<String, ?> query) {
        String base = configuration.getBaseUrl() != null ? configuration.getBaseUrl() : provider.defaultBaseUrl();
        StringBuilder url = new StringBuilder(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        url.append(path.startsWith("/") ? path : "/" + path);
        if (query != null && !query.isEmpty()) {
            StringJoiner params = new StringJoiner("&", "?", "");
            params.setEmptyValue("");
            query.forEach((name, value) -> {
                if (value instanceof java.util.Collection<?> repeated) {
                    // issue 14: a repeatable parameter (export's agent_id) is sent once per value
                    repeated.forEach(item -> params.add(encode(name) + "=" + encode(String.valueOf(item))));
                } else if (value != null) {
                    params.add(encode(name) + "=" + encode(value.toString()));
                }
            });
            url.append(params);
        }
        return URI.create(url.toString());
    }

    /** A request with the provider's authentication already added. */
    public ApiRequest.Builder request(String method, String path, Map<String, ?> query) {
        ApiRequest.Builder builder = ApiRequest.builder(method, uri(path, query)).header("Accept", "application/json");
        provider.authenticate(builder, accountKey.current());
        return builder;
    }

    /** A request with the provider's authentication and {@code body} written as its JSON. */
    public ApiRequest.Builder jsonRequest(String method, String path, Object body) {
        try {
            return request(method, path, null).jsonBody(Json.mapper().writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(describe() + ": the request cannot be written as JSON", e);
        }
    }

    /**
     * Sends the request through the endpoint's chain; completes with a successful answer, or exceptionally with the
     * provider's error mapped to its {@link AiVoiceException}, or with an {@link AiVoiceConnectionException} when no
     * usable answer came. A call-placing request whose idempotency key was used already completes with an
     * {@link dev.aivoice.camel.AiVoiceDuplicateCallException} without being sent.
     */
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        try {
            return chain.send(request);
        } catch (Throwable unexpected) {
            return CompletableFuture.failedFuture(unexpected);
        }
    }

    /** Sends the request and parses the successful answer as JSON (an empty body reads as an empty object). */
    public CompletableFuture<JsonNode> sendForJson(ApiRequest request) {
        return send(request).thenApply(this::parseJson);
    }

    public JsonNode parseJson(ApiResponse response) {
        if (response.body().length == 0) {
            return Json.mapper().createObjectNode();
        }
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw unusableAnswer(response.status(), "a body that is not JSON", e);
        }
    }

    /**
     * Reads a successful answer straight into a typed result, without a JSON tree in between; an answer of another
     * shape is not a usable answer.
     */
    public <T> T readAnswer(ApiResponse response, Class<T> type) {
        try {
            return Json.mapper().readValue(response.body(), type);
        } catch (IOException | IllegalArgumentException e) {
            throw unusableAnswer(response.status(), "an answer of an unexpected shape for " + type.getSimpleName()
                                                    + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Maps a successful answer onto a typed result; an answer of another shape is not a usable answer. */
    public <T> T readAnswer(JsonNode answer, Class<T> type) {
        try {
            return Json.mapper().treeToValue(answer, type);
        } catch (IOException | IllegalArgumentException e) {
            throw unusableAnswer(200, "an answer of an unexpected shape for " + type.getSimpleName() + " ("
                                      + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * The provider answered, but not with anything usable: it received the request, so a call may have been placed.
     */
    public AiVoiceConnectionException unusableAnswer(int status, String what, Throwable cause) {
        return new AiVoiceConnectionException(describe() + " failed: HTTP " + status + " with " + what
                                              + "; the provider received the request", error(status, null, null, null),
                true, secrets().scrub(cause));
    }

    public AiVoiceError error(int status, String code, String message, java.time.Duration retryAfter) {
        return new AiVoiceError(provider.name(), operationName(), status, redact(code), redact(message), retryAfter);
    }

    /** "ringly call/create", the subject of every message. */
    public String describe() {
        return provider.name() + " " + operationName();
    }

    /** Removes the API key, webhook token and proxy password from text that came back from the provider. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        return secrets().redact(text);
    }

    /** The configured secrets (issue 12: exact values and their prefixes are masked, causes copied redacted). */
    public Secrets secrets() {
        java.util.List<String> all = new java.util.ArrayList<>(accountKey.secrets()); // issue 14: current key first
        all.add(configuration.getApiKey());
        all.add(configuration.getWebhookToken());
        all.add(configuration.getProxyAuthPassword());
        return Secrets.of(all.toArray(String[]::new));
    }

    /** One path segment, percent-encoded (an id with a space or a slash stays one segment). */
    public static String pathSegment(String value) {
        return PathSegments.encode(value); // issue 12: '.' and '..' refused
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
