package dev.aivoice.camel.ringg;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.ringg.model.InvalidRow;
import dev.aivoice.camel.ringg.model.RinggBulkUpload;
import dev.aivoice.camel.ringg.model.RinggCampaign;
import dev.aivoice.camel.test.MultipartCsvRows;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streams a 200,000-row contact upload through a route in a JVM with a 64 MB heap (its own surefire execution): the
 * contacts come from a generated stream, the server counts rows while the body streams in, and every valid row
 * must arrive. Prints duration and heap figures; asserts only what was received.
 */
class RinggLargeUploadTest extends RinggRouteTestSupport {

    static final int ROWS = 200_000;
    static final int BAD_EVERY = 50_000;
    /** Makes every row about 370 bytes, so the CSV (about 74 MB) is larger than the whole 64 MB heap. */
    static final String NOTES = "x".repeat(340);

    @Test
    void twoHundredThousandRowCampaignUploadStreamsEveryRowWithinASmallHeap() {
        server.readBodies(BASE + "/campaign/upload-csv", (body, headers) -> countRows(body));
        server.answerAlways(Answer.json(200, "{\"bulk_list_id\": \"b-big\", \"status\": \"verifying\"}"));
        long started = System.nanoTime();

        String uri = "aivoice:ringg:campaign?operation=bulkUpload&invalidRows=drop&agentId=a-1&countryCode=RAW(+91)"
                     + "&campaignName=Big&variablesMap=seq:Seq";
        Exchange result = template.request(uri, e -> {
            e.getMessage().setBody(new GeneratedContacts());
            e.getMessage().setHeader(AiVoiceConstants.CAMPAIGN, new RinggCampaign()
                    .setCampaignStartTime("01/01/2099, 09:00").setCampaignEndTime("31/01/2099, 18:00"));
        });

        long millis = (System.nanoTime() - started) / 1_000_000;
        assertThat(result.getException()).isNull();
        int bad = ROWS / BAD_EVERY;
        long sent = ROWS - bad;
        long expectedSum = (long) ROWS * (ROWS + 1) / 2;
        for (int row = BAD_EVERY; row <= ROWS; row += BAD_EVERY) {
            expectedSum -= row;
        }
        assertThat(server.onlyRequest().bodyText()).isEqualTo("rows=" + sent + ";sum=" + expectedSum);
        long bodyBytes = Long.parseLong(server.onlyRequest().header("Content-Length"));
        assertThat(bodyBytes).as("the upload is larger than the heap").isGreaterThan(Runtime.getRuntime().maxMemory());
        assertThat(result.getMessage().getHeader(AiVoiceConstants.ROW_COUNT)).isEqualTo(sent);
        List<?> dropped = result.getMessage().getHeader(AiVoiceConstants.INVALID_ROWS, List.class);
        assertThat(dropped).hasSize(bad);
        assertThat(((InvalidRow) dropped.get(0)).row()).isEqualTo(BAD_EVERY);
        assertThat(result.getMessage().getBody(RinggBulkUpload.class).getBulkListId()).isEqualTo("b-big");

        long maxHeap = Runtime.getRuntime().maxMemory();
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage.getUsed()).sum();
        System.out.printf("Ringg %,d-row campaign upload (%,d sent, %d MB multipart): %,d ms, max heap %d MB,"
                          + " peak heap pools %d MB%n", ROWS, sent, bodyBytes >> 20, millis, maxHeap >> 20, peakHeap >> 20);
        assertThat(maxHeap).as("this test must run in the -Xmx64m execution").isLessThanOrEqualTo(80L << 20);
    }

    /** Counts the CSV rows of the file part as they stream in and sums the Seq column; keeps nothing else. */
    static byte[] countRows(InputStream body) throws IOException {
        LongAdder rows = new LongAdder();
        LongAdder sum = new LongAdder();
        MultipartCsvRows.forEach(body, line -> {
            rows.increment();
            sum.add(Long.parseLong(line.substring(line.lastIndexOf(',') + 1)));
        });
        return ("rows=" + rows.sum() + ";sum=" + sum.sum()).getBytes(StandardCharsets.UTF_8);
    }

    /** {@value #ROWS} contact rows, generated as they are read; every {@value #BAD_EVERY}th number lacks its plus. */
    static final class GeneratedContacts extends InputStream {
        private byte[] line = "Mobile Number,Name,Notes,Seq\n".getBytes(StandardCharsets.UTF_8);
        private int position;
        private int row;

        @Override
        public int read() {
            while (line != null && position >= line.length) {
                line = ++row > ROWS ? null : row(row);
                position = 0;
            }
            return line == null ? -1 : line[position++] & 0xff;
        }

        private static byte[] row(int row) {
            String number = (row % BAD_EVERY == 0 ? "" : "+") + (919_800_000_000L + row);
            return (number + ",Caller " + row + "," + NOTES + "," + row + "\n").getBytes(StandardCharsets.UTF_8);
        }
    }
}
