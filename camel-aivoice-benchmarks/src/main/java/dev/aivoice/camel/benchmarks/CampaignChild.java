package dev.aivoice.camel.benchmarks;

import java.io.BufferedReader;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;

/**
 * Figure 3, run in its own JVM with a small heap ({@link CampaignBenchmark#HEAP}): uploads the contact CSV through
 * {@code aivoice:ringg:campaign} (bulkUpload, the documented flow for large lists) and writes the same CSV to a byte
 * sink, alternately. Prints one {@code RESULT contender rows/s peak-heap-bytes} line per measured round.
 */
public final class CampaignChild {

    static final String SINK = "write CSV to a byte sink";
    static final String UPLOAD = "aivoice:ringg:campaign bulkUpload";

    private CampaignChild() {
    }

    public static void main(String[] args) throws Exception {
        Logging.quiet();
        Path csv = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        try (LoopbackProvider server = new LoopbackProvider(2)) {
            CamelContext context = new DefaultCamelContext();
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            String uri = "aivoice:ringg:campaign?operation=bulkUpload&apiKey=" + CallSpec.RINGG_KEY + "&baseUrl="
                         + server.ringgBaseUrl() + "&agentId=3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"
                         + "&countryCode=RAW(+91)&campaignName=Bench&variablesMap=RAW(" + ContactsFile.VARIABLES_MAP + ")";
            for (int round = 0; round < warmup + rounds; round++) {
                for (int k = 0; k < 2; k++) {
                    boolean upload = (round + k) % 2 == 1;
                    resetHeapPeaks();
                    long started = System.nanoTime();
                    if (upload) {
                        upload(template, uri, csv, rows, server);
                    } else {
                        writeToSink(csv, rows);
                    }
                    double perSecond = rows * 1e9 / (System.nanoTime() - started);
                    long peak = heapPeak();
                    String name = upload ? UPLOAD : SINK;
                    System.out.printf(Locale.ROOT, "  campaign %s round %d %-44s %,10.0f rows/s  peak heap %,6.1f MiB%n",
                            round < warmup ? "warmup" : "measured", round, name, perSecond, peak / 1048576.0);
                    if (round >= warmup) {
                        System.out.printf(Locale.ROOT, "RESULT %s|%f|%d%n", name, perSecond, peak);
                    }
                }
            }
            context.stop();
        }
    }

    private static void upload(ProducerTemplate template, String uri, Path csv, int rows, LoopbackProvider server)
            throws Exception {
        long receivedBefore = server.receivedBytes();
        Exchange done = template.request(uri, exchange -> {
            exchange.getMessage().setBody(csv);
            exchange.getMessage().setHeader("CamelAiVoiceCampaign", Map.of(
                    "campaign_start_time", "01/01/2099, 09:00", "campaign_end_time", "31/01/2099, 18:00"));
        });
        if (done.getException() != null) {
            throw done.getException();
        }
        Number sent = done.getMessage().getHeader("CamelAiVoiceRowCount", Number.class);
        long received = server.receivedBytes() - receivedBefore;
        if (sent == null || sent.longValue() != rows || received < Files.size(csv)) {
            throw new IllegalStateException("upload sent " + sent + " rows, " + received + " bytes; expected " + rows
                                            + " rows, at least the file's " + Files.size(csv) + " bytes");
        }
    }

    /** The floor: the same rows read and written out as UTF-8 CSV lines, to a sink that only counts. */
    private static void writeToSink(Path csv, int rows) throws Exception {
        long lines = 0;
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             OutputStream sink = OutputStream.nullOutputStream()) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                sink.write(line.getBytes(StandardCharsets.UTF_8));
                sink.write('\n');
                lines++;
            }
        }
        if (lines != rows + 1) {
            throw new IllegalStateException("wrote " + lines + " lines, expected " + (rows + 1));
        }
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    private static void resetHeapPeaks() {
        System.gc();
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of every heap pool's peak: an upper bound of the heap in use at any one moment. */
    private static long heapPeak() {
        return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
