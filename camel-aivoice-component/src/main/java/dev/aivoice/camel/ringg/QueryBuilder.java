package dev.aivoice.camel.ringg;

import java.util.Map;

import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationContext;

/** Builds (and validates) the query parameters of a Ringg GET from the bound request. */
@FunctionalInterface
public interface QueryBuilder {

    QueryBuilder NONE = (request, context) -> Map.of();

    Map<String, Object> build(BoundRequest request, OperationContext context);
}
