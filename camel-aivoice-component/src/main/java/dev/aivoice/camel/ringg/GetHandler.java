package dev.aivoice.camel.ringg;

import java.util.concurrent.CompletionStage;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationHandler;
import org.apache.camel.Exchange;

/** A Ringg read that answers one object: the body becomes what {@code result} makes of the answer. */
public final class GetHandler implements OperationHandler {

    /** The request path, which may carry an id taken from the exchange. */
    @FunctionalInterface
    public interface PathBuilder {
        String build(Exchange exchange, OperationContext context);
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
        return new GetHandler((exchange, context) -> path, QueryBuilder.NONE,
                (answer, context) -> context.readAnswer(RinggAnswers.payload(answer, key), type));
    }

    @Override
    public CompletionStage<Void> handle(Exchange exchange, OperationContext context) {
        String resolvedPath = path.build(exchange, context);
        var request = context.request("GET", resolvedPath, query.build(exchange, context)).build();
        return context.sendForJson(request)
                .thenAccept(answer -> exchange.getMessage().setBody(result.apply(answer, context)));
    }
}
