package dev.aivoice.camel.benchmarks;

/** One way of doing the measured work: the component, or a baseline a user could write instead. */
public record Contender(String name, Call call) {
}
