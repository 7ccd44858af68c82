package dev.aivoice.camel.provider;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceError;
import dev.aivoice.camel.AiVoiceException;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.compliance.ComplianceGate;
import dev.aivoice.camel.dryrun.DryRun;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ApiResponse;
import dev.aivoice.camel.http.ConnectionFailures;
import dev.aivoice.camel.http.HttpTransport;
import dev.aivoice.camel.json.Json;
import dev.aivoice.camel.keys.AccountKey;
import dev.aivoice.camel.reliability.DuplicateCallGuard;
import dev.aivoice.camel.reliability.ReliableSender;
import dev.aivoice.camel.validation.FieldValidator;
import dev.aivoice.camel.validation.PathSegments;
import dev.aivoice.camel.validation.Secrets;
import org.apache.camel.Exchange;

/**
 * What an {@link OperationHandler} needs for one operation: the endpoint's configuration, the provider, and a way
 * to send a request and get back either a successful answer or the mapped {@link AiVoiceException}. Sending goes
 * through the endpoint's reliability rules (pacing, retries) and, for call-placing requests of an exchange, its
 * duplicate-dial guard.
 */
public class OperationContext {

    private final AiVoiceProvider provider;
    private final String api;
    private final String operation;
    private final AiVoiceConfiguration configuration;
    private final HttpTransport transport;
    private final Clock clock;
    private final ReliableSender sender;
    private final DuplicateCallGuard callGuard;
    private final Exchange exchange;
    // issue 14: the account's key, read when each request is sent (rotateKey may replace it)
    private final AccountKey accountKey;
    /** issue 16: the endpoint's pre-dial compliance gate. */
    private ComplianceGate compliance = ComplianceGate.NONE;

    /** A context that sends each request once, at once, unguarded. */
    public OperationContext(AiVoiceProvider provider, String api, String operation,
                            AiVoiceConfiguration configuration, HttpTransport transport, Clock clock) {
        this(provider, api, operation, configuration, transport, clock, ReliableSender.direct(), null, null,
                AccountKey.fixed(configuration.getApiKey()));
    }

    /** @param callGuard null for no duplicate-dial guard */
    public OperationContext(AiVoiceProvider provider, String api, String operation,
                            AiVoiceConfiguration configuration, HttpTransport transport, Clock clock,
                            ReliableSender sender, DuplicateCallGuard callGuard) {
        this(provider, api, operation, configuration, transport, clock, sender, callGuard, null,
                AccountKey.fixed(configuration.getApiKey()));
    }

    /** Issue 14: as above, with the account's shared key (see {@link AccountKey}). */
    public OperationContext(AiVoiceProvider provider, String api, String operation,
                            AiVoiceConfiguration configuration, HttpTransport transport, Clock clock,
                            ReliableSender sender, DuplicateCallGuard callGuard, AccountKey accountKey) {
        this(provider, api, operation, configuration, transport, clock, sender, callGuard, null, accountKey);
    }

    private OperationContext(AiVoiceProvider provider, String api, String operation,
                             AiVoiceConfiguration configuration, HttpTransport transport, Clock clock,
                             ReliableSender sender, DuplicateCallGuard callGuard, Exchange exchange,
                             AccountKey accountKey) {
        this.provider = provider;
        this.api = api;
        this.operation = operation;
        this.configuration = configuration;
        this.transport = transport;
        this.clock = clock;
        this.sender = sender;
        this.callGuard = callGuard;
        this.exchange = exchange;
        this.accountKey = accountKey;
    }

