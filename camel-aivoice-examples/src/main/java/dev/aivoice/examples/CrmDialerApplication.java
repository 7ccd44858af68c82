package dev.aivoice.examples;

/**
 * {@code mvn -q -pl camel-aivoice-examples -am package -DskipTests exec:java}: runs the CRM-to-dialer job once, on
 * the sandbox unless provider keys are in the environment, prints a line per lead and a summary, and exits.
 */
public final class CrmDialerApplication {

    private CrmDialerApplication() {
    }

    public static void main(String[] args) throws Exception {
        JobSummary summary = CrmDialer.run(DialerSettings.fromEnvironment(System.getenv()), System.out);
        if (!summary.complete()) {
            System.exit(1);
        }
    }
}
