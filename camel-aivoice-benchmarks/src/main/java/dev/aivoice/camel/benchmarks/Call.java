package dev.aivoice.camel.benchmarks;

/** One complete operation a contender performs; returns normally only when the answer was the expected one. */
@FunctionalInterface
public interface Call {

    void run() throws Exception;
}
