package dev.aivoice.camel.ringg.campaign;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import dev.aivoice.camel.validation.FieldValidator;

/**
 * A campaign's start and end as Ringg wants them: {@code DD/MM/YYYY, HH:MM} in the call_config timezone, the start in
 * the future and before the end. Accepts that text or a LocalDateTime (read in the zone), ZonedDateTime,
 * OffsetDateTime or Instant (converted to the zone).
 *
 * @param start the start, or null when not given and not required
 * @param end   the end, or null when not given and not required
 */
record CampaignWindow(String start, String end) {

    static final DateTimeFormatter CAMPAIGN_TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu, HH:mm");

    static CampaignWindow of(Object start, Object end, ZoneId zone, Clock clock, boolean required,
                             FieldValidator validator) {
        String from = format("campaign_start_time", start, zone, required, validator);
        String to = format("campaign_end_time", end, zone, required, validator);
        if (from != null && to != null) {
            LocalDateTime first = LocalDateTime.parse(from, CAMPAIGN_TIME);
            if (!LocalDateTime.parse(to, CAMPAIGN_TIME).isAfter(first)) {
                throw validator.invalid("campaign_end_time", "must be after campaign_start_time (" + from + "); was "
                                                             + to);
            }
            if (!first.atZone(zone).toInstant().isAfter(clock.instant())) {
                throw validator.invalid("campaign_start_time", "must lie in the future (in " + zone + "); was " + from);
            }
        }
        return new CampaignWindow(from, to);
    }

    /** issue 16: the start as an instant (the campaign's calls start then); needs a start. */
    Instant startInstant(ZoneId zone) {
        return LocalDateTime.parse(start, CAMPAIGN_TIME).atZone(zone).toInstant();
    }

    private static String format(String field, Object value, ZoneId zone, boolean required, FieldValidator validator) {
        if (value == null) {
            if (required) {
                throw validator.invalid(field, "is required: DD/MM/YYYY, HH:MM in the call_config timezone (" + zone
                                               + "), or a LocalDateTime/ZonedDateTime/OffsetDateTime");
            }
            return null;
        }
        if (value instanceof LocalDateTime local) {
            return local.format(CAMPAIGN_TIME);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(zone).format(CAMPAIGN_TIME);
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(zone).format(CAMPAIGN_TIME);
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone).format(CAMPAIGN_TIME);
        }
        try {
            return LocalDateTime.parse(value.toString().strip(), CAMPAIGN_TIME).format(CAMPAIGN_TIME);
        } catch (DateTimeParseException e) {
            throw validator.invalid(field, "must be DD/MM/YYYY, HH:MM (e.g. 05/03/2026, 09:30); was "
                                           + FieldValidator.quote(value.toString()));
        }
    }
}
