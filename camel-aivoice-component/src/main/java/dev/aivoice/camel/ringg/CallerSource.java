package dev.aivoice.camel.ringg;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.aivoice.camel.validation.FieldValidator;

/**
 * Picks the caller of a call or campaign: the most specific level that names any caller (headers, then body, then
 * endpoint options) decides, and within it exactly one caller field must be set.
 */
public final class CallerSource {

    private CallerSource() {
    }

    /**
     * @param fields  the caller fields this request accepts, e.g. {@code number_pool_id, from_number_id, from_number}
     * @param levels  the caller fields each level gives, most specific first
     * @return        the one caller field and its value
     */
    @SafeVarargs
    public static Map.Entry<String, Object> pick(List<String> fields, FieldValidator validator, String whereToSetIt,
                                                 Map<String, Object>... levels) {
        for (Map<String, Object> level : levels) {
            Map<String, Object> given = new LinkedHashMap<>();
            for (String field : fields) {
                Object value = level.get(field);
                if (value != null && !(value instanceof String text && text.isBlank())) {
                    given.put(field, value);
                }
            }
            if (given.size() > 1) {
                throw validator.invalid(String.join("/", given.keySet()), "are all set: give exactly one caller"
                                                                          + " source (one of "
                                                                          + String.join(", ", fields) + ")");
            }
            if (given.size() == 1) {
                return given.entrySet().iterator().next();
            }
        }
        throw validator.invalid(String.join("/", fields), "are all missing: a caller source is required (one of"
                                                          + " them); " + whereToSetIt);
    }
}
