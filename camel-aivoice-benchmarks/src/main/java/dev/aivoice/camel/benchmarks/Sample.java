package dev.aivoice.camel.benchmarks;

/** The per-round values of one figure of one contender, summarised as median and spread (min to max). */
public record Sample(double[] rounds) {

    public double median() {
        return Stats.median(rounds);
    }

    public double min() {
        return Stats.min(rounds);
    }

    public double max() {
        return Stats.max(rounds);
    }

    /** Half the min-to-max range relative to the median, in percent: how much the rounds disagreed. */
    public double spreadPercent() {
        double median = median();
        return median == 0 ? 0 : (max() - min()) / 2 / median * 100;
    }
}
