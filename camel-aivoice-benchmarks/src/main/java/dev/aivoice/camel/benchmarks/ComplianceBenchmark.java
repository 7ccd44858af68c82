package dev.aivoice.camel.benchmarks;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.compliance.ComplianceGate;
import dev.aivoice.camel.compliance.FileDoNotCallList;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;

/**
 * The pre-dial compliance gate's cost (issue 16): the same call placed with and without the gate (a calling window,
 * open all day so every call goes out, and a 200,000-number do-not-call list that holds none of them), and the same
 * campaign upload with and without it; plus one verdict alone. Ratios are per round, contenders taking turns.
 */
public final class ComplianceBenchmark {

    static final int LIST_SIZE = 200_000;
    static final String GATE = "&callingWindow=00:00-24:00&doNotCallList=#benchDoNotCall";

    private final Settings settings;
    private final CamelContext context;
    private final PrintStream log;

    public ComplianceBenchmark(Settings settings, CamelContext context, PrintStream log) {
        this.settings = settings;
        this.context = context;
        this.log = log;
    }

    public void run(LoopbackProvider server, Table table) throws Exception {
        List<String> listed = new ArrayList<>(LIST_SIZE);
        for (int i = 0; i < LIST_SIZE; i++) {
            listed.add("+9197" + String.format("%08d", i));
        }
        FileDoNotCallList list = FileDoNotCallList.of(listed);
        context.getRegistry().bind("benchDoNotCall", list);
        verdictCost(list, table);
        for (CallSpec spec : List.of(CallSpec.ringly(server), CallSpec.ringg(server))) {
            calls(spec, table);
        }
        campaign(server, table);
    }

    /** One verdict (zones of the number by libphonenumber, the window in each, the list) on one thread. */
    private void verdictCost(FileDoNotCallList list, Table table) {
        AiVoiceConfiguration options = new AiVoiceConfiguration();
        options.setCallingWindow("00:00-24:00");
        options.setDoNotCallList(list);
        ComplianceGate gate = ComplianceGate.create(options, context, "ringg", "call");
        Instant now = Clock.systemUTC().instant();
        double[] micros = new double[settings.warmupRounds() + settings.rounds()];
        int n = 50_000;
        for (int round = 0; round < micros.length; round++) {
            long started = System.nanoTime();
            int allowed = 0;
            for (int i = 0; i < n; i++) {
                allowed += gate.verdict("+9198" + (10_000_000 + i), now).allowed() ? 1 : 0;
            }
            micros[round] = (System.nanoTime() - started) / 1000.0 / n;
            if (allowed != n) {
                throw new IllegalStateException("the gate refused " + (n - allowed) + " numbers it should allow");
            }
        }
        table.add("gate: one verdict", "zones + window + 200,000-number list",
                new Sample(java.util.Arrays.copyOfRange(micros, settings.warmupRounds(), micros.length)), "us",
                "single thread");
    }

