package dev.aivoice.camel.events;

/**
 * One turn of a call transcript.
 *
 * @param speaker   who spoke
 * @param role      the provider's own label ({@code bot}, {@code user}, {@code assistant}, ...)
 * @param text      what was said
 * @param timestamp the provider's timestamp of the turn as sent, or null
 */
public record TranscriptTurn(Speaker speaker, String role, String text, String timestamp) {

    /** Who spoke a turn. */
    public enum Speaker {
        AGENT,
        USER,
        OTHER;

        /** The speaker of a provider's role label; public for the providers' parsers (issue 13: ringg/events). */
        public static Speaker of(String role) {
            return switch (role.toLowerCase(java.util.Locale.ROOT)) {
                case "bot", "agent", "assistant", "ai" -> AGENT;
                case "user", "customer", "human", "callee" -> USER;
                default -> OTHER;
            };
        }
    }
}
