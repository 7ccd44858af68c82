package dev.aivoice.camel.compliance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gates the rows of a campaign upload while they are checked: numbers are collected {@value #CHUNK} at a time and the
 * do-not-call list is asked per chunk ({@link DoNotCallList#listed}), so a remote list answers in few round trips and
 * only one chunk is held in memory. The window is checked at the campaign's start.
 */
public final class RowGate {

    static final int CHUNK = 1_000;

    /** A row the gate refused, with the bytes its CSV line would have taken. */
    public record Refusal(long row, String number, String reason, long bytes) {
    }

    private final ComplianceGate gate;
    private final DoNotCallList doNotCall;
    private final WindowRule window;
    private final Instant at;
    private final long[] rows = new long[CHUNK];
    private final long[] bytes = new long[CHUNK];
    private final List<String> numbers = new ArrayList<>(CHUNK);
    private final List<Refusal> refusals = new ArrayList<>();

    RowGate(ComplianceGate gate, DoNotCallList doNotCall, WindowRule window, Instant at) {
        this.gate = gate;
        this.doNotCall = doNotCall;
        this.window = window;
        this.at = at;
    }

    public boolean active() {
        return gate.active();
    }

    /** Adds a row that passed every other check. */
    public void offer(long row, String e164, long lineBytes) {
        if (!gate.active()) {
            return;
        }
        int index = numbers.size();
        rows[index] = row;
        bytes[index] = lineBytes;
        numbers.add(e164);
        if (numbers.size() == CHUNK) {
            flush();
        }
    }

    /** Every refused row, in row order. */
    public List<Refusal> finish() {
        flush();
        return refusals;
    }

    private void flush() {
        if (numbers.isEmpty()) {
            return;
        }
        Set<String> listed = doNotCall == null ? Set.of() : doNotCall.listed(numbers);
        for (int i = 0; i < numbers.size(); i++) {
            String number = numbers.get(i);
            Verdict verdict = listed.contains(number) ? ComplianceGate.doNotCall()
                    : window == null ? Verdict.ALLOWED : window.check(number, at);
            if (!verdict.allowed()) {
                refusals.add(new Refusal(rows[i], number, verdict.reason(), bytes[i]));
            }
        }
        numbers.clear();
    }
}
