package dev.aivoice.camel.compliance;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The gate's answer for one recipient at one instant.
 *
 * @param reason          null when allowed; else {@code outside calling window} or {@code do not call}
 * @param detail          why, in words (local times, zones, window), for messages
 * @param nextAllowedTime when the call would be allowed in every zone of the recipient; null if never or unknown
 * @param window          the recipient's window (null when no window applies)
 * @param zones           the recipient's time zones (empty when unknown or not looked up)
 */
public record Verdict(String reason, String detail, Instant nextAllowedTime, DailyWindow window, List<ZoneId> zones) {

    static final Verdict ALLOWED = new Verdict(null, null, null, null, List.of());

    public boolean allowed() {
        return reason == null;
    }
}
