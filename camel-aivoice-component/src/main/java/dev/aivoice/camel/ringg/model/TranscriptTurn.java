package dev.aivoice.camel.ringg.model;

import java.util.Map;

/**
 * One turn of a call transcript.
 *
 * @param speaker   {@code bot} or {@code user} (or whatever role Ringg names)
 * @param text      what was said
 * @param timestamp the turn's timestamp as Ringg sent it, or null
 * @param extra     any other keys of the turn (e.g. {@code message_id})
 */
public record TranscriptTurn(String speaker, String text, String timestamp, Map<String, Object> extra) {

    @Override
    public String toString() {
        return speaker + ": " + text;
    }
}
