package dev.aivoice.camel.ringg.agent;

import java.util.Map;
import java.util.concurrent.CompletionStage;

import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationHandler;
import dev.aivoice.camel.ringg.RinggAgents;
import dev.aivoice.camel.ringg.RinggAnswers;
import dev.aivoice.camel.ringg.model.RinggDeleted;
import dev.aivoice.camel.validation.PathSegments;
import org.apache.camel.Exchange;

/** The assistant's life cycle: {@code create}, {@code update} and {@code archive}. */
public final class RinggAgentAdmin {

    private RinggAgentAdmin() {
    }

    public static void register(Map<String, OperationHandler> handlers) {
        handlers.put("agent/create", new AgentSaveHandler(true));
        handlers.put("agent/update", new AgentSaveHandler(false));
        handlers.put("agent/archive", RinggAgentAdmin::archive);
    }

    /** {@code DELETE /agent/{agent_id}}: archives the assistant (header, body id or option). */
    private static CompletionStage<Void> archive(Exchange exchange, OperationContext context) {
        String agentId = RinggAgents.agentId(exchange, context);
        String path = "/agent/" + PathSegments.of(context.validator(), "agent_id", agentId);
        var request = context.request("DELETE", path, null).build();
        return context.sendForJson(request).thenAccept(answer -> exchange.getMessage()
                .setBody(new RinggDeleted(agentId, RinggAnswers.text(answer, "message"))));
    }
}
