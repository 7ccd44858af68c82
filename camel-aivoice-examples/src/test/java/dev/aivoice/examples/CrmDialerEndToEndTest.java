package dev.aivoice.examples;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole example application as a user would (no configuration: it starts the sandbox itself) on the
 * bundled 20-lead export, and reads the outcome file it leaves behind.
 */
class CrmDialerEndToEndTest {

    @TempDir
    Path dir;

    private List<String> run(String provider, String dsl, ByteArrayOutputStream console) throws Exception {
        return run(provider, dsl, console, Map.of());
    }

    private List<String> run(String provider, String dsl, ByteArrayOutputStream console, Map<String, String> extra)
            throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        try (var sample = getClass().getClassLoader().getResourceAsStream(CrmDialer.SAMPLE)) {
            Files.copy(sample, input.resolve("leads.csv"));
        }
        Path output = dir.resolve("outcomes.csv");
        Map<String, String> env = new java.util.HashMap<>(Map.of("DIALER_PROVIDER", provider, "DIALER_DSL", dsl,
                "DIALER_INPUT", input.toString(), "DIALER_OUTPUT", output.toString(), "DIALER_TIMEOUT_SECONDS", "60"));
        env.putAll(extra);
        DialerSettings settings = DialerSettings.fromEnvironment(env);

        JobSummary summary = CrmDialer.run(settings, new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(summary.complete()).as(console.toString()).isTrue();
        assertThat(summary.leads()).isEqualTo(21);
        return Files.readAllLines(output);
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void ringlyRunGivesEveryLeadAnOutcomeAndReportsBadNumbersAndGatedLeadsAsRejected(String dsl) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        List<String> lines = run("ringly", dsl, console);

        assertThat(lines.get(0)).isEqualTo(LeadOutcome.HEADER);
        assertThat(lines).hasSize(22);
        assertThat(lines.subList(1, 22)).extracting(line -> line.split(",")[0]).doesNotHaveDuplicates().hasSize(21);
        assertThat(lines).as(String.join("\n", lines)).filteredOn(line -> line.contains(",rejected,")).extracting(line -> line.split(",")[0])
                .containsExactlyInAnyOrder("L-1006", "L-1016", "L-1008", "L-1018", "L-1021");
        assertGatedLeadsCarryTheirReason(lines);
        assertThat(lines).filteredOn(line -> line.contains(",registered,")).hasSize(16);
        String printed = console.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("[21/21]").contains("Done: 21 leads, 21 outcomes (");
        assertThat(printed).containsPattern("L-1008 .* rejected .* do not call");
        assertThat(printed).doesNotContain("sandbox-ringly-key");
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void ringgCampaignRunGetsEveryOutcomeFromWebhookEventsAndRejectsBadNumbersAndGatedRows(String dsl)
            throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        List<String> lines = run("ringg", dsl, console);

        assertThat(lines).hasSize(22);
        Map<String, String> statusById = new java.util.TreeMap<>();
        lines.subList(1, 22).forEach(line -> statusById.put(line.split(",")[0], line.split(",")[3]));
        assertThat(statusById).hasSize(21);
        assertThat(statusById).containsEntry("L-1006", "rejected").containsEntry("L-1016", "rejected")
                .containsEntry("L-1008", "rejected").containsEntry("L-1018", "rejected")
                .containsEntry("L-1021", "rejected")
                .containsEntry("L-1003", "failed").containsEntry("L-1013", "failed").containsEntry("L-1009", "failed");
        assertGatedLeadsCarryTheirReason(lines);
        assertThat(statusById.values()).filteredOn("completed"::equals).hasSize(13);
        String ada = lines.stream().filter(line -> line.startsWith("L-1001,")).findFirst().orElseThrow();
        assertThat(ada).contains(",48.0,").contains("Confirmed the renewal date").contains(".mp3");
        String printed = console.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Done: 21 leads, 21 outcomes (");
        assertThat(printed).containsPattern("L-1021 .* rejected .* outside calling window");
        assertThat(printed).doesNotContain("sandbox-ringg-key");
    }

    @ParameterizedTest
    @ValueSource(strings = { "java", "yaml" })
    void ringgRunSurvivesAWebhookOutageWithEveryOutcomeFromTheCallHistory(String dsl) throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        // every delivery attempt of the run fails: Ringg gives up, only the backfill brings the outcomes
        List<String> lines = run("ringg", dsl, console, Map.of("DIALER_SANDBOX_WEBHOOK_OUTAGE", "100000"));

        assertThat(lines).hasSize(22);
        Map<String, String> statusById = new java.util.TreeMap<>();
        lines.subList(1, 22).forEach(line -> statusById.put(line.split(",")[0], line.split(",")[3]));
        assertThat(statusById).hasSize(21);
        assertThat(statusById.values()).filteredOn("completed"::equals).hasSize(13);
        assertThat(statusById).containsEntry("L-1003", "failed").containsEntry("L-1006", "rejected");
        assertGatedLeadsCarryTheirReason(lines);
        String ada = lines.stream().filter(line -> line.startsWith("L-1001,")).findFirst().orElseThrow();
        assertThat(ada).contains("Confirmed the renewal date").contains("correlation id L-1001 via history");
        // every call placed (21 leads less 2 bad numbers and 3 gated rows) got its outcome from the history
        assertThat(lines).filteredOn(line -> line.contains(" via history")).hasSize(16);
        String printed = console.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Done: 21 leads, 21 outcomes (");
    }

    @Test
    void ringgOutcomesCarryTheLeadIdAsCorrelationId() throws Exception {
        List<String> lines = run("ringg", "java", new ByteArrayOutputStream());

        assertThat(lines).filteredOn(line -> line.contains(",rejected,")).hasSize(5);
        for (String line : lines.subList(1, 22)) {
            String id = line.split(",")[0];
            if (!line.contains(",rejected,")) {
                assertThat(line).contains("correlation id " + id + " via ");
            }
        }
    }

    /** The do-not-call file lists L-1008 and L-1018; L-1021 (India) is at 23:30 local time on the demo clock. */
    private static void assertGatedLeadsCarryTheirReason(List<String> lines) {
        assertThat(lines).filteredOn(line -> line.startsWith("L-1008,") || line.startsWith("L-1018,"))
                .hasSize(2).allSatisfy(line -> assertThat(line).endsWith(",do not call"));
        assertThat(lines).filteredOn(line -> line.startsWith("L-1021,")).singleElement()
                .satisfies(line -> assertThat(line).contains(",rejected,").contains("outside calling window"));
    }

    @Test
    void exportWithoutAPhoneColumnEndsTheRunAtOnceWithTheReason() throws Exception {
        Path input = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(input.resolve("leads.csv"), "Lead ID,Name,Mobile\nL-1,Ada,+14155550101\n");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        DialerSettings settings = DialerSettings.fromEnvironment(Map.of("DIALER_PROVIDER", "ringly",
                "DIALER_INPUT", input.toString(), "DIALER_OUTPUT", dir.resolve("out.csv").toString(),
                "DIALER_TIMEOUT_SECONDS", "60"));

        JobSummary summary = CrmDialer.run(settings, new PrintStream(console, true, StandardCharsets.UTF_8));

        assertThat(summary.complete()).isFalse();
        assertThat(summary.elapsed()).isLessThan(java.time.Duration.ofSeconds(60));
        assertThat(console.toString(StandardCharsets.UTF_8))
                .contains("Cannot process CRM export leads.csv: The CRM export has no 'phone' column");
    }
}
