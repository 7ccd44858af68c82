package dev.aivoice.camel.benchmarks;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.apache.camel.CamelContext;

/**
 * Figure 1 and 4: calls placed per second, latency and bytes allocated per call, through the component (default
 * and {@code synchronous=true}) and through the two baselines, at the same concurrency. The contenders take turns within every round (in a rotating order), so
 * a noisy neighbour slows all of them alike and the per-round ratios stay comparable.
 */
public final class ProducerBenchmark implements AutoCloseable {

    private static final String PLAIN = "plain JDK HttpClient + Jackson";
    private static final String CAMEL_HTTP = "route: marshal json, camel-http, unmarshal";
    private static final String APACHE_CLASSIC = "plain Apache HttpClient 5 classic + Jackson";
    private static final String APACHE_ASYNC = "plain Apache HttpClient 5 async + Jackson";
    /** Contenders 2 and 3 are the component; 4 and 5 the two Apache clients it could be built on. */
    private static final int COMPONENT_FIRST = 2;
    private static final int COMPONENT_LAST = 3;

    private final Settings settings;
    private final CamelContext context;
    private final HttpClient plainClient = PlainClientCaller.newClient();
    private final ApacheClientCallers apache;
    private final PrintStream log;

    public ProducerBenchmark(Settings settings, CamelContext context, PrintStream log) {
        this.settings = settings;
        this.context = context;
        this.log = log;
        this.apache = new ApacheClientCallers(Math.max(20, settings.concurrency()));
    }

    public void run(CallSpec spec, Table table) throws Exception {
        CamelCallRoutes routes = new CamelCallRoutes(context, spec);
        String aivoice = "aivoice:" + spec.provider() + ":call";
        String synchronous = aivoice + "?synchronous=true";
        List<Contender> contenders = List.of(new Contender(PLAIN, new PlainClientCaller(spec, plainClient)),
                new Contender(CAMEL_HTTP, routes.camelHttp()), new Contender(aivoice, routes.aivoice()),
                new Contender(synchronous, routes.aivoiceSynchronous()),
                new Contender(APACHE_CLASSIC, apache.classic(spec)), new Contender(APACHE_ASYNC, apache.async(spec)));
        LoadDriver.Round[][] measured = Rounds.interleaved(settings, contenders, log, table, spec.provider() + " calls",
                (contender, driver) -> driver.run(contender.call(), settings.roundLength()),
                settings.concurrency());

        String figure = spec.provider() + " calls/s (" + settings.concurrency() + " callers)";
        addFigure(table, figure, "calls/s", contenders, measured, LoadDriver.Round::perSecond, true);
        addFigure(table, spec.provider() + " latency p50", "us", contenders, measured, LoadDriver.Round::p50Micros, false);
        addFigure(table, spec.provider() + " latency p99", "us", contenders, measured, LoadDriver.Round::p99Micros, false);
        addFigure(table, spec.provider() + " allocated per call", "B", contenders, measured,
                LoadDriver.Round::bytesPerCall, false);

        for (int c = COMPONENT_FIRST; c <= COMPONENT_LAST; c++) {
            String name = contenders.get(c).name();
            table.goal(name + " calls/s vs plain client", pairedRatio(measured, c, 0, LoadDriver.Round::perSecond),
                    0.95, true);
            table.goal(name + " calls/s vs camel-http route", pairedRatio(measured, c, 1, LoadDriver.Round::perSecond),
                    1.0, true);
            table.goal(name + " p50 latency vs camel-http route", pairedRatio(measured, c, 1,
                    LoadDriver.Round::p50Micros), 1.0, false);
            table.goal(name + " allocation per call vs plain client", pairedRatio(measured, c, 0,
                    LoadDriver.Round::bytesPerCall), 1.2, false);
        }
    }

    private static void addFigure(Table table, String figure, String unit, List<Contender> contenders,
                                  LoadDriver.Round[][] measured, ToDoubleFunction<LoadDriver.Round> value,
                                  boolean higherIsBetter) {
        for (int c = 0; c < contenders.size(); c++) {
            String versus = c == 0 ? "baseline (floor)"
                    : String.format("%.2fx plain", pairedRatio(measured, c, 0, value))
                      + (c >= COMPONENT_FIRST ? String.format(", %.2fx camel-http", pairedRatio(measured, c, 1, value))
                              : "");
            table.add(figure, contenders.get(c).name(), new Sample(values(measured, c, value)), unit,
                    versus + (c == 0 ? "" : higherIsBetter ? " (higher is better)" : " (lower is better)"));
        }
    }

    static double[] values(LoadDriver.Round[][] measured, int contender, ToDoubleFunction<LoadDriver.Round> value) {
        double[] values = new double[measured.length];
        for (int r = 0; r < measured.length; r++) {
            values[r] = value.applyAsDouble(measured[r][contender]);
        }
        return values;
    }

    /** The median over rounds of contender / baseline, each pair measured in the same round. */
    static double pairedRatio(LoadDriver.Round[][] measured, int contender, int baseline,
                              ToDoubleFunction<LoadDriver.Round> value) {
        double[] ratios = new double[measured.length];
        for (int r = 0; r < measured.length; r++) {
            ratios[r] = value.applyAsDouble(measured[r][contender]) / value.applyAsDouble(measured[r][baseline]);
        }
        return Stats.median(ratios);
    }

    @Override
    public void close() {
        apache.close();
    }
}
