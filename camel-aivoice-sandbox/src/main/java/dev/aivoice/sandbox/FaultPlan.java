package dev.aivoice.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** Faults waiting for the next N requests of a path; each matching request uses up one. */
final class FaultPlan {

    private static final class Entry {
        final String method;
        final String pathSuffix;
        final Fault fault;
        int remaining;

        Entry(String method, String pathSuffix, Fault fault, int remaining) {
            this.method = method;
            this.pathSuffix = pathSuffix;
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized void add(String method, String pathSuffix, int count, Fault fault) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        entries.add(new Entry(method, pathSuffix, fault, count));
    }

    /** The fault for this request, counted as used; null when none is planned. */
    synchronized Fault take(String method, String path) {
        Iterator<Entry> it = entries.iterator();
        while (it.hasNext()) {
            Entry entry = it.next();
            if ((entry.method == null || entry.method.equalsIgnoreCase(method)) && path.endsWith(entry.pathSuffix)) {
                if (--entry.remaining == 0) {
                    it.remove();
                }
                return entry.fault;
            }
        }
        return null;
    }

    synchronized void clear() {
        entries.clear();
    }
}