    /** This context for one exchange: its call-placing requests are checked against the duplicate-dial guard. */
    public OperationContext forExchange(Exchange exchange) {
        return new OperationContext(provider, api, operation, configuration, transport, clock, sender, callGuard,
                exchange, accountKey).compliance(compliance);
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

    /** Issue 14: the account's key, shared by the endpoints using it. */
    public AccountKey accountKey() {
        return accountKey;
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

    public URI uri(String path) {
        return uri(path, null);
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
     * Sends the request; completes with a successful answer, or exceptionally with the provider's error mapped to
     * its {@link AiVoiceException}, or with an {@link AiVoiceConnectionException} when no answer came. Retries and
     * pacing follow the endpoint's options; a call-placing request with an idempotency key already used completes
     * with an {@link dev.aivoice.camel.AiVoiceDuplicateCallException} without being sent.
     */
    public CompletableFuture<ApiResponse> send(ApiRequest request) {
        if (exchange != null && configuration.isDryRun()) {
            // issue 16: dryRun=true (producers only): describe the request instead of sending it
            return DryRun.instead(request, this::redact);
        }
        try {
            if (request.placesCall() && callGuard != null && exchange != null) {
                return callGuard.guard(exchange, provider.name(), operationName(), validator(),
                        () -> sendReliably(request));
            }
            return sendReliably(request);
        } catch (AiVoiceValidationException badKey) {
            return CompletableFuture.failedFuture(badKey);
        }
    }

    private CompletableFuture<ApiResponse> sendReliably(ApiRequest request) {
        return sender.send(request, this::sendOnce).exceptionallyCompose(failure -> {
            Throwable cause = ConnectionFailures.unwrap(failure);
            return CompletableFuture.failedFuture(cause instanceof RejectedExecutionException stopped
                    ? new AiVoiceConnectionException(describe() + " " + stopped.getMessage(), error(0, null, null, null),
                            false, stopped)
                    : cause);
        });
    }

    /** One attempt: the transport's answer mapped to success or to the provider's error. */
    private CompletableFuture<ApiResponse> sendOnce(ApiRequest request) {
        CompletableFuture<ApiResponse> result = new CompletableFuture<>();
        CompletableFuture<ApiResponse> sent;
        try {
            // issue 14: the key is read at sending, and held until the answer (see AccountKey)
            sent = accountKey.send(request, key -> transport.send(authenticated(request, key)));
        } catch (RuntimeException notSent) {
            // e.g. the sender threads are shut down: nothing left this machine
            return CompletableFuture.failedFuture(notSent);
        }
        sent.whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    result.completeExceptionally(connectionFailure(request, failure));
                    return;
                }
                AiVoiceException error = provider.errorMapper().toException(response, this);
                if (error != null) {
                    result.completeExceptionally(error);
                } else {
                    result.complete(response);
                }
            } catch (RuntimeException unexpected) {
                // never leave the exchange waiting for an answer that was already read
                result.completeExceptionally(unexpected);
            }
        });
        return result;
    }

    /** Issue 14: the request with the account's key as it is now. */
    private ApiRequest authenticated(ApiRequest request, String key) {
        ApiRequest.Builder builder = request.toBuilder();
        provider.authenticate(builder, key);
        return builder.build();
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

    /** Removes the API key and webhook token from text that came back from the provider. */
    public String redact(String text) {
        if (text == null) {
            return null;
        }
        return secrets().redact(text);
    }

    /** The configured secrets (issue 12: exact values and their prefixes are masked, causes copied redacted). */
    public Secrets secrets() {
        java.util.List<String> all = new java.util.ArrayList<>(accountKey.secrets()); // issue 14: rotated keys too
        all.add(configuration.getApiKey());
        all.add(configuration.getWebhookToken());
        return Secrets.of(all.toArray(String[]::new));
    }

    private AiVoiceConnectionException connectionFailure(ApiRequest request, Throwable failure) {
        boolean mayHaveReached = ConnectionFailures.mayHaveReachedProvider(failure);
        String message = describe() + " got no answer from " + request.uri().getHost() + ": "
                         + redact(ConnectionFailures.describe(failure))
                         + (mayHaveReached
                                 ? "; the provider may have received the request"
                                 : "; the request did not reach the provider");
        return new AiVoiceConnectionException(message, error(0, null, null, null), mayHaveReached,
                secrets().scrub(ConnectionFailures.unwrap(failure)));
    }

    /** One path segment, percent-encoded (an id with a space or a slash stays one segment). */
    public static String pathSegment(String value) {
        return PathSegments.encode(value); // issue 12: '.' and '..' refused
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
