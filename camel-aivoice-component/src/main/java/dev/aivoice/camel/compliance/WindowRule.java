package dev.aivoice.camel.compliance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.StringJoiner;

import dev.aivoice.camel.AiVoiceComplianceException;

/**
 * The calling window and days, applied at the recipient's location. A number with several time zones is allowed only
 * when the instant is inside the window in every one of them; the next allowed time is the first instant that is.
 */
final class WindowRule {

    /** Enough to settle any set of zones whose windows overlap at all (each round moves to a later opening). */
    private static final int MAX_ROUNDS = 64;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE HH:mm");

    private final CallingWindow window;
    private final CallingDays days;

    /** @param window null for all day (only the days apply) */
    WindowRule(CallingWindow window, CallingDays days) {
        this.window = window;
        this.days = days;
    }

    Verdict check(String e164, Instant at) {
        RecipientZones.Recipient recipient = RecipientZones.of(e164);
        DailyWindow daily = window == null ? DailyWindow.ALL_DAY
                : window.regions().isEmpty() ? window.forRegion(null, null)
                : window.forRegion(recipient.region(), recipient.mainRegion());
        if (daily == null) {
            return refused("no calling window is set for " + recipient.region() + " (callingWindow has "
                           + window.regions() + " and no default)", null, null, recipient.zones());
        }
        List<ZoneId> zones = recipient.zones();
        if (zones.isEmpty()) {
            return refused("the recipient's time zone is unknown", null, daily, zones);
        }
        if (allowedEverywhere(zones, daily, at)) {
            return new Verdict(null, null, null, daily, zones);
        }
        Instant next = nextAllowed(zones, daily, at);
        return refused("local time " + localTimes(zones, at) + " is outside " + daily + " " + days
                       + (next == null ? "; the zones' windows never overlap" : ""),
                next, daily, zones);
    }

    private static Verdict refused(String detail, Instant next, DailyWindow daily, List<ZoneId> zones) {
        return new Verdict(AiVoiceComplianceException.OUTSIDE_CALLING_WINDOW, detail, next, daily, zones);
    }

    private boolean allowedEverywhere(List<ZoneId> zones, DailyWindow daily, Instant at) {
        for (ZoneId zone : zones) {
            if (!allowed(zone, daily, at)) {
                return false;
            }
        }
        return true;
    }

    private boolean allowed(ZoneId zone, DailyWindow daily, Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return days.contains(local.getDayOfWeek()) && daily.contains(local.toLocalTime());
    }

    /** The first instant from {@code at} on that is allowed in every zone, or null when there is none. */
    Instant nextAllowed(List<ZoneId> zones, DailyWindow daily, Instant at) {
        Instant candidate = at;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Instant latest = candidate;
            boolean everywhere = true;
            for (ZoneId zone : zones) {
                if (!allowed(zone, daily, candidate)) {
                    everywhere = false;
                    Instant opening = nextOpening(zone, daily, candidate);
                    if (opening.isAfter(latest)) {
                        latest = opening;
                    }
                }
            }
            if (everywhere) {
                return candidate;
            }
            candidate = latest;
        }
        return null;
    }

    /** The next time the window opens in a zone, on an allowed day, after an instant at which it is closed there. */
    private Instant nextOpening(ZoneId zone, DailyWindow daily, Instant closedAt) {
        ZonedDateTime local = closedAt.atZone(zone);
        LocalDate date = local.toLocalDate();
        if (days.contains(date.getDayOfWeek()) && local.toLocalTime().isBefore(daily.start())) {
            return ZonedDateTime.of(date, daily.start(), zone).toInstant();
        }
        for (int ahead = 1; ahead <= 7; ahead++) {
            LocalDate day = date.plusDays(ahead);
            if (days.contains(day.getDayOfWeek())) {
                return ZonedDateTime.of(day, daily.start(), zone).toInstant();
            }
        }
        throw new IllegalStateException("callingDays allows no day");
    }

    private static String localTimes(List<ZoneId> zones, Instant at) {
        StringJoiner text = new StringJoiner(", ");
        for (ZoneId zone : zones) {
            text.add(at.atZone(zone).format(LOCAL) + " (" + zone.getId() + ")");
        }
        return text.toString();
    }
}
