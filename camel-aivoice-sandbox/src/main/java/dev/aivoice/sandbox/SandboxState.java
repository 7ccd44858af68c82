package dev.aivoice.sandbox;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Everything the fake providers know: accounts, agents, numbers, calls, campaigns and subscriptions. */
final class SandboxState {

    final String workspaceId = "3f6c2a8e-7d1b-4c55-9a0e-5b1f0c2d9e01";
    final String workspaceName = "Sandbox workspace";
    final String versionId = "9d8e7f60-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
    final Set<String> ringlyKeys;
    /** Keys valid now: a rotation replaces the calling key (read by the guard on every request). */
    final Set<String> ringgKeys = ConcurrentHashMap.newKeySet();
    /** Agents by id; created and archived through the API too, so read and written under the map's lock. */
    final Map<String, SandboxAgent> ringgAgents = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Set<String> archivedAgents = ConcurrentHashMap.newKeySet();
    private final Set<String> initialRinggKeys;
    private final List<SandboxAgent> initialAgents;
    final List<SandboxNumber> ringgNumbers;
    final Set<String> ringlyAgentTags;
    final Set<String> ringlyNumbers;
    final boolean ringlyTrialEnded;
    final boolean ringlyErrorsAsHttp200;
    private final Map<String, SandboxCall> calls = new LinkedHashMap<>();
    private final Map<String, SandboxCampaign> campaigns = new LinkedHashMap<>();
    private final Map<String, List<EventSubscription>> subscriptions = new LinkedHashMap<>();
    private final Map<String, List<EventSubscription>> initialSubscriptions;
    private final AtomicLong sids = new AtomicLong(1000);
    private double credits;

    SandboxState(SandboxSettings config) {
        this.ringlyKeys = Set.copyOf(config.ringlyKeys);
        this.initialRinggKeys = Set.copyOf(config.ringgKeys);
        this.initialAgents = List.copyOf(config.ringgAgents);
        ringgKeys.addAll(initialRinggKeys);
        initialAgents.forEach(agent -> ringgAgents.put(agent.id(), agent));
        this.ringgNumbers = List.copyOf(config.ringgNumbers);
        this.ringlyAgentTags = Set.copyOf(config.ringlyAgentTags);
        this.ringlyNumbers = Set.copyOf(config.ringlyNumbers);
        this.ringlyTrialEnded = config.ringlyTrialEnded;
        this.ringlyErrorsAsHttp200 = config.ringlyErrorsAsHttp200;
        this.initialSubscriptions = Map.copyOf(config.subscriptions);
        this.credits = config.credits;
        subscriptions.putAll(initialSubscriptions);
    }

    String newId() {
        return UUID.randomUUID().toString();
    }

    String newCallSid() {
        return "CA" + String.format("%032d", sids.incrementAndGet());
    }

    synchronized void addCall(SandboxCall call) {
        calls.put(call.id(), call);
    }

    synchronized Optional<SandboxCall> call(String id) {
        return Optional.ofNullable(calls.get(id));
    }

    synchronized List<SandboxCall> calls() {
        return new ArrayList<>(calls.values());
    }

    synchronized void addCampaign(SandboxCampaign campaign) {
        campaigns.put(campaign.listId(), campaign);
    }

    synchronized Optional<SandboxCampaign> campaign(String listId) {
        return Optional.ofNullable(campaigns.get(listId));
    }

    synchronized List<SandboxCampaign> campaigns() {
        return new ArrayList<>(campaigns.values());
    }

    synchronized List<EventSubscription> subscriptions(String agentId) {
        return List.copyOf(subscriptions.getOrDefault(agentId, List.of()));
    }

    /** {@code edit_event_subscriptions} replaces the whole list. */
    synchronized void replaceSubscriptions(String agentId, List<EventSubscription> list) {
        subscriptions.put(agentId, List.copyOf(list));
    }

    /** {@code PATCH /workspace/api-key}: the calling key stops working at once, the new one works. */
    String rotateRinggKey(String oldKey) {
        String newKey = newId();
        ringgKeys.add(newKey);
        ringgKeys.remove(oldKey);
        return newKey;
    }

    List<SandboxAgent> agents() {
        synchronized (ringgAgents) {
            return new ArrayList<>(ringgAgents.values());
        }
    }

    void archive(String agentId) {
        archivedAgents.add(agentId);
    }

    boolean isArchived(String agentId) {
        return archivedAgents.contains(agentId);
    }

    synchronized boolean removeCampaign(String listId) {
        return campaigns.remove(listId) != null;
    }

    synchronized double credits() {
        return credits;
    }

    synchronized void charge(double amount) {
        credits = Math.max(0, credits - amount);
    }

    Optional<SandboxNumber> ringgNumberById(String id) {
        return ringgNumbers.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    Optional<SandboxNumber> ringgNumber(String number) {
        return ringgNumbers.stream().filter(n -> n.number().equals(number)).findFirst();
    }

    Optional<SandboxNumber> ringgPool(String poolId) {
        return ringgNumbers.stream().filter(n -> poolId.equals(n.numberPoolId())).findFirst();
    }

    synchronized void reset(double initialCredits) {
        calls.clear();
        campaigns.clear();
        subscriptions.clear();
        subscriptions.putAll(initialSubscriptions);
        credits = initialCredits;
        ringgKeys.clear();
        ringgKeys.addAll(initialRinggKeys);
        synchronized (ringgAgents) {
            ringgAgents.clear();
            initialAgents.forEach(agent -> ringgAgents.put(agent.id(), agent));
        }
        archivedAgents.clear();
    }
}
