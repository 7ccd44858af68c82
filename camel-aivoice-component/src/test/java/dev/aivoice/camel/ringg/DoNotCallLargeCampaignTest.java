package dev.aivoice.camel.ringg;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.CsvRowsRejectedException;
import dev.aivoice.camel.compliance.FileDoNotCallList;
import dev.aivoice.camel.ringg.model.InvalidRow;
import dev.aivoice.camel.ringg.model.RinggCampaign;
import dev.aivoice.camel.test.MultipartCsvRows;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 200,000-number do-not-call file against a 100,000-row campaign holding 1,000 of those numbers (every 100th row),
 * in a JVM with a 64 MB heap (its own surefire execution): exactly the listed rows are reported, with reason
 * {@code do not call}, and none of them reaches the provider. Prints time and heap figures.
 */
class DoNotCallLargeCampaignTest extends RinggRouteTestSupport {

    static final int LIST_SIZE = 200_000;
    static final int ROWS = 100_000;
    static final int LISTED_EVERY = 100;

    static Path dir;
    static Path dncFile;
    static Path contacts;
    static FileDoNotCallList dnc;

    @BeforeAll
    static void writeFiles() throws IOException {
        dir = Files.createTempDirectory("aivoice-dnc-");
        dncFile = dir.resolve("do-not-call.txt");
        try (BufferedWriter out = Files.newBufferedWriter(dncFile)) {
            out.write("# 1,000 numbers of the campaign, 199,000 others\n");
            for (int row = LISTED_EVERY; row <= ROWS; row += LISTED_EVERY) {
                out.write(number(row) + "\n");
            }
            for (int other = 0; other < LIST_SIZE - ROWS / LISTED_EVERY; other++) {
                out.write("+9197" + String.format("%08d", other) + "\n");
            }
        }
        contacts = dir.resolve("contacts.csv");
        try (BufferedWriter out = Files.newBufferedWriter(contacts)) {
            out.write("Mobile Number,Name,Seq\n");
            for (int row = 1; row <= ROWS; row++) {
                out.write(number(row) + ",Caller " + row + "," + row + "\n");
            }
        }
        dnc = new FileDoNotCallList(dncFile);
    }

    @AfterAll
    static void removeFiles() throws IOException {
        Files.deleteIfExists(dncFile);
        Files.deleteIfExists(contacts);
        Files.deleteIfExists(dir);
    }

    static String number(int row) {
        return "+" + (919_800_000_000L + row);
    }

    Exchange upload(String invalidRows) {
        context.getRegistry().bind("dnc", dnc);
        String uri = "aivoice:ringg:campaign?operation=bulkUpload&agentId=a-1&countryCode=RAW(+91)&campaignName=Big"
                     + "&variablesMap=seq:Seq&doNotCallList=#dnc&invalidRows=" + invalidRows;
        return template.request(uri, e -> {
            e.getMessage().setBody(contacts.toFile());
            e.getMessage().setHeader(AiVoiceConstants.CAMPAIGN, new RinggCampaign()
                    .setCampaignStartTime("01/01/2099, 09:00").setCampaignEndTime("31/01/2099, 18:00"));
        });
    }

    @Test
    void exactlyTheThousandListedRowsAreReportedAndNoneIsUploaded() {
        assertThat(dnc.size()).isEqualTo(LIST_SIZE);
        server.readBodies(BASE + "/campaign/upload-csv", (body, headers) -> scan(body));
        server.answerAlways(Answer.json(200, "{\"bulk_list_id\": \"b-dnc\", \"status\": \"verifying\"}"));
        long started = System.nanoTime();

        Exchange result = upload("drop");

        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(result.getException()).isNull();
        List<?> reported = result.getMessage().getHeader(AiVoiceConstants.INVALID_ROWS, List.class);
        assertThat(reported).hasSize(ROWS / LISTED_EVERY);
        for (int i = 0; i < reported.size(); i++) {
            int row = (i + 1) * LISTED_EVERY;
            assertThat(reported.get(i)).isEqualTo(new InvalidRow(row, number(row), "do not call"));
        }
        long sent = ROWS - ROWS / LISTED_EVERY;
        assertThat(result.getMessage().getHeader(AiVoiceConstants.ROW_COUNT)).isEqualTo(sent);
        assertThat(server.onlyRequest().bodyText()).isEqualTo("rows=" + sent + ";listed=0");
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage.getUsed()).sum();
        long maxHeap = Runtime.getRuntime().maxMemory();
        System.out.printf("do-not-call: %,d-number list, %,d-row campaign, %,d rows reported, %,d uploaded: %,d ms,"
                          + " max heap %d MB, peak heap pools %d MB%n", LIST_SIZE, ROWS, reported.size(), sent, millis,
                maxHeap >> 20, peakHeap >> 20);
        assertThat(maxHeap).as("this test must run in the -Xmx64m execution").isLessThanOrEqualTo(80L << 20);
    }

    @Test
    void withInvalidRowsRejectTheCampaignFailsListingTheThousandRowsAndNothingIsSent() {
        CsvRowsRejectedException rejected = failure(upload("reject"), CsvRowsRejectedException.class);

        assertThat(rejected.getInvalidRows()).hasSize(ROWS / LISTED_EVERY)
                .allSatisfy(row -> assertThat(row.reason()).isEqualTo("do not call"));
        assertThat(rejected.getMessage()).contains("1000 contact row(s) are invalid, nothing was uploaded");
        assertThat(server.requests()).isEmpty();
    }

    /** Counts the CSV rows of the file part as they stream in, and those whose number is on the list. */
    static byte[] scan(InputStream body) throws IOException {
        LongAdder rows = new LongAdder();
        LongAdder listed = new LongAdder();
        MultipartCsvRows.forEach(body, line -> {
            rows.increment();
            if (dnc.contains(line.substring(0, line.indexOf(',')))) {
                listed.increment();
            }
        });
        return ("rows=" + rows.sum() + ";listed=" + listed.sum()).getBytes(StandardCharsets.UTF_8);
    }
}
