package dev.aivoice.camel.keys;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ApiResponse;

/**
 * The API key of one provider account, shared by every endpoint of a component that uses it, and replaceable at run
 * time (Ringg's {@code rotateKey} kills the old key at once). Every request reads the key when it is actually sent
 * and holds it until its answer; a rotation waits until no request holds the key, holds back every new request while
 * the rotation request is out, then swaps the key: so no request is in flight with the old key when the provider
 * rotates it, and none is sent with it afterwards. Waiting never blocks a thread.
 */
public final class AccountKey {

    private String key;
    private final List<String> retired = new ArrayList<>();
    private final Consumer<String> onRotated;
    private int inFlight;
    /** The rotation request being sent (it alone goes through the closed gate), null when none. */
    private ApiRequest rotation;
    /** Completes when the current rotation ends; null when none runs: new requests go out at once. */
    private CompletableFuture<Void> gate;
    /** Completes when the last request holding the key before the rotation has its answer. */
    private CompletableFuture<Void> drained;
    /** The end of the last rotation asked for: rotations run one after the other. */
    private CompletableFuture<Void> lastRotation = CompletableFuture.completedFuture(null);

    AccountKey(String key, Consumer<String> onRotated) {
        this.key = key;
        this.onRotated = onRotated;
    }

    /** A key of its own, in no registry (contexts built without a component). */
    public static AccountKey fixed(String key) {
        return new AccountKey(key, rotated -> {
        });
    }

    public synchronized String current() {
        return key;
    }

    /**
     * The current key, then the keys it replaced, newest first: text from the provider is cleaned of all of them,
     * in this order, so that the live key is masked whole even where an older key's prefix occurs inside it.
     */
    public synchronized List<String> secrets() {
        List<String> all = new ArrayList<>();
        all.add(key);
        for (int i = retired.size() - 1; i >= 0; i--) {
            all.add(retired.get(i));
        }
        return all;
    }

    /**
     * Sends {@code request} with the current key: at once, or, while a rotation runs, once it has ended (with the new
     * key when it was applied). The key is held until the answer (or failure) arrives.
     *
     * @param send sends the request with the key it is given
     */
    public CompletableFuture<ApiResponse> send(ApiRequest request, Function<String, CompletableFuture<ApiResponse>> send) {
        String leased;
        CompletableFuture<Void> wait;
        synchronized (this) {
            if (request == rotation) {
                return attempt(send, key);
            }
            wait = gate;
            if (wait == null) {
                inFlight++;
            }
            leased = key;
        }
        if (wait != null) {
            // resumed off the rotation's thread: with synchronous=true each send blocks its thread
            return wait.thenComposeAsync(rotated -> send(request, send));
        }
        CompletableFuture<ApiResponse> sent = attempt(send, leased);
        sent.whenComplete((answer, failure) -> release());
        return sent;
    }

    private static CompletableFuture<ApiResponse> attempt(Function<String, CompletableFuture<ApiResponse>> send,
                                                          String key) {
        try {
            return send.apply(key);
        } catch (RuntimeException notSent) {
            return CompletableFuture.failedFuture(notSent);
        }
    }

    private void release() {
        CompletableFuture<Void> done = null;
        synchronized (this) {
            inFlight--;
            if (inFlight == 0 && drained != null) {
                done = drained;
            }
        }
        if (done != null) {
            done.complete(null);
        }
    }

    /**
     * Rotates the key: once no request holds it, sends {@code request} (through {@code sendRotation}, which completes
     * with the new key) while every other request waits; then, with {@code apply}, every later request uses the new
     * key. On failure the key stays as it was and the waiting requests go out with it.
     */
    public CompletableFuture<String> rotate(ApiRequest request, Supplier<CompletableFuture<String>> sendRotation,
                                            boolean apply) {
        CompletableFuture<Void> turn;
        CompletableFuture<Void> ended = new CompletableFuture<>();
        synchronized (this) {
            turn = lastRotation;
            lastRotation = ended;
        }
        CompletableFuture<String> rotated = turn.thenCompose(previous -> begin(request))
                .thenCompose(drainedNow -> sendRotation.get());
        return rotated.whenComplete((newKey, failure) -> end(failure == null && apply ? newKey : null, ended));
    }

    private synchronized CompletableFuture<Void> begin(ApiRequest request) {
        rotation = request;
        gate = new CompletableFuture<>();
        drained = new CompletableFuture<>();
        if (inFlight == 0) {
            drained.complete(null);
        }
        return drained;
    }

    private void end(String newKey, CompletableFuture<Void> ended) {
        CompletableFuture<Void> open;
        boolean changed = false;
        synchronized (this) {
            if (newKey != null && !newKey.equals(key)) {
                retired.add(key);
                key = newKey;
                changed = true;
            }
            open = gate;
            rotation = null;
            gate = null;
            drained = null;
        }
        if (changed) {
            onRotated.accept(newKey);
        }
        if (open != null) {
            open.complete(null);
        }
        ended.complete(null);
    }

    /** Never the key. */
    @Override
    public String toString() {
        return "AccountKey[***]";
    }
}
