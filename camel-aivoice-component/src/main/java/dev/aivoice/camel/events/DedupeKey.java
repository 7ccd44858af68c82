package dev.aivoice.camel.events;

import java.util.StringJoiner;

/**
 * The key under which a delivered event is remembered. Each part is written with its length in front
 * ({@code 5:ringg|12:call|with|bar|...}), so no content of a part (a {@code |} in a call id, say) can make two
 * different events share a key; a missing part is {@code -}, which no length-prefixed part can be.
 */
public final class DedupeKey {

    private DedupeKey() {
    }

    public static String of(String... parts) {
        StringJoiner key = new StringJoiner("|");
        for (String part : parts) {
            key.add(part == null ? "-" : part.length() + ":" + part);
        }
        return key.toString();
    }
}
