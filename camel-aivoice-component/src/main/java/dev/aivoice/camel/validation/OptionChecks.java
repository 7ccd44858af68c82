package dev.aivoice.camel.validation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import dev.aivoice.camel.AiVoiceConfiguration;

/**
 * Checks every option value of an endpoint when it is created, so that a misconfiguration fails the route's start
 * with the option's name and what is allowed, instead of failing every exchange later with the JDK's words. The
 * checks change nothing; {@link #normalize} puts the values in their canonical form first. Messages never quote a
 * secret (see {@link Secrets#clean}).
 */
public final class OptionChecks {

    /** More retries than this is a retry storm, not reliability. */
    public static final int MAX_RETRIES = 100;
    /** Ringg's largest page. */
    public static final int MAX_LIMIT = 100;
    public static final List<String> INVALID_ROWS = List.of("reject", "drop");

    /** The duration options: their text is checked before Camel converts it (Camel reads "abc" as 0). */
    public static final List<String> DURATIONS = List.of("connectTimeout", "requestTimeout", "retryDelay",
            "retryMaxDelay", "backfillInterval"); // backfillInterval: issue 11
    /** Milliseconds, or Camel's units in lower case: 500ms, 10s, 2m, 1h30m, 1d (Camel reads PT10S or 10S as 0). */
    private static final Pattern DURATION = Pattern.compile("\\d+|(\\d+(ms|[dhms]))+");
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    private final String subject;

    /** @param subject {@code aivoice:ringly:call}, the start of every message */
    public OptionChecks(String subject) {
        this.subject = subject;
    }

    /**
     * Checks the text of the duration options among an endpoint URI's parameters, before Camel converts them: its
     * conversion reads anything it does not understand ("abc", "-5s") as 0.
     */
    public void checkDurationTexts(Map<String, Object> parameters) {
        for (String option : DURATIONS) {
            if (parameters.get(option) instanceof String text && !DURATION.matcher(text.strip()).matches()) {
                throw bad(option, quote(text), "a duration: milliseconds (500) or with lower-case units (500ms, 10s,"
                                               + " 2m, 1h30m, 1d)");
            }
        }
    }

    /**
     * Puts option values in their canonical form, before they are checked: secrets without the surrounding whitespace
     * a file or a Kubernetes secret adds, and the {@code +} of {@code fromNumber} that the URI decoded as a space.
     */
    public static void normalize(AiVoiceConfiguration options) {
        options.setApiKey(strip(options.getApiKey()));
        options.setWebhookToken(strip(options.getWebhookToken()));
        if (options.getFromNumber() != null) {
            options.setFromNumber(FieldValidator.restorePlusDecodedAsSpace(options.getFromNumber()));
        }
    }

