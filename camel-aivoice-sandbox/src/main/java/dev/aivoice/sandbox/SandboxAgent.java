package dev.aivoice.sandbox;

import java.util.List;

/**
 * A Ringg assistant (or, with only an id, a Ringly agent tag). {@code customVariables} are the names its prompt
 * uses; {@code callee_name} and {@code mobile_number} are always there for outbound agents.
 */
public record SandboxAgent(String id, String displayName, String agentType, List<String> customVariables) {

    public SandboxAgent {
        customVariables = List.copyOf(customVariables);
    }
}
