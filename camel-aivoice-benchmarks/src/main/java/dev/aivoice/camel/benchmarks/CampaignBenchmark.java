package dev.aivoice.camel.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Figure 3: campaign upload of many contact rows, rows per second and peak heap, against writing the same CSV to a
 * byte sink. Runs {@link CampaignChild} in a fresh JVM capped at {@link #HEAP}, so finishing at all proves the upload
 * streams within the goal.
 */
public final class CampaignBenchmark {

    static final String HEAP = "-Xmx64m";

    private final Settings settings;
    private final PrintStream log;

    public CampaignBenchmark(Settings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    public void run(Table table) throws Exception {
        String figure = String.format("campaign upload %,d rows (%s)", settings.campaignRows(), HEAP);
        if (!Availability.hasOperation("ringg", "campaign", "bulkUpload")) {
            table.skipped(figure, "operation not available (aivoice:ringg:campaign bulkUpload)");
            return;
        }
        Path csv = ContactsFile.write(settings.campaignRows());
        try {
            Map<String, List<double[]>> results = runChild(csv);
            List<double[]> sink = results.getOrDefault(CampaignChild.SINK, List.of());
            List<double[]> upload = results.getOrDefault(CampaignChild.UPLOAD, List.of());
            if (sink.isEmpty() || upload.size() != sink.size()) {
                table.skipped(figure, "the campaign JVM failed, see its output above");
                table.goal("campaign upload finished within " + HEAP + " heap", 0, 1, true);
                return;
            }
            double[] ratios = new double[upload.size()];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = upload.get(i)[0] / sink.get(i)[0];
            }
            double ratio = Stats.median(ratios);
            table.add(figure + " rows/s", CampaignChild.SINK, new Sample(column(sink, 0)), "rows/s", "baseline");
            table.add(figure + " rows/s", CampaignChild.UPLOAD, new Sample(column(upload, 0)), "rows/s",
                    String.format("%.2fx sink (higher is better)", ratio));
            table.add(figure + " peak heap", CampaignChild.SINK, new Sample(column(sink, 1)), "MiB", "baseline");
            table.add(figure + " peak heap", CampaignChild.UPLOAD, new Sample(column(upload, 1)), "MiB",
                    "sum of heap pool peaks (upper bound)");
            table.goal("campaign upload peak heap in MiB (ran in " + HEAP + ")", Stats.max(column(upload, 1)), 64,
                    false);
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static double[] column(List<double[]> rounds, int index) {
        return rounds.stream().mapToDouble(values -> values[index]).toArray();
    }

    /** Runs the child JVM, echoes its progress, and returns per contender the measured {rows/s, peak MiB} rounds. */
    private Map<String, List<double[]>> runChild(Path csv) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                HEAP, "-cp", System.getProperty("java.class.path"), CampaignChild.class.getName(), csv.toString(),
                String.valueOf(settings.campaignRows()), "1", String.valueOf(settings.campaignRounds())));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith("RESULT ")) {
                    String[] fields = line.substring(7).split("\\|");
                    results.computeIfAbsent(fields[0], name -> new ArrayList<>())
                            .add(new double[] { Double.parseDouble(fields[1]), Long.parseLong(fields[2]) / 1048576.0 });
                } else {
                    log.println(line);
                }
            }
        }
        if (!child.waitFor(10, TimeUnit.MINUTES) || child.exitValue() != 0) {
            child.destroyForcibly();
            log.println("campaign JVM failed (exit " + (child.isAlive() ? "timeout" : child.exitValue()) + ")");
            return Map.of();
        }
        return results;
    }
}