    /** Checks every option value; the first bad one throws. Changes nothing. */
    public void check(AiVoiceConfiguration options) {
        // refuses what cannot go into an HTTP header; the stripped value it returns is already the option's
        Secrets.clean("apiKey", options.getApiKey());
        Secrets.clean("webhookToken", options.getWebhookToken());
        positive("connectTimeout", options.getConnectTimeout());
        positive("requestTimeout", options.getRequestTimeout());
        notNegative("retryDelay", options.getRetryDelay());
        positive("retryMaxDelay", options.getRetryMaxDelay());
        range("maxRetries", options.getMaxRetries(), 0, MAX_RETRIES);
        notNegative("backfillInterval", options.getBackfillInterval()); // issue 11
        double rate = options.getMaxRequestsPerSecond();
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw bad("maxRequestsPerSecond", String.valueOf(rate),
                    "a finite number of requests per second, 0 (no pacing) or more");
        }
        range("limit", options.getLimit(), 1, MAX_LIMIT);
        range("offset", options.getOffset(), 0, Integer.MAX_VALUE);
        range("webhookMaxBodySize", options.getWebhookMaxBodySize(), 1, Integer.MAX_VALUE);
        if (options.getInvalidRows() == null || !INVALID_ROWS.contains(options.getInvalidRows())) {
            throw bad("invalidRows", quote(options.getInvalidRows()), "one of " + String.join(", ", INVALID_ROWS));
        }
        if (options.getBaseUrl() != null) {
            baseUrl(options.getBaseUrl(), options.isAllowInsecureBaseUrl());
        }
        if (options.getPublicUrl() != null) {
            httpUrl("publicUrl", options.getPublicUrl());
        }
        webhookPath(options.getWebhookPath());
        // issue 13: eventTypes is checked against the provider's own webhook types (EventTypeFilter, endpoint)
    }

    /**
     * The options the send chain and the duplicate-dial guard read: the caller number, the transport's limits and the
     * {@code idempotencyKey} expression's text. Changes nothing.
     */
    public void checkSending(AiVoiceConfiguration options, FieldValidator numbers) {
        if (options.getFromNumber() != null) {
            numbers.checkE164("fromNumber (endpoint option)", options.getFromNumber());
        }
        if (options.getMaxAnswerSize() <= 0 || options.getMaxConnections() <= 0) {
            throw new IllegalArgumentException(subject + ": maxAnswerSize and maxConnections must be above 0");
        }
        Integer proxyPort = options.getProxyPort();
        if (options.getProxyHost() != null && (proxyPort == null || proxyPort < 1 || proxyPort > 65535)) {
            throw new IllegalArgumentException(subject + ": proxyHost needs a proxyPort from 1 to 65535");
        }
        String key = options.getIdempotencyKey();
        if (key != null && !key.contains("${")) {
            throw new IllegalArgumentException(subject + ": idempotencyKey '" + key + "' is a constant, so every call"
                                               + " would share one key: use a simple expression such as"
                                               + " ${header.leadId}");
        }
    }

    /** An absolute http(s) URL; plain http only to this machine unless allowed, as the API key travels with it. */
    void baseUrl(String value, boolean allowInsecure) {
        URI url = httpUrl("baseUrl", value);
        if ("http".equalsIgnoreCase(url.getScheme()) && !isLoopback(url.getHost()) && !allowInsecure) {
            throw new IllegalArgumentException(subject + ": the option baseUrl " + quote(value) + " is plain http to"
                                               + " another machine, which would send the API key in clear text;"
                                               + " allowed: https, or http to localhost/127.x.x.x/[::1], or set"
                                               + " allowInsecureBaseUrl=true (a trusted network only)");
        }
    }

    URI httpUrl(String option, String value) {
        URI url;
        try {
            url = new URI(value);
        } catch (URISyntaxException e) {
            throw bad(option, quote(value), "an absolute http or https URL, e.g. https://host/path");
        }
        if (url.getScheme() == null || !List.of("http", "https").contains(url.getScheme().toLowerCase(Locale.ROOT))
                || url.getHost() == null || url.getRawFragment() != null) {
            throw bad(option, quote(value), "an absolute http or https URL with a host and no #fragment,"
                                            + " e.g. https://host/path");
        }
        return url;
    }

    /** Names only: resolving a host here would make endpoint creation depend on DNS. */
    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.endsWith(".localhost") || IPV4_LOOPBACK.matcher(h).matches()
               || h.equals("[::1]") || h.equals("[0:0:0:0:0:0:0:1]");
    }

    private void webhookPath(String path) {
        if (path == null || !path.startsWith("/") || path.chars().anyMatch(c -> c <= ' ' || c == 0x7f)
                || path.contains("?") || path.contains("#")) {
            throw bad("webhookPath", quote(path), "a path starting with '/', without spaces, '?' or '#',"
                                                  + " e.g. /aivoice/ringg/events");
        }
    }

    private void positive(String option, long millis) {
        if (millis <= 0) {
            throw bad(option, millis + " ms", "a positive duration, e.g. 500ms, 10s or 2m");
        }
    }

    private void notNegative(String option, long millis) {
        if (millis < 0) {
            throw bad(option, millis + " ms", "a duration of 0 or more, e.g. 0, 500ms or 2s");
        }
    }

    private void range(String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw bad(option, String.valueOf(value), max == Integer.MAX_VALUE
                    ? "a whole number of at least " + min
                    : "a whole number from " + min + " to " + max);
        }
    }

    private IllegalArgumentException bad(String option, String shown, String allowed) {
        return new IllegalArgumentException(subject + ": invalid value " + shown + " for the option " + option
                                            + "; allowed: " + allowed);
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String quote(String value) {
        return value == null ? "null" : FieldValidator.quote(value);
    }
}
