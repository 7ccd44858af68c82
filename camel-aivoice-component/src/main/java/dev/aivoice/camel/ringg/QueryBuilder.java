package dev.aivoice.camel.ringg;

import java.util.Map;

import dev.aivoice.camel.provider.OperationContext;
import org.apache.camel.Exchange;

/** Builds (and validates) the query parameters of a Ringg GET from an exchange. */
@FunctionalInterface
public interface QueryBuilder {

    QueryBuilder NONE = (exchange, context) -> Map.of();

    Map<String, Object> build(Exchange exchange, OperationContext context);
}
