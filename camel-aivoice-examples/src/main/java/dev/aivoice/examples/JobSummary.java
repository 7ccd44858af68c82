package dev.aivoice.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** The end of a run: how many leads, how each ended, how long it took and where the outcomes are. */
public record JobSummary(int leads, int outcomes, Map<String, Integer> byStatus, Duration elapsed, Path outcomeFile) {

    public boolean complete() {
        return leads > 0 && outcomes == leads;
    }

    public int count(String status) {
        return byStatus.getOrDefault(status, 0);
    }

    public String line() {
        String statuses = byStatus.entrySet().stream().map(e -> e.getValue() + " " + e.getKey())
                .collect(Collectors.joining(", "));
        return String.format("Done: %d leads, %d outcomes (%s) in %.1f s. Outcomes: %s%s", leads, outcomes, statuses,
                elapsed.toMillis() / 1000.0, outcomeFile, complete() ? "" : " - INCOMPLETE: timed out");
    }
}
