package dev.aivoice.camel.ringg;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.OperationField;
import dev.aivoice.camel.ringg.model.RinggAgent;
import dev.aivoice.camel.ringg.model.RinggDeleted;
import dev.aivoice.camel.validation.PathSegments;

import static dev.aivoice.camel.provider.OperationField.field;

/** The agent reads {@code get} (one assistant) and {@code voices} (the voice catalogue), and {@code archive}. */
public final class RinggAgents {

    /** The agent id: the header, else the body (the id as text or {@code {"agent_id": ...}}), else the option. */
    public static final OperationField AGENT_ID = field("agent_id").header(AiVoiceConstants.AGENT_ID)
            .option(AiVoiceConfiguration::getAgentId);

    /** The voices' {@code language} (a text or List body is the language). */
    static final OperationField LANGUAGE = field("language");

    private RinggAgents() {
    }

    static GetHandler get() {
        return new GetHandler(RinggAgents::agentPath, QueryBuilder.NONE,
                (answer, context) -> context.readAnswer(RinggAnswers.payload(answer, "agents"), RinggAgent.class));
    }

    /** {@code language}: comma-separated locales, as text, a list, or {@code {"language": ...}}. */
    static Map<String, Object> language(BoundRequest request, OperationContext context) {
        return Filters.read(request, List.of("language"));
    }

    /** {@code DELETE /agent/{agent_id}}: archives the assistant (header, body id or option). */
    static CompletionStage<?> archive(BoundRequest request, OperationContext context) {
        String agentId = agentId(request, context);
        var delete = context.request("DELETE", agentPath(request, context), null).build();
        return context.sendForJson(delete).thenApply(answer -> new RinggDeleted(agentId, RinggAnswers.text(answer,
                "message")));
    }

    public static String agentId(BoundRequest request, OperationContext context) {
        return context.validator().requireText("agent_id", request.get("agent_id"),
                "set the " + AiVoiceConstants.AGENT_ID + " header, the agentId option or put the id in the body");
    }

    private static String agentPath(BoundRequest request, OperationContext context) {
        return "/agent/" + PathSegments.of(context.validator(), "agent_id", agentId(request, context));
    }
}
