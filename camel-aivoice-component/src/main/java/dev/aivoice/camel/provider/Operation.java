package dev.aivoice.camel.provider;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * One provider operation, declared once in its provider's operation table: the api and name of its URI, its HTTP
 * method and path, whether it places a call, its request and answer types, the fields it binds (wire name, header,
 * option), how its body is read, and the {@link OperationAction} that carries it out. As an {@link OperationHandler}
 * it binds the exchange with the {@link RequestBinder}, runs the action, and writes the answer as the body and the
 * result headers.
 */
public final class Operation implements OperationHandler {

    /** How the body is read. */
    public enum Body {
        /** Not read. */
        NONE,
        /** The typed request class, a Map of wire names or a JSON object as text. */
        FIELDS,
        /** As FIELDS, but a text body that is not a JSON object is the first declared field (an id). */
        ID,
        /** As ID, and a non-blank header of the id makes the body unread (it may be anything then). */
        ID_UNLESS_HEADER,
        /** As ID, and a List body is the first field's values. */
        ID_OR_LIST,
        /** Kept as it is, not bound (e.g. contact rows); the action reads {@link BoundRequest#body()}. */
        RAW
    }

    private final String api;
    private final String name;
    private final String method;
    private final String path;
    private final OperationAction action;
    private boolean placesCall;
    private Class<?> requestType = Map.class;
    private Class<?> answerType = Object.class;
    private final List<OperationField> fields = new ArrayList<>();
    private Body body = Body.NONE;
    private List<String> accepted;
    private String refusal;
    private String requestHeader;
    private List<String> exclusive = List.of();
    private Function<Object, Map<String, Object>> typedReader;
    /** Set once its table holds it: a declared operation no longer changes. */
    private boolean sealed;
    // worked out once when sealed, so that binding a request allocates as little as it can
    private List<OperationField> sealedFields;
    private Map<String, String> headerNames = Map.of();
    private Map<String, String> aliases = Map.of();

    private Operation(String api, String name, String method, String path, OperationAction action) {
        this.api = api;
        this.name = name;
        this.method = method;
        this.path = path;
        this.action = action;
    }

    /** Declares {@code api/name}: {@code method path}, carried out by {@code action}. */
    public static Operation of(String api, String name, String method, String path, OperationAction action) {
        return new Operation(api, name, method, path, action);
    }

    /** It places a phone call: never repeated when it may have reached the provider, guarded against duplicates. */
    public Operation placesCall() {
        change();
        this.placesCall = true;
        return this;
    }

    public Operation request(Class<?> type, Body how) {
        change();
        this.requestType = type;
        this.body = how;
        return this;
    }

    /** Reads a body of the request type directly (no JSON round trip), e.g. leaving empty fields out. */
    @SuppressWarnings("unchecked")
    public <T> Operation request(Class<T> type, Function<T, Map<String, Object>> reader) {
        request(type, Body.FIELDS);
        this.typedReader = body -> reader.apply((T) body);
        return this;
    }

    public Operation answer(Class<?> type) {
        change();
        this.answerType = type;
        return this;
    }

    public Operation fields(OperationField... declared) {
        change();
        fields.addAll(List.of(declared));
        return this;
    }

    /**
     * Only these body names are accepted; another is refused with {@code refusal} (a format whose {@code %s} is where
     * the name was found: "body" or the request header) followed by the accepted names.
     */
    public Operation accepts(List<String> names, String refusal) {
        change();
        this.accepted = List.copyOf(names);
        this.refusal = refusal;
        return this;
    }

    /**
     * A header that carries the whole request (weaker than the body); when the body names any field of
     * {@code exclusive}, that header's fields of the group are left out (e.g. one caller source).
     */
    public Operation requestHeader(String header, List<String> exclusive) {
        change();
        this.requestHeader = header;
        this.exclusive = List.copyOf(exclusive);
        return this;
    }

    void seal() {
        sealedFields = List.copyOf(fields);
        Map<String, String> headers = new HashMap<>();
        Map<String, String> bodyNames = new HashMap<>();
        for (OperationField field : sealedFields) {
            if (field.header() != null) {
                headers.put(field.wire(), field.header());
            }
            if (field.alias() != null) {
                bodyNames.put(field.alias(), field.wire());
            }
        }
        headerNames = Map.copyOf(headers);
        aliases = Map.copyOf(bodyNames);
        sealed = true;
    }

    private void change() {
        if (sealed) {
            throw new IllegalStateException(this + " is declared in its table already and cannot change");
        }
    }

    public String api() {
        return api;
    }

    public String name() {
        return name;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public boolean placesCalls() {
        return placesCall;
    }

    public Class<?> requestType() {
        return requestType;
    }

    public Class<?> answerType() {
        return answerType;
    }

    public List<OperationField> boundFields() {
        return sealed ? sealedFields : List.copyOf(fields);
    }

    /** The header of each bound field that has one, by wire name. */
    Map<String, String> headerNames() {
        if (!sealed) {
            seal(); // an operation used outside a table (a test) is sealed by its first use
        }
        return headerNames;
    }

    /** The wire name of each alias. */
    Map<String, String> aliases() {
        return aliases;
    }

    public Body body() {
        return body;
    }

    Function<Object, Map<String, Object>> typedReader() {
        return typedReader;
    }

    List<String> accepted() {
        return accepted;
    }

    String refusal() {
        return refusal;
    }

    String requestHeader() {
        return requestHeader;
    }

    List<String> exclusive() {
        return exclusive;
    }

    @Override
    public CompletionStage<Void> handle(Exchange exchange, OperationContext context) throws Exception {
        Message message = exchange.getMessage();
        OperationResult result = new OperationResult();
        CompletionStage<?> answer;
        try {
            answer = action.run(RequestBinder.bind(this, exchange, context, result), context);
        } catch (Exception | Error failed) {
            result.writeTo(message);
            throw failed;
        }
        return answer.handle((body, failure) -> {
            result.writeTo(message);
            if (failure != null) {
                throw failure instanceof CompletionException completion ? completion : new CompletionException(failure);
            }
            message.setBody(body);
            return null;
        });
    }

    @Override
    public String toString() {
        return api + "/" + name + " (" + method + " " + path + ")";
    }
}
