package dev.aivoice.camel.fakeprovider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.aivoice.camel.AiVoiceEndpoint;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.events.CallEventBuilder;
import dev.aivoice.camel.events.NotAnEventException;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.provider.WebhookFacet;

/**
 * The fake provider's deliveries, {@code {"kind": "note_created", "note": "n-1", "state": "done"}}, and its
 * subscription at start: {@code POST /subscriptions {"url": publicUrl, "kinds": [...]}}.
 */
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

    @Override
    public Optional<Subscription> subscription() {
        return Optional.of(new Subscription() {
            @Override
            public void check(AiVoiceEndpoint endpoint) {
                if (endpoint.getConfiguration().getPublicUrl() == null) {
                    throw new IllegalArgumentException("autoSubscribe on aivoice:fake needs the option publicUrl");
                }
            }

            @Override
            public Object subscribe(AiVoiceEndpoint endpoint, List<String> routedTypes) throws Exception {
                OperationContext context = endpoint.operationContext("note", "create");
                byte[] body = mapper.writeValueAsBytes(Map.of("url", endpoint.getConfiguration().getPublicUrl(),
                        "kinds", routedTypes.isEmpty() ? eventTypes() : routedTypes));
                return context.sendForJson(context.request("POST", "/subscriptions", null).jsonBody(body).build())
                        .get(10, TimeUnit.SECONDS);
            }
        });
    }
}
