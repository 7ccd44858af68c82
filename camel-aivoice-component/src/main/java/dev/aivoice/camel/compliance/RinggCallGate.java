package dev.aivoice.camel.compliance;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aivoice.camel.AiVoiceComplianceException;

/**
 * The gate for a Ringg call's JSON fields. A do-not-call number is always refused. With
 * {@code callingWindowAction=defer} the call goes out with Ringg's own calling window
 * ({@code call_config.call_time}) set to the recipient's window, so Ringg dials (and retries) only inside it; when it
 * is outside the window now, {@code scheduled_at} is set to the next allowed time too. A number with several zones
 * gets the part of the window that is open in all of them, written in its first zone.
 */
public final class RinggCallGate {

    private static final DateTimeFormatter SCHEDULED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");
    private static final int DAY_MINUTES = 24 * 60;

    private RinggCallGate() {
    }

    /** @throws AiVoiceComplianceException when the call must not go out at all */
    public static void admit(ComplianceGate gate, Map<String, Object> call, String provider, String operation) {
        if (!gate.active()) {
            return;
        }
        String number = (String) call.get("mobile_number");
        Instant now = gate.clock().instant();
        Verdict verdict = gate.verdict(number, now);
        if (!gate.defers()) {
            if (!verdict.allowed()) {
                throw ComplianceGate.refusal("mobile_number", number, verdict, provider, operation);
            }
            return;
        }
        if (AiVoiceComplianceException.DO_NOT_CALL.equals(verdict.reason())
                || verdict.window() == null || verdict.zones().isEmpty()
                || !verdict.allowed() && verdict.nextAllowedTime() == null) {
            if (!verdict.allowed()) {
                throw ComplianceGate.refusal("mobile_number", number, verdict, provider, operation);
            }
            return;
        }
        Map<String, Object> callTime = commonWindow(verdict.window(), verdict.zones(), now);
        if (callTime == null) {
            throw ComplianceGate.refusal("mobile_number", number, new Verdict(verdict.reason() != null
                    ? verdict.reason() : AiVoiceComplianceException.OUTSIDE_CALLING_WINDOW,
                    "the windows of its time zones " + verdict.zones() + " share no hour for one calling window",
                    verdict.nextAllowedTime(), verdict.window(), verdict.zones()), provider, operation);
        }
        if (!verdict.allowed()) {
            callTime.put("scheduled_at", verdict.nextAllowedTime().atZone(zoneOf(callTime)).format(SCHEDULED_AT));
        }
        merge(call, callTime);
    }

    /** The window open in every zone, in the first zone's local time; null when they share no minute. */
    static Map<String, Object> commonWindow(DailyWindow window, List<ZoneId> zones, Instant now) {
        ZoneId first = zones.get(0);
        int firstOffset = first.getRules().getOffset(now).getTotalSeconds() / 60;
        int start = 0;
        int end = DAY_MINUTES;
        for (ZoneId zone : zones) {
            int shift = zone.getRules().getOffset(now).getTotalSeconds() / 60 - firstOffset;
            start = Math.max(start, minutes(window.start()) - shift);
            end = Math.min(end, (window.end().equals(LocalTime.MAX) ? DAY_MINUTES : minutes(window.end())) - shift);
        }
        if (start >= end) {
            return null;
        }
        Map<String, Object> callTime = new LinkedHashMap<>();
        callTime.put("call_start_time", hhmm(start));
        callTime.put("call_end_time", hhmm(Math.min(end, DAY_MINUTES - 1)));
        callTime.put("timezone", ianaName(first));
        return callTime;
    }

    /** libphonenumber still says Asia/Calcutta; Ringg documents the current name. */
    private static String ianaName(ZoneId zone) {
        return "Asia/Calcutta".equals(zone.getId()) ? "Asia/Kolkata" : zone.getId();
    }

    private static ZoneId zoneOf(Map<String, Object> callTime) {
        return ZoneId.of((String) callTime.get("timezone"));
    }

    private static int minutes(LocalTime time) {
        return time.getHour() * 60 + time.getMinute();
    }

    private static String hhmm(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }

    /** The recipient's window replaces the call_time window; a schedule the user gave is kept. */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> call, Map<String, Object> callTime) {
        Object given = call.get("call_config");
        Map<String, Object> config = given instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map)
                : new LinkedHashMap<>();
        Object givenTime = config.get("call_time");
        Map<String, Object> time = givenTime instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map)
                : new LinkedHashMap<>();
        callTime.forEach((key, value) -> {
            if (!"scheduled_at".equals(key) || time.get("scheduled_at") == null) {
                time.put(key, value);
            }
        });
        config.put("call_time", time);
        call.put("call_config", config);
    }
}
