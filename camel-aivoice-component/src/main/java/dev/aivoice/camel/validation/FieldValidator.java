package dev.aivoice.camel.validation;

import java.net.URI;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import dev.aivoice.camel.AiVoiceError;
import dev.aivoice.camel.AiVoiceValidationException;

/**
 * Checks request fields before anything is sent and fails with an {@link AiVoiceValidationException} that names the
 * field, says what was wrong and what is allowed. Values are quoted so the user can find the bad record; they are
 * request data (numbers, names), never credentials.
 */
public final class FieldValidator {

    /** E.164: a plus, a country code that does not start with 0, 7 to 15 digits in all. */
    public static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    /** Ringly's rule for variable keys, used for Ringg too as the safe common denominator. */
    public static final Pattern VARIABLE_KEY = Pattern.compile("[A-Za-z_]+");

    private static final int MAX_QUOTED = 40;

    private final String provider;
    private final String operation;
    private final UnaryOperator<String> redact;

    public FieldValidator(String provider, String operation) {
        this(provider, operation, UnaryOperator.identity());
    }

    /** @param redact masks secrets in messages: a key pasted into the wrong field must not be quoted back */
    public FieldValidator(String provider, String operation, UnaryOperator<String> redact) {
        this.provider = provider;
        this.operation = operation;
        this.redact = redact;
    }

    public AiVoiceValidationException invalid(String field, String problem) {
        return new AiVoiceValidationException(redact.apply(field),
                redact.apply("Invalid " + provider + " " + operation + " request: " + field + " " + problem),
                AiVoiceError.local(provider, operation));
    }

    public String requireText(String field, Object value, String whereToSetIt) {
        if (value == null || value.toString().isBlank()) {
            throw invalid(field, "is required; " + whereToSetIt);
        }
        if (!(value instanceof String)) {
            throw invalid(field, "must be a string, was " + value.getClass().getSimpleName());
        }
        return (String) value;
    }

    public String requireE164(String field, Object value, String whereToSetIt) {
        String number = requireText(field, value, whereToSetIt);
        return checkE164(field, number);
    }

    public String checkE164(String field, String number) {
        return checkE164(field, number, false);
    }

    /** {@link #requireE164} for the caller's number, whose check libphonenumber need not repeat on every call. */
    public String requireCallerE164(String field, Object value, String whereToSetIt) {
        return checkE164(field, requireText(field, value, whereToSetIt), true);
    }

    private String checkE164(String field, String number, boolean caller) {
        if (!E164.matcher(number).matches()) {
            throw invalid(field, "must be an E.164 number: '+', country code, then digits, 8 to 16 characters,"
                                 + " no spaces or dashes (e.g. +14155550199); was " + quote(number));
        }
        // issue 16: a number that can exist, by libphonenumber
        String invalid = caller ? PhoneNumbers.callerProblem(number) : PhoneNumbers.problem(number);
        if (invalid != null) {
            throw invalid(field, invalid + "; was " + quote(number));
        }
        return number;
    }

    /** An absolute http(s) URL the provider can reach (callbacks, webhooks). */
    public String requireHttpUrl(String field, String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw invalid(field, "is not a URL: " + quote(url));
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())
                || uri.getHost() == null) {
            throw invalid(field, "must be an absolute http(s) URL the provider can reach; was " + quote(url));
        }
        return url;
    }

    /** Variables must be string keys of letters and underscores mapped to string values. */
    public void requireVariables(String field, Map<?, ?> variables) {
        for (Map.Entry<?, ?> entry : variables.entrySet()) {
            Object key = entry.getKey();
            if (!(key instanceof String) || !VARIABLE_KEY.matcher((String) key).matches()) {
                throw invalid(field, "key " + quote(String.valueOf(key))
                                     + " is not allowed: keys use letters A-Z, a-z and underscores only");
            }
            Object value = entry.getValue();
            if (!(value instanceof String)) {
                throw invalid(field + "." + key, "must be a string, was "
                                                 + (value == null ? "null" : value.getClass().getSimpleName()));
            }
        }
    }

    /**
     * Camel decodes {@code +} in endpoint URIs as a space, so {@code fromNumber=+1202...} (or {@code %2B1202...})
     * arrives as {@code " 1202..."}. A space followed by digits only can only have been a plus.
     */
    public static String restorePlusDecodedAsSpace(String number) {
        if (number.length() > 1 && number.charAt(0) == ' ' && number.substring(1).chars().allMatch(Character::isDigit)) {
            return "+" + number.substring(1);
        }
        return number;
    }

    public static String quote(String value) {
        String shown = value.length() > MAX_QUOTED ? value.substring(0, MAX_QUOTED) + "..." : value;
        StringBuilder quoted = new StringBuilder("'");
        shown.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                quoted.append(String.format("\\u%04x", cp));
            } else {
                quoted.appendCodePoint(cp);
            }
        });
        return quoted.append('\'').toString();
    }
}
