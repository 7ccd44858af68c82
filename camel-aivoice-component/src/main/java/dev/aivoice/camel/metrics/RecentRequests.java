package dev.aivoice.camel.metrics;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last few operations of an endpoint, for the dev console: what, when, outcome, latency; no data, no secret. */
public final class RecentRequests {

    /** One operation as the console shows it. */
    public record Entry(Instant at, String operation, String outcome, long millis) {
    }

    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();

    public RecentRequests(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(Entry entry) {
        if (entries.size() == capacity) {
            entries.removeFirst();
        }
        entries.addLast(entry);
    }

    /** Oldest first. */
    public synchronized List<Entry> list() {
        return new ArrayList<>(entries);
    }
}
