package dev.aivoice.camel.ringg.campaign;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.List;

import dev.aivoice.camel.validation.FieldValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV file part is produced in whole buffers (the HTTP client sends every read as one chunk) and read back in
 * blocks, yet row for row the same text.
 */
class CsvStreamingTest {

    static final String CSV = "\uFEFFMobile Number,Name\n+14155550100,\"Doe, Jane\"\r\n+14155550101,B\n\n+14155550102,C";
    static final String SENT = "Mobile Number,Name\r\n+14155550100,\"Doe, Jane\"\r\n+14155550101,B\r\n+14155550102,C\r\n";

    static ContactRows contacts() throws Exception {
        return ContactRows.of(CSV, new FieldValidator("ringg", "campaign/upload"));
    }

    @Test
    void oneReadFillsTheCallersBufferWithEveryRowThatFits() throws Exception {
        try (ContactRows contacts = contacts();
             CsvContent content = new CsvContent(contacts, contacts.header(), new BitSet())) {
            byte[] buffer = new byte[16 * 1024];

            int n = content.read(buffer, 0, buffer.length);

            assertThat(new String(buffer, 0, n, StandardCharsets.UTF_8)).isEqualTo(SENT);
            assertThat(content.read(buffer, 0, buffer.length)).isEqualTo(-1);
        }
    }

    @Test
    void smallReadsAreFullAndAddUpToTheSameTextWithSkippedRowsLeftOut() throws Exception {
        BitSet skip = new BitSet();
        skip.set(2);
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        try (ContactRows contacts = contacts(); CsvContent content = new CsvContent(contacts, contacts.header(), skip)) {
            byte[] buffer = new byte[7];
            for (int n = content.read(buffer, 0, 7); n > 0; n = content.read(buffer, 0, 7)) {
                sent.write(buffer, 0, n);
                assertThat(n == 7 || content.read(new byte[1], 0, 1) == -1).as("only the last read is short").isTrue();
            }
        }

        assertThat(sent.toString(StandardCharsets.UTF_8)).isEqualTo(SENT.replace("+14155550101,B\r\n", ""));
    }

    @Test
    void csvReaderReadsQuotedFieldsAcrossItsBlocks() throws Exception {
        String longName = "x".repeat(20_000);
        try (CsvReader reader = new CsvReader(new java.io.StringReader("a,b\n\"" + longName + "\",\"q\"\"\"\n"))) {
            assertThat(reader.next()).containsExactly("a", "b");
            assertThat(reader.next()).isEqualTo(List.of(longName, "q\""));
            assertThat(reader.next()).isNull();
        }
    }
}
