package dev.aivoice.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One call the sandbox placed, as it moves through {@code registered}, {@code ongoing}, {@code retry} and ends
 * {@code completed}, {@code failed} or {@code cancelled}. Read it from tests; the sandbox changes it as its clock moves.
 */
public final class SandboxCall {

    /** Where the call's events go and how it is retried; fixed when the call is placed. */
    record Setup(String provider, String agentId, String fromNumber, String toNumber, String calleeName,
            Map<String, String> customArgs, String bulkListId, String callbackUrl, Map<String, String> callbackHeaders,
            Map<String, String> callbackParams, int maxRetries, Duration retryNotPicked, Duration retryBusy) {
    }

    private final String id;
    private final String callSid;
    private final Setup setup;
    private final CallOutcome outcome;
    private final Instant createdAt;
    private String status = "registered";
    private String subStatus;
    private int retryCount;
    private Instant initiatedAt;
    private Instant endedAt;
    private double durationSeconds;
    private String recordingUrl;
    private final List<Map<String, String>> transcript = new ArrayList<>();

    SandboxCall(String id, String callSid, Setup setup, CallOutcome outcome, Instant createdAt) {
        this.id = id;
        this.callSid = callSid;
        this.setup = setup;
        this.outcome = outcome;
        this.createdAt = createdAt;
    }

    public String id() {
        return id;
    }

    public String callSid() {
        return callSid;
    }

    /** {@code ringly} or {@code ringg}. */
    public String provider() {
        return setup.provider();
    }

    public String agentId() {
        return setup.agentId();
    }

    public String fromNumber() {
        return setup.fromNumber();
    }

    public String toNumber() {
        return setup.toNumber();
    }

    public String calleeName() {
        return setup.calleeName();
    }

    public Map<String, String> customArgs() {
        return new LinkedHashMap<>(setup.customArgs());
    }

    /** The campaign list the call belongs to, null for a single call. */
    public String bulkListId() {
        return setup.bulkListId();
    }

    public CallOutcome outcome() {
        return outcome;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public synchronized String status() {
        return status;
    }

    public synchronized String subStatus() {
        return subStatus;
    }

    /** 0 on the first attempt. */
    public synchronized int retryCount() {
        return retryCount;
    }

    public synchronized Instant initiatedAt() {
        return initiatedAt;
    }

    public synchronized Instant endedAt() {
        return endedAt;
    }

    public synchronized double durationSeconds() {
        return durationSeconds;
    }

    public synchronized String recordingUrl() {
        return recordingUrl;
    }

    public synchronized List<Map<String, String>> transcript() {
        return new ArrayList<>(transcript);
    }

    public synchronized boolean isFinished() {
        return status.equals("completed") || status.equals("failed") || status.equals("cancelled")
               || status.equals("error");
    }

    Setup setup() {
        return setup;
    }

    synchronized boolean cancelIfWaiting(Instant now) {
        if (status.equals("registered") || status.equals("retry")) {
            status = "cancelled";
            endedAt = now;
            return true;
        }
        return false;
    }

    synchronized void connect(Instant now) {
        status = "ongoing";
        subStatus = "ACCEPTED";
        if (initiatedAt == null) {
            initiatedAt = now;
        }
    }

    synchronized void complete(Instant now, String calleeGreeting) {
        status = "completed";
        endedAt = now;
        durationSeconds = outcome.talkTime().toMillis() / 1000.0;
        transcript.add(Map.of("bot", "Hello " + calleeGreeting + ", this is your assistant calling."));
        transcript.add(Map.of("user", "Hi, yes, go ahead."));
        recordingUrl = "https://recordings.sandbox.invalid/" + id + ".mp3";
    }

    /** One more unanswered attempt; returns true when a retry is left. */
    synchronized boolean missAttempt(Instant now) {
        subStatus = outcome.result() == CallOutcome.Result.BUSY ? "BUSY" : "NO_ANSWER";
        if (retryCount < setup.maxRetries()) {
            status = "retry";
            return true;
        }
        status = "failed";
        endedAt = now;
        return false;
    }

    synchronized void nextAttempt() {
        retryCount++;
    }

    @Override
    public synchronized String toString() {
        return "SandboxCall[" + id + " " + setup.provider() + " to " + setup.toNumber() + " " + status + "]";
    }
}
