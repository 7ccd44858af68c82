package dev.aivoice.camel.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Runs every figure against one loopback provider and prints the table. Run with
 * {@code mvn -B -q -Pbenchmark -pl camel-aivoice-benchmarks -am package -DskipTests}.
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Logging.quiet();
        Table table = run(Settings.parse(args), System.out);
        System.out.println();
        table.print(System.out);
    }

    public static Table run(Settings settings, PrintStream log) throws Exception {
        long started = System.nanoTime();
        log.printf(Locale.ROOT, "camel-aivoice benchmarks: %d cores, JDK %s, heap max %d MiB, %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20, settings);
        log.println("JVM args: " + ManagementFactory.getRuntimeMXBean().getInputArguments());
        Table table = new Table();
        try (LoopbackProvider server = new LoopbackProvider(4)) {
            CamelContext context = new DefaultCamelContext();
            int webhookPort = WebhookBenchmark.addHttpServer(context);
            context.start();
            try {
                if (settings.runs("producer")) {
                    try (ProducerBenchmark producer = new ProducerBenchmark(settings, context, log)) {
                        producer.run(CallSpec.ringly(server), table);
                        if (Availability.hasOperation("ringg", "call", "create")) {
                            producer.run(CallSpec.ringg(server), table);
                        } else {
                            table.skipped("ringg calls/s", "operation not available (aivoice:ringg:call create)");
                        }
                    }
                }
                if (settings.runs("compliance")) { // issue 16: the compliance gate's cost
                    new ComplianceBenchmark(settings, context, log).run(server, table);
                }
                if (settings.runs("webhook")) {
                    new WebhookBenchmark(settings, log).run(context, webhookPort, table);
                }
                if (settings.runs("dedupe")) { // issue 15: JDBC vs in-memory webhook dedupe store
                    new JdbcDedupeBenchmark(settings, log).run(context, webhookPort, table);
                }
            } finally {
                context.stop();
            }
        }
        if (settings.runs("campaign")) {
            new CampaignBenchmark(settings, log).run(table);
        }
        table.note(String.format(Locale.ROOT, "whole run took %.0f s", Duration.ofNanos(System.nanoTime() - started)
                .toMillis() / 1000.0));
        return table;
    }
}
