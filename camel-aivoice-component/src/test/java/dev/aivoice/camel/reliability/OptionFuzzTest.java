package dev.aivoice.camel.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import org.apache.camel.Endpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The sibling of {@link ValidationFuzzTest} for configuration: 1,000 generated bad option values, each of which must
 * fail when the endpoint is created, with the option's name in the message (and never the value of a secret);
 * none may get as far as a send, so the (real, loopback) server sees no request. Seeded: {@code -Dfuzz.seed=...}
 * replays a run.
 */
class OptionFuzzTest extends ProviderServerTestSupport {

    static final int CASES = 1_000;
    static final String LETTERS = "abcxyz-_.:";

    /** One bad option value: the option, its value, and whether the value is a secret (never to be shown). */
    record Case(String option, String value, boolean secret) {
    }

    @Override
    protected void configure(AiVoiceConfiguration defaults) {
        defaults.setApiKey("fuzz-option-key-0001");
        defaults.setFromNumber("+12025550143");
        defaults.setAgentId("agent_x");
    }

    @Test
    void everyBadOptionValueFailsAtCreationNamingTheOptionAndNothingIsSent() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        System.out.println("OPTION FUZZ seed=" + seed + " (replay with -Dfuzz.seed=" + seed + ")");
        Random random = new Random(seed);
        List<Function<Random, Case>> generators = generators();
        Map<String, Integer> perOption = new TreeMap<>();

        for (int i = 0; i < CASES; i++) {
            Case bad = generators.get(random.nextInt(generators.size())).apply(random);
            String api = bad.option().startsWith("webhook") || bad.option().equals("eventTypes") ? "ringg:events"
                    : random.nextBoolean() ? "ringly:call" : "ringg:call";
            String uri = "aivoice:" + api + "?" + bad.option() + "=" + encode(bad.value());
            String where = "case " + i + " (seed " + seed + "): " + bad.option() + "=" + bad.value();
            try {
                Endpoint created = context.getEndpoint(uri);
                fail(where + " was accepted at creation: " + created);
            } catch (RuntimeException expected) {
                String messages = messages(expected);
                // the root cause is the check's own message (Camel's wrapper repeats the URI, option names and all)
                assertThat(rootCause(expected).getMessage()).as(where).contains(bad.option())
                        .containsAnyOf("allowed", "Valid", "Known", "must");
                if (bad.secret()) {
                    assertThat(messages).as(where).doesNotContain(bad.value().strip());
                }
                perOption.merge(bad.option(), 1, Integer::sum);
            }
        }

        assertThat(server.requests()).as("requests on the wire, seed " + seed).isEmpty();
        assertThat(perOption.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(CASES);
        System.out.println("OPTION FUZZ " + CASES + " cases by option: " + perOption);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root;
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static List<Function<Random, Case>> generators() {
        List<Function<Random, Case>> all = new ArrayList<>();
        for (String duration : List.of("connectTimeout", "requestTimeout", "retryDelay", "retryMaxDelay")) {
            all.add(r -> new Case(duration, badDuration(r, !duration.equals("retryDelay")), false));
        }
        all.add(r -> new Case("maxRetries", String.valueOf(r.nextBoolean() ? -1 - r.nextInt(1000)
                : 101 + r.nextInt(100_000)), false));
        all.add(r -> new Case("maxRequestsPerSecond", pick(r, "-" + (1 + r.nextInt(50)), "-0.5", "NaN", "Infinity"),
                false));
        all.add(r -> new Case("limit", String.valueOf(r.nextBoolean() ? -r.nextInt(1000) : 101 + r.nextInt(100_000)),
                false));
        all.add(r -> new Case("offset", String.valueOf(-1 - r.nextInt(100_000)), false));
        all.add(r -> new Case("webhookMaxBodySize", String.valueOf(-r.nextInt(100_000)), false));
        all.add(r -> new Case("invalidRows", word(r) + pick(r, "", "x", "REJECT", " drop"), false));
        all.add(r -> new Case("baseUrl", badUrl(r, true), false));
        all.add(r -> new Case("publicUrl", badUrl(r, false), false));
        all.add(r -> new Case("webhookPath", pick(r, word(r), "hooks/" + word(r), "/a b", "/a?b=1", "/x#y"), false));
        all.add(r -> new Case("eventTypes", pick(r, "call_done", "call_completed," + word(r) + "z", "CALL_COMPLETED"),
                false));
        all.add(r -> new Case("operation", word(r) + "z", false));
        all.add(r -> new Case("fromNumber", pick(r, "2025550143", "+0123456789", "+1 202 555", "tel:+1202"), false));
        all.add(r -> new Case("apiKey", secretWithControl(r), true));
        all.add(r -> new Case("webhookToken", secretWithControl(r), true));
        return all;
    }

    /** Text Camel would read as 0 or as a negative duration, or 0 itself where a positive one is needed. */
    static String badDuration(Random r, boolean mustBePositive) {
        List<String> bad = new ArrayList<>(List.of(word(r), "-" + (1 + r.nextInt(100)) + pick(r, "", "ms", "s", "m"),
                "PT" + (1 + r.nextInt(60)) + "S", (1 + r.nextInt(9)) + pick(r, "S", "M", "H", " s", "sec", ".5s"),
                "1h-5m"));
        if (mustBePositive) {
            bad.add(pick(r, "0", "0ms", "0s", "0m0s"));
        }
        return bad.get(r.nextInt(bad.size()));
    }

    static String badUrl(Random r, boolean base) {
        List<String> bad = new ArrayList<>(List.of(word(r), "not a url", "ftp://files.example.com/" + word(r),
                "file:///etc/passwd", "/relative/" + word(r), "ws://x.example.com", "http://", "https:///nohost",
                "mailto:a@b.c", "https://example.com/a#frag"));
        if (base) {
            bad.add("http://" + pick(r, "api.example.com", "10.0.0." + r.nextInt(256), "ringg.ai", "128.0.0.1",
                    "localhost.example.com") + "/v" + r.nextInt(3));
        }
        return bad.get(r.nextInt(bad.size()));
    }

    static String secretWithControl(Random r) {
        String secret = "sk" + Long.toHexString(r.nextLong() | 1L << 62);
        int at = 1 + r.nextInt(secret.length() - 1);
        char control = (char) (int) pick(r, r.nextInt(0x20), 0x7f, 0x85, 0x0a, 0x0d, 0x2028);
        return secret.substring(0, at) + control + secret.substring(at);
    }

    static String word(Random r) {
        StringBuilder word = new StringBuilder();
        for (int i = 0, n = 1 + r.nextInt(8); i < n; i++) {
            word.append(LETTERS.charAt(r.nextInt(LETTERS.length())));
        }
        return word.toString();
    }

    @SafeVarargs
    static <T> T pick(Random r, T... choices) {
        return choices[r.nextInt(choices.length)];
    }
}
