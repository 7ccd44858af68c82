package dev.aivoice.camel.ringg.call;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.provider.BoundRequest;
import dev.aivoice.camel.provider.RequestFields;
import dev.aivoice.camel.ringg.model.RinggCallConfig;
import dev.aivoice.camel.validation.FieldValidator;

/**
 * Builds and checks a {@code call_config}: the endpoint option, then the body's, then the header
 * {@code CamelAiVoiceCallConfig}, merged key by key ({@code call_time} and {@code call_retry_config} too).
 */
public final class CallConfigs {

    /** The zone Ringg applies when {@code call_time.timezone} is not given. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Kolkata");

    private static final Pattern HH_MM = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
    private static final DateTimeFormatter SCHEDULED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private CallConfigs() {
    }

    /**
     * The bound call_config's levels (option, body, header) merged key by key and checked, or null when none gives
     * one.
     */
    public static Map<String, Object> merge(BoundRequest request, FieldValidator validator) {
        Map<String, Object> config = new LinkedHashMap<>();
        if (request.fromOption("call_config") instanceof String option && !option.isBlank()) {
            deepMerge(config, RequestFields.fromValue(option, "callConfig (endpoint option)", RinggCallConfig.class,
                    validator));
        }
        deepMerge(config, RequestFields.fromValue(request.fromBody("call_config"), "call_config",
                RinggCallConfig.class, validator));
        deepMerge(config, RequestFields.fromValue(request.fromHeader("call_config"), AiVoiceConstants.CALL_CONFIG,
                RinggCallConfig.class, validator));
        if (config.isEmpty()) {
            return null;
        }
        check(config, validator);
        return config;
    }

    /** The zone of the config's calling window: campaign start and end times are read in it. */
    public static ZoneId zone(Map<String, Object> config) {
        Object time = config == null ? null : config.get("call_time");
        Object zone = time instanceof Map<?, ?> map ? map.get("timezone") : null;
        return zone == null ? DEFAULT_ZONE : ZoneId.of(zone.toString());
    }

    @SuppressWarnings("unchecked")
    static void deepMerge(Map<String, Object> base, Map<String, Object> over) {
        over.forEach((key, value) -> {
            Object existing = base.get(key);
            if (existing instanceof Map<?, ?> && value instanceof Map<?, ?>) {
                Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) existing);
                deepMerge(merged, (Map<String, Object>) value);
                base.put(key, merged);
            } else if (value != null) {
                base.put(key, value);
            }
        });
    }

    private static void check(Map<String, Object> config, FieldValidator validator) {
        for (String seconds : new String[] { "idle_timeout_warning", "idle_timeout_end", "max_call_length" }) {
            checkNumber(config, seconds, "call_config." + seconds, validator);
        }
        Map<?, ?> time = object(config, "call_time", validator);
        if (time != null) {
            checkClock(time, "call_start_time", validator);
            checkClock(time, "call_end_time", validator);
            Object zone = time.get("timezone");
            if (zone != null) {
                try {
                    ZoneId.of(zone.toString());
                } catch (DateTimeException e) {
                    throw validator.invalid("call_config.call_time.timezone", "must be an IANA zone such as"
                                                                              + " Asia/Kolkata or America/New_York; was "
                                                                              + FieldValidator.quote(zone.toString()));
                }
            }
            Object at = time.get("scheduled_at");
            if (at != null) {
                try {
                    LocalDateTime.parse(at.toString(), SCHEDULED_AT);
                } catch (DateTimeParseException e) {
                    throw validator.invalid("call_config.call_time.scheduled_at", "must be YYYY-MM-DDTHH:MM:SS"
                                                                                  + " (local to call_time.timezone); was "
                                                                                  + FieldValidator.quote(at.toString()));
                }
            }
        }
        Map<?, ?> retry = object(config, "call_retry_config", validator);
        if (retry != null) {
            for (String key : new String[] { "retry_count", "retry_busy", "retry_not_picked", "retry_failed" }) {
                checkNumber(retry, key, "call_config.call_retry_config." + key, validator);
            }
        }
    }

    private static Map<?, ?> object(Map<String, Object> config, String key, FieldValidator validator) {
        Object value = config.get(key);
        if (value != null && !(value instanceof Map<?, ?>)) {
            throw validator.invalid("call_config." + key, "must be an object, was " + value.getClass().getSimpleName());
        }
        return (Map<?, ?>) value;
    }

    private static void checkClock(Map<?, ?> time, String key, FieldValidator validator) {
        Object value = time.get(key);
        if (value != null && !HH_MM.matcher(value.toString()).matches()) {
            throw validator.invalid("call_config.call_time." + key, "must be a time HH:MM (00:00 to 23:59); was "
                                                                    + FieldValidator.quote(value.toString()));
        }
    }

    private static void checkNumber(Map<?, ?> map, String key, String field, FieldValidator validator) {
        Object value = map.get(key);
        if (value != null && (!(value instanceof Number number) || number.doubleValue() < 0)) {
            throw validator.invalid(field, "must be a number, 0 or more; was " + FieldValidator.quote(value.toString()));
        }
    }
}
