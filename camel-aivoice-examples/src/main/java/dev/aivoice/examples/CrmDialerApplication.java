package dev.aivoice.examples;

import java.util.HashMap;
import java.util.Map;

/**
 * {@code mvn -q -pl camel-aivoice-examples -am package -DskipTests exec:java}: runs the CRM-to-dialer job once, on
 * the sandbox unless provider keys are in the environment, prints a line per lead and a summary, and exits.
 */
public final class CrmDialerApplication {

    private CrmDialerApplication() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = new HashMap<>(System.getenv());
        // exec:java runs in Maven's JVM: the pom names the module's target folder as the work folder
        String workDir = System.getProperty("dialer.workDir");
        if (workDir != null) {
            env.putIfAbsent("DIALER_WORK_DIR", workDir);
        }
        JobSummary summary = CrmDialer.run(DialerSettings.fromEnvironment(env), System.out);
        if (!summary.complete()) {
            System.exit(1);
        }
    }
}
