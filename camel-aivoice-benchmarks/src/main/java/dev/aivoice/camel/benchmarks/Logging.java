package dev.aivoice.camel.benchmarks;

/** Warnings only, and not the one about the API key in the URI: the benchmark's keys are fake and URIs simplest. */
final class Logging {

    private Logging() {
    }

    static void quiet() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.log.dev.aivoice.camel.AiVoiceEndpoint", "error");
    }
}
