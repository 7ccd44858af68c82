package dev.aivoice.examples;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.aivoice.camel.correlation.CorrelationIds;

/**
 * The settings of the Ringg campaign the job launches (the {@code CamelAiVoiceCampaign} header): named after the
 * day, starting two minutes from now (Ringg wants a start in the future), one day long, no retries, and the
 * callee's name and the lead id (as the correlation id) mapped from the contact list.
 */
public final class CampaignPlan {

    private final String countryCode;
    private final Clock clock;

    public CampaignPlan(String countryCode, Clock clock) {
        this.countryCode = countryCode;
        this.clock = clock;
    }

    public Map<String, Object> settings() {
        ZonedDateTime start = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC)).plusMinutes(2);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("campaign_name", "CRM export " + LocalDate.now(clock.withZone(ZoneOffset.UTC)));
        settings.put("country_code", countryCode);
        // the lead id travels with each call and comes back on its events as CamelAiVoiceCorrelationId
        settings.put("variables_map", Map.of("callee_name", "Name", CorrelationIds.VARIABLE, "Lead ID"));
        settings.put("call_config", Map.of("call_retry_config", Map.of("retry_count", 0),
                "call_time", Map.of("timezone", "UTC")));
        settings.put("campaign_start_time", start);
        settings.put("campaign_end_time", start.plusDays(1));
        return settings;
    }
}
