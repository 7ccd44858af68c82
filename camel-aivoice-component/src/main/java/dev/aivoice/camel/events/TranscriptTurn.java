package dev.aivoice.camel.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One turn of a call transcript, the same in call details, call history and webhook events.
 *
 * @param speaker   who spoke
 * @param role      the provider's own label ({@code bot}, {@code user}, {@code assistant}, ...), or null
 * @param text      what was said
 * @param timestamp the provider's timestamp of the turn as sent, or null
 * @param extra     any other keys of the turn (e.g. {@code message_id}); empty when there are none
 */
public record TranscriptTurn(Speaker speaker, String role, String text, String timestamp, Map<String, Object> extra) {

    public TranscriptTurn {
        extra = extra == null || extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }

    /** A turn without extra keys. */
    public TranscriptTurn(Speaker speaker, String role, String text, String timestamp) {
        this(speaker, role, text, timestamp, Map.of());
    }

    /** Who spoke a turn. */
    public enum Speaker {
        AGENT,
        USER,
        OTHER;

        /** The speaker of a provider's role label; {@link #OTHER} for null or a label not known. */
        public static Speaker of(String role) {
            if (role == null) {
                return OTHER;
            }
            return switch (role.toLowerCase(Locale.ROOT)) {
                case "bot", "agent", "assistant", "ai" -> AGENT;
                case "user", "customer", "human", "callee" -> USER;
                default -> OTHER;
            };
        }
    }

    @Override
    public String toString() {
        return (role != null ? role : speaker) + ": " + text;
    }
}
