package dev.aivoice.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link ProviderSandbox.Builder} collects: the accounts, agents and numbers the fake providers know, call
 * outcomes and timings, webhook retries, and the quirks to play. Each setter returns the builder, so the builder's
 * API is these methods plus {@link ProviderSandbox.Builder#start()}.
 */
abstract class SandboxSettings {

    final Set<String> ringlyKeys = new LinkedHashSet<>();
    final Set<String> ringgKeys = new LinkedHashSet<>();
    final Set<String> ringlyAgentTags = new LinkedHashSet<>();
    final Set<String> ringlyNumbers = new LinkedHashSet<>();
    final List<SandboxAgent> ringgAgents = new ArrayList<>();
    final List<SandboxNumber> ringgNumbers = new ArrayList<>();
    final Map<String, List<EventSubscription>> subscriptions = new LinkedHashMap<>();
    final OutcomeRules outcomes = new OutcomeRules();
    SandboxClock clock;
    CallTimings timings = CallTimings.defaults();
    List<Duration> retryDelays = List.of(Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofMinutes(2));
    Duration webhookTimeout = Duration.ofSeconds(10);
    boolean ringlyTrialEnded;
    boolean ringlyErrorsAsHttp200;
    int ringlyCallsPerMinute;
    boolean ringgExportAsCsv;
    double credits = 1000.0;

    /** The builder itself, for chaining. */
    abstract ProviderSandbox.Builder self();

    /** A Ringly API key the sandbox accepts (default {@value ProviderSandbox#RINGLY_API_KEY}). */
    public ProviderSandbox.Builder ringlyApiKey(String key) {
        ringlyKeys.add(key);
        return self();
    }

    public ProviderSandbox.Builder ringlyAgent(String agentTag) {
        ringlyAgentTags.add(agentTag);
        return self();
    }

    /** A caller number owned in the Ringly account. */
    public ProviderSandbox.Builder ringlyNumber(String e164) {
        ringlyNumbers.add(e164);
        return self();
    }

    /** A Ringg workspace key the sandbox accepts (default {@value ProviderSandbox#RINGG_API_KEY}). */
    public ProviderSandbox.Builder ringgApiKey(String key) {
        ringgKeys.add(key);
        return self();
    }

    /** A Ringg outbound assistant with these prompt variables (plus callee_name and mobile_number). */
    public ProviderSandbox.Builder ringgAgent(String agentId, String displayName, String... customVariables) {
        List<String> variables = new ArrayList<>(List.of("callee_name", "mobile_number"));
        Arrays.stream(customVariables).filter(v -> !variables.contains(v)).forEach(variables::add);
        ringgAgents.add(new SandboxAgent(agentId, displayName, "outbound", variables));
        return self();
    }

    /** A Ringg caller number: its id ({@code from_number_id}), the number and its pool (may be null). */
    public ProviderSandbox.Builder ringgNumber(String numberId, String e164, String numberPoolId) {
        ringgNumbers.add(new SandboxNumber(numberId, e164, numberPoolId));
        return self();
    }

    /** An existing {@code event_subscriptions} entry of an agent, as if set in the dashboard. */
    public ProviderSandbox.Builder subscription(String agentId, EventSubscription subscription) {
        subscriptions.computeIfAbsent(agentId, k -> new ArrayList<>()).add(subscription);
        return self();
    }

    /** Numbers ending in {@code numberSuffix} get this outcome (first matching rule wins). */
    public ProviderSandbox.Builder outcome(String numberSuffix, CallOutcome outcome) {
        outcomes.add(numberSuffix, outcome);
        return self();
    }

    /** The outcome of numbers no rule matches (default {@link CallOutcome#answered()}). */
    public ProviderSandbox.Builder defaultOutcome(CallOutcome outcome) {
        outcomes.fallback(outcome);
        return self();
    }

    /** Default {@link SandboxClock#manual()}. */
    public ProviderSandbox.Builder clock(SandboxClock clock) {
        this.clock = clock;
        return self();
    }

    public ProviderSandbox.Builder timings(CallTimings timings) {
        this.timings = timings;
        return self();
    }

    /** Waits between webhook attempts (default Ringg's 10 s, 1 min, 2 min); their count is the retries. */
    public ProviderSandbox.Builder webhookRetryDelays(Duration... delays) {
        this.retryDelays = List.of(delays);
        return self();
    }

    /** How long one delivery waits for the receiver (real time; default 10 s). */
    public ProviderSandbox.Builder webhookTimeout(Duration timeout) {
        this.webhookTimeout = timeout;
        return self();
    }

    /** Every Ringly call answers "Trial has ended". */
    public ProviderSandbox.Builder ringlyTrialEnded() {
        this.ringlyTrialEnded = true;
        return self();
    }

    /** Ringly error bodies come with HTTP 200, as a Bubble workflow may send them. */
    public ProviderSandbox.Builder ringlyErrorsAsHttp200() {
        this.ringlyErrorsAsHttp200 = true;
        return self();
    }

    /** Ringly answers "Account rate limited" above this many calls per sandbox minute (0: no limit). */
    public ProviderSandbox.Builder ringlyCallsPerMinute(int limit) {
        this.ringlyCallsPerMinute = limit;
        return self();
    }

    /**
     * The call history export answers with the CSV itself ({@code text/csv}) instead of the documented
     * {@code {"message": ...}} (CSV sent by e-mail).
     */
    public ProviderSandbox.Builder ringgExportAsCsv() {
        this.ringgExportAsCsv = true;
        return self();
    }

    /** Ringg workspace credits (default 1000); a campaign does not start with none. */
    public ProviderSandbox.Builder credits(double credits) {
        this.credits = credits;
        return self();
    }

    /** Fills in the defaults named by the constants of {@link ProviderSandbox} for anything not set. */
    void addDefaults() {
        if (ringlyKeys.isEmpty()) {
            ringlyKeys.add(ProviderSandbox.RINGLY_API_KEY);
        }
        if (ringgKeys.isEmpty()) {
            ringgKeys.add(ProviderSandbox.RINGG_API_KEY);
        }
        if (ringlyAgentTags.isEmpty()) {
            ringlyAgentTags.add(ProviderSandbox.RINGLY_AGENT_TAG);
        }
        if (ringlyNumbers.isEmpty()) {
            ringlyNumbers.add(ProviderSandbox.RINGLY_FROM_NUMBER);
        }
        if (ringgAgents.isEmpty()) {
            ringgAgent(ProviderSandbox.RINGG_AGENT_ID, "Sandbox reminder", "lead_id", "company");
        }
        if (ringgNumbers.isEmpty()) {
            ringgNumber(ProviderSandbox.RINGG_NUMBER_ID, ProviderSandbox.RINGG_FROM_NUMBER,
                    ProviderSandbox.RINGG_NUMBER_POOL_ID);
        }
    }
}
