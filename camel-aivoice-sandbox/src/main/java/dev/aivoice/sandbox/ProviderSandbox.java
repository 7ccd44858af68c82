package dev.aivoice.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.aivoice.sandbox.http.Router;

/**
 * An in-process fake of the Ringly.io and Ringg AI HTTP APIs on 127.0.0.1: API keys, agents, numbers, calls that
 * move through their states on a {@link SandboxClock}, campaigns that dial their rows, call history, webhook
 * deliveries with retries, a log of every request and injectable faults. Point the component's {@code baseUrl} at
 * {@link #ringlyBaseUrl()} / {@link #ringgBaseUrl()}; nobody is called and nothing is charged.
 *
 * <pre>
 * try (ProviderSandbox sandbox = ProviderSandbox.builder().outcome("13", CallOutcome.notAnswered()).start()) {
 *     // aivoice:ringg:call?baseUrl=sandbox.ringgBaseUrl()&apiKey=ProviderSandbox.RINGG_API_KEY ...
 *     sandbox.clock().advance(Duration.ofMinutes(1));
 * }
 * </pre>
 */
public final class ProviderSandbox implements AutoCloseable {

    public static final String RINGLY_API_KEY = "sandbox-ringly-key";
    public static final String RINGLY_AGENT_TAG = "agent_sandbox";
    public static final String RINGLY_FROM_NUMBER = "+12025550100";
    public static final String RINGG_API_KEY = "sandbox-ringg-key";
    public static final String RINGG_AGENT_ID = "6f1c9a52-8d3e-4b7a-9c21-0e5d4f3a2b10";
    public static final String RINGG_NUMBER_ID = "c2d4e6f8-0a1b-4c3d-9e5f-7a8b9c0d1e2f";
    public static final String RINGG_FROM_NUMBER = "+12025550101";
    public static final String RINGG_NUMBER_POOL_ID = "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b";

    private final Builder config;
    private final SandboxClock clock;
    private final SandboxState state;
    private final WebhookDispatcher dispatcher;
    private final SandboxServer server;

