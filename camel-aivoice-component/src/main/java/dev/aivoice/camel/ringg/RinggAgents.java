package dev.aivoice.camel.ringg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationHandler;
import dev.aivoice.camel.provider.RequestFields;
import dev.aivoice.camel.ringg.model.RinggAgent;
import dev.aivoice.camel.ringg.model.RinggVoice;
import dev.aivoice.camel.validation.PathSegments;
import org.apache.camel.Exchange;

/** The agent reads: {@code list} (paged), {@code get} (one assistant), {@code voices} (the voice catalogue). */
public final class RinggAgents {

    private RinggAgents() {
    }

    static void register(Map<String, OperationHandler> handlers) {
        handlers.put("agent/list", new ListHandler<>("/agent/all", "agents", RinggAgent.class, QueryBuilder.NONE));
        handlers.put("agent/get", new GetHandler(RinggAgents::agentPath, QueryBuilder.NONE,
                (answer, context) -> context.readAnswer(RinggAnswers.payload(answer, "agents"), RinggAgent.class)));
        handlers.put("agent/voices", new GetHandler((exchange, context) -> "/agent/voices", RinggAgents::language,
                (answer, context) -> RinggAnswers.list(answer, "voices", RinggVoice.class, context)));
        handlers.put("agent/edit", new AgentEditHandler());
    }

    /** The agent id: header, else the body (the id as text or {@code {"agent_id": ...}}), else the option. */
    public static String agentId(Exchange exchange, OperationContext context) {
        String header = exchange.getMessage().getHeader(AiVoiceConstants.AGENT_ID, String.class);
        if (header != null && !header.isBlank()) {
            // the header wins: the body may be anything then (e.g. the answer of a create just before)
            return header;
        }
        Object body = exchange.getMessage().getBody();
        Map<String, Object> fields = new LinkedHashMap<>();
        RequestFields.putIfPresent(fields, "agent_id", context.configuration().getAgentId());
        if (body instanceof String text && !text.isBlank() && !text.strip().startsWith("{")) {
            fields.put("agent_id", text.strip());
        } else {
            RequestFields.putIfPresent(fields, "agent_id",
                    RequestFields.read(exchange, Map.class, context.validator()).get("agent_id"));
        }
        return context.validator().requireText("agent_id", fields.get("agent_id"),
                "set the " + AiVoiceConstants.AGENT_ID + " header, the agentId option or put the id in the body");
    }

    private static String agentPath(Exchange exchange, OperationContext context) {
        return "/agent/" + PathSegments.of(context.validator(), "agent_id", agentId(exchange, context));
    }

    /** {@code language}: comma-separated locales, as text, a list, or {@code {"language": ...}}. */
    private static Map<String, Object> language(Exchange exchange, OperationContext context) {
        Object body = exchange.getMessage().getBody();
        if (body instanceof String text && !text.isBlank() && !text.strip().startsWith("{")) {
            return Map.of("language", text.strip());
        }
        if (body instanceof List<?> locales) {
            return Map.of("language", String.join(",", locales.stream().map(String::valueOf).toList()));
        }
        return Filters.read(exchange, context, List.of("language"));
    }
}
