package dev.aivoice.camel.benchmarks;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole harness with tiny counts: every figure is either measured for every contender (each call checked
 * against the documented answer) or printed as skipped. No timing is asserted; the figures come from the real run.
 */
class BenchmarkSmokeTest {

    static Table table;

    @BeforeAll
    static void runTinyBenchmark() throws Exception {
        Settings tiny = Settings.parse(new String[] { "warmup=0", "rounds=1", "roundMillis=200", "concurrency=2",
                "senders=2", "rows=2000", "campaignRounds=1" });
        table = BenchmarkMain.run(tiny, new PrintStream(OutputStream.nullOutputStream()));
    }

    static List<Table.Row> rows(String figurePrefix) {
        return table.rows().stream().filter(row -> row.figure().startsWith(figurePrefix)).toList();
    }

    @Test
    void ringlyCallsAreMeasuredForTheComponentBothWaysAndBothBaselines() {
        assertThat(rows("ringly calls/s")).extracting(Table.Row::contender).containsExactly(
                "plain JDK HttpClient + Jackson", "route: marshal json, camel-http, unmarshal", "aivoice:ringly:call",
                "aivoice:ringly:call?synchronous=true", "plain Apache HttpClient 5 classic + Jackson",
                "plain Apache HttpClient 5 async + Jackson");
        assertThat(rows("ringly calls/s")).allSatisfy(row -> assertThat(row.sample().median()).isPositive());
        assertThat(rows("ringly latency p99")).hasSize(6);
    }

    @Test
    void allocationPerCallIsMeasuredForEveryContender() {
        assertThat(rows("ringly allocated per call")).hasSize(6)
                .allSatisfy(row -> assertThat(row.sample().median()).isPositive());
    }

    @Test
    void producerGoalsAreComparedAgainstBothBaselines() {
        assertThat(table.goals()).extracting(Table.Goal::name).contains(
                "aivoice:ringly:call calls/s vs plain client", "aivoice:ringly:call calls/s vs camel-http route",
                "aivoice:ringly:call?synchronous=true calls/s vs plain client",
                "aivoice:ringly:call p50 latency vs camel-http route",
                "aivoice:ringly:call allocation per call vs plain client",
                "ringly calls, aivoice:ringly:call: failed calls");
    }

    @Test
    void theComplianceGatesCostIsMeasuredPerCallAndPerCampaignRow() {
        assertThat(rows("gate: ringly calls/s")).extracting(Table.Row::contender)
                .containsExactly("aivoice:ringly:call", "aivoice:ringly:call + gate");
        assertThat(rows("gate: ringg calls/s")).hasSize(2);
        assertThat(rows("gate: campaign 2,000 rows/s")).hasSize(2)
                .allSatisfy(row -> assertThat(row.sample().median()).isPositive());
        assertThat(rows("gate: one verdict")).singleElement()
                .satisfies(row -> assertThat(row.sample().median()).isPositive());
    }

    @Test
    void everyFigureIsMeasuredOrMarkedSkipped() {
        for (String figure : List.of("ringg calls/s", "webhook events/s", "campaign upload",
                "webhook dedupe store events/s")) {
            assertThat(rows(figure)).as(figure).isNotEmpty().allSatisfy(row -> assertThat(
                    row.sample() != null ? row.sample().median() > 0 : row.contender().startsWith("skipped:")).isTrue());
        }
    }
}