    private ProviderSandbox(Builder config) {
        this.config = config;
        this.clock = config.clock != null ? config.clock : SandboxClock.manual();
        this.state = new SandboxState(config);
        this.dispatcher = new WebhookDispatcher(clock, config.retryDelays, config.webhookTimeout);
        CallLifecycle lifecycle = new CallLifecycle(state, clock, config.timings, dispatcher);
        Dialer dialer = new Dialer(state, clock, config.outcomes, lifecycle);
        Router ringg = new Router(RinggGuard.PREFIX, new RinggGuard(state));
        new RinggWorkspaceApi(state).register(ringg);
        new RinggCallApi(state, clock, dialer).register(ringg);
        new RinggExportApi(state, config.ringgExportAsCsv).register(ringg);
        new RinggAgentAdminApi(state, clock).register(ringg);
        new RinggCampaignApi(state, clock, dialer, config.timings).register(ringg);
        new RinggAnalyticsApi(state).register(ringg);
        Router ringly = new RinglyApi(state, clock, dialer, config.ringlyCallsPerMinute).router();
        try {
            this.server = new SandboxServer(List.of(ringly, ringg), clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the sandbox HTTP server on 127.0.0.1", e);
        }
        clock.start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A sandbox with the default keys, agents and numbers (the constants of this class) and a manual clock. */
    public static ProviderSandbox start() {
        return builder().start();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** The Ringly base URL, for the component's {@code baseUrl} ({@code .../ringly/api/1.1/wf}). */
    public String ringlyBaseUrl() {
        return baseUrl() + RinglyApi.PREFIX;
    }

    /** The Ringg base URL, for the component's {@code baseUrl} ({@code .../ringg/ca/api/v0}). */
    public String ringgBaseUrl() {
        return baseUrl() + RinggGuard.PREFIX;
    }

    public int port() {
        return server.port();
    }

    public SandboxClock clock() {
        return clock;
    }

    /** Shortcut for {@code clock().advance(duration)}. */
    public ProviderSandbox advance(Duration duration) {
        clock.advance(duration);
        return this;
    }

    /** Advances the clock until every call has finished and every webhook is delivered or given up (max one day). */
    public Duration runUntilIdle() {
        return clock.runUntilIdle(Duration.ofDays(1));
    }

    /** Every request received, oldest first, including those a fault answered. */
    public List<RecordedRequest> requests() {
        return server.requests();
    }

    /** The requests whose path ends with {@code pathSuffix}, e.g. {@code /calling/v2/outbound/individual}. */
    public List<RecordedRequest> requests(String pathSuffix) {
        return server.requests().stream().filter(r -> r.path().endsWith(pathSuffix)).toList();
    }

    public void clearRequests() {
        server.clearRequests();
    }

    /** Plays {@code fault} for the next {@code count} requests (any method) whose path ends with {@code pathSuffix}. */
    public ProviderSandbox failNext(int count, String pathSuffix, Fault fault) {
        server.faults().add(null, pathSuffix, count, fault);
        return this;
    }

    /** As {@link #failNext(int, String, Fault)}, for one HTTP method only. */
    public ProviderSandbox failNext(int count, String method, String pathSuffix, Fault fault) {
        server.faults().add(method, pathSuffix, count, fault);
        return this;
    }

    /**
     * A webhook outage: the next {@code count} delivery attempts (events and legacy callbacks) fail as if the receiver
     * were unreachable, without reaching it; they are retried and given up as any failed delivery.
     */
    public ProviderSandbox failNextDeliveries(int count) {
        dispatcher.failNext(count);
        return this;
    }

    /** Every call placed (both providers), oldest first. */
    public List<SandboxCall> calls() {
        return state.calls();
    }

    public Optional<SandboxCall> call(String callId) {
        return state.call(callId);
    }

    public List<SandboxCall> callsTo(String number) {
        return state.calls().stream().filter(c -> number.equals(c.toNumber())).toList();
    }

    public List<SandboxCampaign> campaigns() {
        return state.campaigns();
    }

    public Optional<SandboxCampaign> campaign(String listId) {
        return state.campaign(listId);
    }

    /** Every webhook delivery attempt, oldest first. */
    public List<WebhookDelivery> deliveries() {
        return dispatcher.deliveries();
    }

    public List<WebhookDelivery> deliveries(String eventType) {
        return dispatcher.deliveries().stream().filter(d -> eventType.equals(d.eventType())).toList();
    }

    /** The agent's current {@code event_subscriptions}. */
    public List<EventSubscription> subscriptions(String agentId) {
        return state.subscriptions(agentId);
    }

    /** The Ringg keys accepted now (a rotation replaces the calling key). */
    public Set<String> ringgApiKeys() {
        return Set.copyOf(state.ringgKeys);
    }

    /** The Ringg assistants, those created through the API included. */
    public List<SandboxAgent> ringgAgents() {
        return state.agents();
    }

    /** True once the assistant was archived ({@code DELETE /agent/{id}}). */
    public boolean isArchived(String agentId) {
        return state.isArchived(agentId);
    }

    /** Ringg workspace credits left. */
    public double credits() {
        return state.credits();
    }

    /** Forgets requests, faults, calls, campaigns, deliveries and pending clock tasks; keeps keys, agents, numbers. */
    public void reset() {
        server.clearRequests();
        server.faults().clear();
        dispatcher.clear();
        clock.clearTasks();
        state.reset(config.credits);
    }

    @Override
    public void close() {
        clock.close();
        server.close();
    }

    /** Configures a sandbox; anything not set gets the defaults named by the constants of {@link ProviderSandbox}. */
    public static final class Builder {

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

        private Builder() {
        }

        /** A Ringly API key the sandbox accepts (default {@value #RINGLY_API_KEY}). */
        public Builder ringlyApiKey(String key) {
            ringlyKeys.add(key);
            return this;
        }

        public Builder ringlyAgent(String agentTag) {
            ringlyAgentTags.add(agentTag);
            return this;
        }

        /** A caller number owned in the Ringly account. */
        public Builder ringlyNumber(String e164) {
            ringlyNumbers.add(e164);
            return this;
        }

        /** A Ringg workspace key the sandbox accepts (default {@value #RINGG_API_KEY}). */
        public Builder ringgApiKey(String key) {
            ringgKeys.add(key);
            return this;
        }

        /** A Ringg outbound assistant with these prompt variables (plus callee_name and mobile_number). */
        public Builder ringgAgent(String agentId, String displayName, String... customVariables) {
            List<String> variables = new ArrayList<>(List.of("callee_name", "mobile_number"));
            Arrays.stream(customVariables).filter(v -> !variables.contains(v)).forEach(variables::add);
            ringgAgents.add(new SandboxAgent(agentId, displayName, "outbound", variables));
            return this;
        }

        /** A Ringg caller number: its id ({@code from_number_id}), the number and its pool (may be null). */
        public Builder ringgNumber(String numberId, String e164, String numberPoolId) {
            ringgNumbers.add(new SandboxNumber(numberId, e164, numberPoolId));
            return this;
        }

        /** An existing {@code event_subscriptions} entry of an agent, as if set in the dashboard. */
        public Builder subscription(String agentId, EventSubscription subscription) {
            subscriptions.computeIfAbsent(agentId, k -> new ArrayList<>()).add(subscription);
            return this;
        }

        /** Numbers ending in {@code numberSuffix} get this outcome (first matching rule wins). */
        public Builder outcome(String numberSuffix, CallOutcome outcome) {
            outcomes.add(numberSuffix, outcome);
            return this;
        }

        /** The outcome of numbers no rule matches (default {@link CallOutcome#answered()}). */
        public Builder defaultOutcome(CallOutcome outcome) {
            outcomes.fallback(outcome);
            return this;
        }

        /** Default {@link SandboxClock#manual()}. */
        public Builder clock(SandboxClock clock) {
            this.clock = clock;
            return this;
        }

        public Builder timings(CallTimings timings) {
            this.timings = timings;
            return this;
        }

        /** Waits between webhook attempts (default Ringg's 10 s, 1 min, 2 min); their count is the retries. */
        public Builder webhookRetryDelays(Duration... delays) {
            this.retryDelays = List.of(delays);
            return this;
        }

        /** How long one delivery waits for the receiver (real time; default 10 s). */
        public Builder webhookTimeout(Duration timeout) {
            this.webhookTimeout = timeout;
            return this;
        }

        /** Every Ringly call answers "Trial has ended". */
        public Builder ringlyTrialEnded() {
            this.ringlyTrialEnded = true;
            return this;
        }

        /** Ringly error bodies come with HTTP 200, as a Bubble workflow may send them. */
        public Builder ringlyErrorsAsHttp200() {
            this.ringlyErrorsAsHttp200 = true;
            return this;
        }

        /** Ringly answers "Account rate limited" above this many calls per sandbox minute (0: no limit). */
        public Builder ringlyCallsPerMinute(int limit) {
            this.ringlyCallsPerMinute = limit;
            return this;
        }

        /**
         * The call history export answers with the CSV itself ({@code text/csv}) instead of the documented
         * {@code {"message": ...}} (CSV sent by e-mail).
         */
        public Builder ringgExportAsCsv() {
            this.ringgExportAsCsv = true;
            return this;
        }

        /** Ringg workspace credits (default 1000); a campaign does not start with none. */
        public Builder credits(double credits) {
            this.credits = credits;
            return this;
        }

        /** Starts the sandbox on a free port of 127.0.0.1. */
        public ProviderSandbox start() {
            addDefaults();
            return new ProviderSandbox(this);
        }

        private void addDefaults() {
            if (ringlyKeys.isEmpty()) {
                ringlyKeys.add(RINGLY_API_KEY);
            }
            if (ringgKeys.isEmpty()) {
                ringgKeys.add(RINGG_API_KEY);
            }
            if (ringlyAgentTags.isEmpty()) {
                ringlyAgentTags.add(RINGLY_AGENT_TAG);
            }
            if (ringlyNumbers.isEmpty()) {
                ringlyNumbers.add(RINGLY_FROM_NUMBER);
            }
            if (ringgAgents.isEmpty()) {
                ringgAgent(RINGG_AGENT_ID, "Sandbox reminder", "lead_id", "company");
            }
            if (ringgNumbers.isEmpty()) {
                ringgNumber(RINGG_NUMBER_ID, RINGG_FROM_NUMBER, RINGG_NUMBER_POOL_ID);
            }
        }
    }
}
