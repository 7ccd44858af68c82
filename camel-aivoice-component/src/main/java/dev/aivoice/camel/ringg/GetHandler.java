package dev.aivoice.camel.ringg;

import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationAction;
import dev.aivoice.camel.provider.OperationContext;

/** A Ringg read that answers one object: the body becomes what {@code result} makes of the answer. */
public final class GetHandler implements OperationAction {

    /** The request path, which may carry an id of the request. */
    @FunctionalInterface
    public interface PathBuilder {
        String build(BoundRequest request, OperationContext context);
    }

    private final PathBuilder path;
    private final QueryBuilder query;
    private final BiFunction<JsonNode, OperationContext, Object> result;

    public GetHandler(PathBuilder path, QueryBuilder query, BiFunction<JsonNode, OperationContext, Object> result) {
        this.path = path;
        this.query = query;
        this.result = result;
    }

    /** A fixed path whose answer's {@code key} (top level or under {@code data}) is read as {@code type}. */
    public static GetHandler of(String path, String key, Class<?> type) {
        return new GetHandler((request, context) -> path, QueryBuilder.NONE,
                (answer, context) -> context.readAnswer(RinggAnswers.payload(answer, key), type));
    }

    /** A fixed path whose answer's list under {@code key} is read as items of {@code type}. */
    public static GetHandler list(String path, QueryBuilder query, String key, Class<?> type) {
        return new GetHandler((request, context) -> path, query,
                (answer, context) -> RinggAnswers.list(answer, key, type, context));
    }

    @Override
    public CompletionStage<?> run(BoundRequest request, OperationContext context) {
        String resolvedPath = path.build(request, context);
        var get = context.request("GET", resolvedPath, query.build(request, context)).build();
        return context.sendForJson(get).thenApply(answer -> result.apply(answer, context));
    }
}
