package dev.aivoice.camel.benchmarks;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * How long and how hard the harness runs. Defaults fit the whole run in under five minutes on two cores; the smoke
 * test passes tiny values. Program arguments are {@code key=value}, e.g. {@code rounds=3 rows=100000}.
 */
public record Settings(int warmupRounds, int rounds, Duration roundLength, int concurrency, int webhookSenders,
                       int campaignRows, int campaignRounds, String only) {

    public static Settings defaults() {
        return new Settings(3, 5, Duration.ofMillis(1500), 16, 32, 1_000_000, 3, "all");
    }

    public static Settings parse(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Arguments are key=value (warmup, rounds, roundMillis, concurrency,"
                                                   + " senders, rows, campaignRounds, only), got: " + arg);
            }
            values.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        Settings d = defaults();
        return new Settings(
                intOf(values, "warmup", d.warmupRounds),
                intOf(values, "rounds", d.rounds),
                Duration.ofMillis(intOf(values, "roundMillis", (int) d.roundLength.toMillis())),
                intOf(values, "concurrency", d.concurrency),
                intOf(values, "senders", d.webhookSenders),
                intOf(values, "rows", d.campaignRows),
                intOf(values, "campaignRounds", d.campaignRounds),
                values.getOrDefault("only", d.only));
    }

    /** True when this figure ({@code producer}, {@code webhook}, {@code campaign}) is to run. */
    public boolean runs(String figure) {
        return "all".equals(only) || only.contains(figure);
    }

    private static int intOf(Map<String, String> values, String key, int fallback) {
        String value = values.remove(key);
        return value == null ? fallback : Integer.parseInt(value);
    }
}
