package dev.aivoice.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The run's configuration, from environment variables. With neither {@code RINGLY_API_KEY} nor
 * {@code RINGG_API_KEY} the job runs against the in-process sandbox; with a key it talks to that provider and the
 * provider's other variables become required.
 */
public record DialerSettings(String provider, String dsl, Path workDir, Path input, Path output, Duration timeout,
        boolean sandbox, int httpPort, Map<String, String> properties) {

    public static final String RINGLY = "ringly";
    public static final String RINGG = "ringg";

    /**
     * The properties that hold secrets. Camel Main prints every property at INFO in its start-up summary and masks
     * only names whose last segment it knows as sensitive ({@code apiKey}, {@code token}, ...): hence
     * {@code ringg.webhook.token}, not {@code ringg.webhookToken}.
     */
    static final List<String> SECRETS = List.of("ringly.apiKey", "ringg.apiKey", "ringg.webhook.token");

    /** Camel property names the routes use as {@code {{...}}} placeholders. */
    static final String RINGLY_KEYS = "RINGLY_API_KEY=ringly.apiKey,RINGLY_FROM_NUMBER=ringly.fromNumber,"
                                      + "RINGLY_AGENT_TAG=ringly.agentTag,RINGLY_BASE_URL=ringly.baseUrl";
    static final String RINGG_KEYS = "RINGG_API_KEY=ringg.apiKey,RINGG_AGENT_ID=ringg.agentId,"
                                     + "RINGG_NUMBER_POOL_ID=ringg.numberPoolId,RINGG_BASE_URL=ringg.baseUrl,"
                                     + "RINGG_WEBHOOK_PUBLIC_URL=ringg.publicUrl,RINGG_WEBHOOK_TOKEN=ringg.webhook.token,"
                                     + "RINGG_COUNTRY_CODE=ringg.countryCode,RINGG_BACKFILL_INTERVAL=ringg.backfillInterval";
    /** Sandbox demo switches: a webhook outage of N failed delivery attempts. */
    static final String SANDBOX_KEYS = "DIALER_SANDBOX_WEBHOOK_OUTAGE=sandbox.webhookOutage";

    public static DialerSettings fromEnvironment(Map<String, String> env) {
        boolean sandbox = blank(env.get("RINGLY_API_KEY")) && blank(env.get("RINGG_API_KEY"));
        String provider = env.getOrDefault("DIALER_PROVIDER",
                sandbox ? RINGG : blank(env.get("RINGG_API_KEY")) ? RINGLY : RINGG).trim().toLowerCase();
        if (!provider.equals(RINGLY) && !provider.equals(RINGG)) {
            throw new IllegalArgumentException("DIALER_PROVIDER must be ringly or ringg, was " + provider);
        }
        String dsl = env.getOrDefault("DIALER_DSL", "java").trim().toLowerCase();
        if (!dsl.equals("java") && !dsl.equals("yaml")) {
            throw new IllegalArgumentException("DIALER_DSL must be java or yaml, was " + dsl);
        }
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("ringly.baseUrl", "https://app.ringly.io/api/1.1/wf");
        properties.put("ringg.baseUrl", "https://prod-api.ringg.ai/ca/api/v0");
        properties.put("ringg.webhook.token", UUID.randomUUID().toString());
        properties.put("ringg.backfillInterval", sandbox ? DemoSandbox.BACKFILL_INTERVAL : "5m");
        // compliance: recipient-local calling hours, and the do-not-call file (default: the bundled sample)
        properties.put("dialer.callingWindow", env.getOrDefault("DIALER_CALLING_WINDOW", "08:00-21:00").trim());
        if (!blank(env.get("DIALER_DO_NOT_CALL"))) {
            properties.put("dialer.doNotCall", env.get("DIALER_DO_NOT_CALL").trim());
        }
        copy(env, RINGLY_KEYS, properties);
        copy(env, RINGG_KEYS, properties);
        if (sandbox) {
            copy(env, SANDBOX_KEYS, properties);
        }
        if (!sandbox) {
            requireFor(provider, env);
        }
        Duration timeout = Duration.ofSeconds(Long.parseLong(env.getOrDefault("DIALER_TIMEOUT_SECONDS",
                sandbox ? "120" : "3600")));
        int port = Integer.parseInt(env.getOrDefault("DIALER_HTTP_PORT", sandbox ? "0" : "8080"));
        Path workDir = Path.of(env.getOrDefault("DIALER_WORK_DIR", "target"));
        return new DialerSettings(provider, dsl, workDir,
                blank(env.get("DIALER_INPUT")) ? null : Path.of(env.get("DIALER_INPUT")),
                blank(env.get("DIALER_OUTPUT")) ? workDir.resolve("dialer-outcomes.csv") : Path.of(env.get("DIALER_OUTPUT")),
                timeout, sandbox, port, properties);
    }

    private static void requireFor(String provider, Map<String, String> env) {
        List<String> needed = provider.equals(RINGLY)
                ? List.of("RINGLY_API_KEY", "RINGLY_FROM_NUMBER", "RINGLY_AGENT_TAG")
                : List.of("RINGG_API_KEY", "RINGG_AGENT_ID", "RINGG_NUMBER_POOL_ID", "RINGG_WEBHOOK_PUBLIC_URL");
        List<String> missing = new ArrayList<>(needed.stream().filter(name -> blank(env.get(name))).toList());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("DIALER_PROVIDER=" + provider + " needs " + String.join(", ", missing)
                                               + " in the environment (or unset every *_API_KEY to use the sandbox)");
        }
    }

    private static void copy(Map<String, String> env, String mapping, Map<String, String> properties) {
        for (String pair : mapping.split(",")) {
            String[] names = pair.split("=");
            if (!blank(env.get(names[0]))) {
                properties.put(names[1], env.get(names[0]).trim());
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The same settings with more Camel properties (the sandbox's URLs and ids). */
    DialerSettings withProperties(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(properties);
        all.putAll(more);
        return new DialerSettings(provider, dsl, workDir, input, output, timeout, sandbox, httpPort, all);
    }

    /** The settings without secrets, for the start-up line. */
    @Override
    public String toString() {
        return "provider=" + provider + ", dsl=" + dsl + ", " + (sandbox ? "sandbox" : "real provider") + ", output="
               + output;
    }
}
