package dev.aivoice.camel.benchmarks;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Warm-up and measured rounds in which every contender takes one turn, starting with a different one each round. */
public final class Rounds {

    /** One contender's turn in one round. */
    @FunctionalInterface
    public interface Turn {
        LoadDriver.Round run(Contender contender, LoadDriver driver) throws Exception;
    }

    private Rounds() {
    }

    /** Returns the measured rounds as {@code [round][contender]}, contenders in the given order. */
    public static LoadDriver.Round[][] interleaved(Settings settings, List<Contender> contenders, PrintStream log,
                                                  Table table, String what, Turn turn, int threads)
            throws Exception {
        LoadDriver.Round[][] measured = new LoadDriver.Round[settings.rounds()][contenders.size()];
        try (LoadDriver driver = new LoadDriver(threads, "bench-caller")) {
            for (int round = 0; round < settings.warmupRounds() + settings.rounds(); round++) {
                boolean warmup = round < settings.warmupRounds();
                for (int k = 0; k < contenders.size(); k++) {
                    int c = (round + k) % contenders.size();
                    LoadDriver.Round result = turn.run(contenders.get(c), driver);
                    if (!warmup) {
                        measured[round - settings.warmupRounds()][c] = result;
                    }
                    if (result.failures() > 0) {
                        table.note(what + ", " + contenders.get(c).name() + ", round " + round + ": "
                                   + result.failures() + " failed call(s), first: " + result.firstFailure());
                    }
                    log.printf(Locale.ROOT, "  %s %s round %d %-44s %,10.0f /s  p50 %,8.0f us  p99 %,8.0f us  %,8.0f B/op%n",
                            what, warmup ? "warmup" : "measured", round, contenders.get(c).name(), result.perSecond(),
                            result.p50Micros(), result.p99Micros(), result.bytesPerCall());
                }
            }
        }
        return measured;
    }
}
