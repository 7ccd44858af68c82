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

    /**
     * A warm-up round ends the warm-up when the contenders' throughput rose by at most this much over the round before
     * (the median over contenders of the signed change): warm-up shows as throughput rising round after round; a drop
     * is a noisy neighbour on a shared machine, not a colder JVM.
     */
    static final double CONVERGED_PERCENT = 5.0;
    /** Warm-up rounds beyond the minimum before giving up on convergence (then said in the table). */
    static final int EXTRA_WARMUP_ROUNDS = 8;

    /**
     * Returns the measured rounds as {@code [round][contender]}, contenders in the given order. Warm-up lasts at least
     * {@code warmupRounds} and goes on until the contenders' throughput stops rising: by at most
     * {@value #CONVERGED_PERCENT} % (median) from one round to the next (JIT compilation done, pools filled), at most
     * {@value #EXTRA_WARMUP_ROUNDS} more.
     * The component's failed calls, warm-up included, are a goal of 0.
     */
    public static LoadDriver.Round[][] interleaved(Settings settings, List<Contender> contenders, PrintStream log,
                                                  Table table, String what, Turn turn, int threads)
            throws Exception {
        LoadDriver.Round[][] measured = new LoadDriver.Round[settings.rounds()][contenders.size()];
        long[] failures = new long[contenders.size()];
        try (LoadDriver driver = new LoadDriver(threads, "bench-caller")) {
            int warmups = warmUp(settings, contenders, log, table, what, turn, driver, failures);
            for (int round = 0; round < settings.rounds(); round++) {
                LoadDriver.Round[] results = playRound(warmups + round, false, contenders, log, table, what, turn,
                        driver, failures);
                measured[round] = results;
            }
        }
        for (int c = 0; c < contenders.size(); c++) {
            if (contenders.get(c).name().startsWith("aivoice:")) {
                // the component's; a baseline's failures are printed as notes
                table.goal(what + ", " + contenders.get(c).name() + ": failed calls", failures[c], 0, false);
            }
        }
        return measured;
    }

    private static int warmUp(Settings settings, List<Contender> contenders, PrintStream log, Table table, String what,
                              Turn turn, LoadDriver driver, long[] failures) throws Exception {
        if (settings.warmupRounds() == 0) {
            return 0;
        }
        LoadDriver.Round[] previous = null;
        double change = Double.NaN;
        int round = 0;
        for (; round < settings.warmupRounds() + EXTRA_WARMUP_ROUNDS; round++) {
            LoadDriver.Round[] results = playRound(round, true, contenders, log, table, what, turn, driver, failures);
            if (previous != null) {
                double[] changes = new double[results.length];
                for (int c = 0; c < results.length; c++) {
                    changes[c] = (results[c].perSecond() / previous[c].perSecond() - 1) * 100;
                }
                change = Stats.median(changes);
                if (round + 1 >= settings.warmupRounds() && change <= CONVERGED_PERCENT) {
                    round++;
                    break;
                }
            }
            previous = results;
        }
        String verdict = String.format(Locale.ROOT, "%s: warm-up %s after %d rounds (median change of the contenders'"
                                                     + " throughput from the round before: %+.1f%%, limit +%.0f%%)", what,
                change <= CONVERGED_PERCENT ? "converged" : "did NOT converge", round, change, CONVERGED_PERCENT);
        log.println("  " + verdict);
        table.note(verdict);
        return round;
    }

    private static LoadDriver.Round[] playRound(int round, boolean warmup, List<Contender> contenders, PrintStream log,
                                                Table table, String what, Turn turn, LoadDriver driver,
                                                long[] failures) throws Exception {
        LoadDriver.Round[] results = new LoadDriver.Round[contenders.size()];
        for (int k = 0; k < contenders.size(); k++) {
            int c = (round + k) % contenders.size();
            LoadDriver.Round result = turn.run(contenders.get(c), driver);
            results[c] = result;
            failures[c] += result.failures();
            if (result.failures() > 0) {
                table.note(what + ", " + contenders.get(c).name() + ", round " + round + ": "
                           + result.failures() + " failed call(s), first: " + result.firstFailure());
            }
            log.printf(Locale.ROOT, "  %s %s round %d %-44s %,10.0f /s  p50 %,8.0f us  p99 %,8.0f us  %,8.0f B/op%n",
                    what, warmup ? "warmup" : "measured", round, contenders.get(c).name(), result.perSecond(),
                    result.p50Micros(), result.p99Micros(), result.bytesPerCall());
        }
        return results;
    }
}
