package dev.aivoice.camel.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.provider.AiVoiceProvider;

/** The {@code eventTypes} option read against the event types the provider's webhook knows. */
public final class EventTypeFilter {

    private EventTypeFilter() {
    }

    /**
     * Checks the endpoint's {@code eventTypes} against its provider's webhook, when it has one.
     *
     * @throws IllegalArgumentException starting with {@code subject}, naming the unknown type and the known ones
     */
    public static void check(AiVoiceProvider provider, AiVoiceConfiguration configuration, String subject) {
        provider.webhooks().ifPresent(webhooks -> {
            try {
                parse(configuration.getEventTypes(), "eventTypes", webhooks.eventTypes());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(subject + ": " + e.getMessage());
            }
        });
    }

    /**
     * The types of a comma-separated list, in order, without blanks or repeats; an empty list for null or blank.
     *
     * @throws IllegalArgumentException naming the unknown type and the known ones
     */
    public static List<String> parse(String commaSeparated, String optionName, Set<String> known) {
        Set<String> types = new LinkedHashSet<>();
        if (commaSeparated != null) {
            for (String part : commaSeparated.split(",")) {
                String type = part.trim();
                if (type.isEmpty()) {
                    continue;
                }
                if (!known.contains(type)) {
                    List<String> sorted = new ArrayList<>(known);
                    sorted.sort(null);
                    throw new IllegalArgumentException("Unknown event type '" + type + "' in " + optionName
                                                       + ". Known event types: " + String.join(", ", sorted));
                }
                types.add(type);
            }
        }
        return List.copyOf(types);
    }
}
