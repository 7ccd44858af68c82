package dev.aivoice.camel.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The printed result: one line per figure and contender, then how far each goal is reached. */
public final class Table {

    /** One printed line; {@code sample} is null for a figure that was skipped. */
    public record Row(String figure, String contender, Sample sample, String unit, String versus) {
    }

    /** A goal: the measured ratio against the one it must reach. */
    public record Goal(String name, double measured, double required, boolean higherIsBetter) {

        public boolean met() {
            return higherIsBetter ? measured >= required : measured <= required;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Goal> goals = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public void add(String figure, String contender, Sample sample, String unit, String versus) {
        rows.add(new Row(figure, contender, sample, unit, versus));
    }

    public void skipped(String figure, String reason) {
        rows.add(new Row(figure, "skipped: " + reason, null, "", ""));
    }

    public void goal(String name, double measured, double required, boolean higherIsBetter) {
        goals.add(new Goal(name, measured, required, higherIsBetter));
    }

    public void note(String note) {
        notes.add(note);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public List<Goal> goals() {
        return List.copyOf(goals);
    }

    public void print(PrintStream out) {
        String format = "%-34s %-40s %14s %26s  %s%n";
        out.printf(Locale.ROOT, format, "figure", "contender", "median", "spread (min..max, +-%)", "vs baseline");
        String last = null;
        for (Row row : rows) {
            if (last != null && !last.equals(row.figure())) {
                out.println();
            }
            last = row.figure();
            if (row.sample() == null) {
                out.printf(Locale.ROOT, format, row.figure(), row.contender(), "-", "-", "");
                continue;
            }
            Sample s = row.sample();
            out.printf(Locale.ROOT, format, row.figure(), row.contender(), number(s.median()) + " " + row.unit(),
                    number(s.min()) + ".." + number(s.max()) + String.format(Locale.ROOT, " +-%.1f%%", s.spreadPercent()),
                    row.versus());
        }
        out.println();
        for (Goal goal : goals) {
            out.printf(Locale.ROOT, "goal %-62s %6.2f (%s %.2f)  %s%n", goal.name(), goal.measured(),
                    goal.higherIsBetter() ? ">=" : "<=", goal.required(), goal.met() ? "MET" : "NOT MET");
        }
        notes.forEach(note -> out.println("note: " + note));
    }

    static String number(double value) {
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.1f", value);
    }
}
