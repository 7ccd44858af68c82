package dev.aivoice.camel.fakeprovider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.events.CallEventBuilder;
import dev.aivoice.camel.events.NotAnEventException;
import dev.aivoice.camel.provider.WebhookFacet;

/** The fake provider's deliveries: {@code {"kind": "note_created", "note": "n-1", "state": "done"}}. */
final class FakeWebhooks implements WebhookFacet {

    static final String DEFAULT_PATH = "/aivoice/fake/events";

    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Set<String> apis() {
        return Set.of("events");
    }

    @Override
    public String defaultPath() {
        return DEFAULT_PATH;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("note_created", "note_closed");
    }

    @Override
    public CallEvent parse(byte[] body) throws NotAnEventException {
        JsonNode root;
        try {
            root = mapper.readTree(body);
        } catch (IOException e) {
            throw new NotAnEventException("the body is not JSON", e);
        }
        if (root == null || !root.hasNonNull("kind")) {
            throw new NotAnEventException("the body has no kind");
        }
        return new CallEventBuilder("fake", root, new String(body, StandardCharsets.UTF_8))
                .eventType(root.get("kind").asText())
                .callId(root.path("note").asText(null))
                .status(root.path("state").asText(null))
                .build();
    }
}