    private void calls(CallSpec spec, Table table) throws Exception {
        String plain = "direct:compliance-off-" + spec.provider();
        String gated = "direct:compliance-on-" + spec.provider();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(plain).to(spec.aivoiceUri());
                from(gated).to(spec.aivoiceUri() + GATE);
            }
        });
        ProducerTemplate template = context.createProducerTemplate();
        String name = "aivoice:" + spec.provider() + ":call";
        List<Contender> contenders = List.of(new Contender(name, through(template, plain, spec)),
                new Contender(name + " + gate", through(template, gated, spec)));
        LoadDriver.Round[][] measured = Rounds.interleaved(settings, contenders, log, table,
                spec.provider() + " gated calls", (contender, driver) -> driver.run(contender.call(),
                        settings.roundLength()), settings.concurrency());
        String figure = "gate: " + spec.provider() + " calls/s (" + settings.concurrency() + ")";
        table.add(figure, name, new Sample(ProducerBenchmark.values(measured, 0, LoadDriver.Round::perSecond)),
                "calls/s", "baseline (no gate)");
        table.add(figure, name + " + gate", new Sample(ProducerBenchmark.values(measured, 1,
                LoadDriver.Round::perSecond)), "calls/s", String.format(Locale.ROOT, "%.2fx without (higher is better)",
                ProducerBenchmark.pairedRatio(measured, 1, 0, LoadDriver.Round::perSecond)));
        String cpu = "gate: " + spec.provider() + " allocated per call";
        table.add(cpu, name, new Sample(ProducerBenchmark.values(measured, 0, LoadDriver.Round::bytesPerCall)), "B",
                "baseline (no gate)");
        table.add(cpu, name + " + gate", new Sample(ProducerBenchmark.values(measured, 1, LoadDriver.Round::bytesPerCall)),
                "B", String.format(Locale.ROOT, "%.2fx without (lower is better)",
                        ProducerBenchmark.pairedRatio(measured, 1, 0, LoadDriver.Round::bytesPerCall)));
    }

    private static Call through(ProducerTemplate template, String endpoint, CallSpec spec) {
        return () -> {
            Exchange done = template.request(endpoint, exchange -> exchange.getMessage().setBody(spec.request().get()));
            if (done.getException() != null) {
                throw done.getException();
            }
            spec.check(done.getMessage().getHeader("CamelAiVoiceCallStatus", String.class));
        };
    }

    /** Campaign rows/s with and without the gate: one bulkUpload each per round, alternating. */
    private void campaign(LoopbackProvider server, Table table) throws Exception {
        int rows = Math.min(settings.campaignRows(), 200_000);
        Path csv = ContactsFile.write(rows);
        try {
            ProducerTemplate template = context.createProducerTemplate();
            String uri = "aivoice:ringg:campaign?operation=bulkUpload&apiKey=" + CallSpec.RINGG_KEY + "&baseUrl="
                         + server.ringgBaseUrl() + "&agentId=3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b"
                         + "&countryCode=RAW(+91)&campaignName=Bench&variablesMap=RAW(" + ContactsFile.VARIABLES_MAP + ")";
            String[] uris = { uri, uri + GATE };
            int total = settings.warmupRounds() + settings.rounds();
            double[][] perSecond = new double[2][settings.rounds()];
            for (int round = 0; round < total; round++) {
                for (int k = 0; k < 2; k++) {
                    int c = (round + k) % 2;
                    long started = System.nanoTime();
                    upload(template, uris[c], csv, rows);
                    double value = rows * 1e9 / (System.nanoTime() - started);
                    log.printf(Locale.ROOT, "  campaign gate %s round %d %-10s %,10.0f rows/s%n",
                            round < settings.warmupRounds() ? "warmup" : "measured", round, c == 0 ? "no gate" : "gate",
                            value);
                    if (round >= settings.warmupRounds()) {
                        perSecond[c][round - settings.warmupRounds()] = value;
                    }
                }
            }
            double[] ratios = new double[settings.rounds()];
            for (int r = 0; r < ratios.length; r++) {
                ratios[r] = perSecond[1][r] / perSecond[0][r];
            }
            String figure = String.format(Locale.ROOT, "gate: campaign %,d rows/s", rows);
            table.add(figure, "bulkUpload", new Sample(perSecond[0]), "rows/s", "baseline (no gate)");
            table.add(figure, "bulkUpload + gate", new Sample(perSecond[1]), "rows/s",
                    String.format(Locale.ROOT, "%.2fx without (higher is better)", Stats.median(ratios)));
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static void upload(ProducerTemplate template, String uri, Path csv, int rows) throws Exception {
        Exchange done = template.request(uri, exchange -> {
            exchange.getMessage().setBody(csv);
            exchange.getMessage().setHeader("CamelAiVoiceCampaign", Map.of(
                    "campaign_start_time", "01/01/2099, 09:00", "campaign_end_time", "31/01/2099, 18:00"));
        });
        if (done.getException() != null) {
            throw done.getException();
        }
        Number sent = done.getMessage().getHeader("CamelAiVoiceRowCount", Number.class);
        if (sent == null || sent.longValue() != rows) {
            throw new IllegalStateException("upload sent " + sent + " rows, expected " + rows);
        }
    }
}
