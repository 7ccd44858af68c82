package dev.aivoice.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
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

    private final SandboxSettings config;
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
    public static final class Builder extends SandboxSettings {

        private Builder() {
        }

        @Override
        Builder self() {
            return this;
        }

        /** Starts the sandbox on a free port of 127.0.0.1. */
        public ProviderSandbox start() {
            addDefaults();
            return new ProviderSandbox(this);
        }
    }
}
