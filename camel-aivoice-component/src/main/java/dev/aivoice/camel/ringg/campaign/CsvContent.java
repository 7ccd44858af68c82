package dev.aivoice.camel.ringg.campaign;

import java.io.IOException;
import java.io.InputStream;
import java.util.BitSet;
import java.util.List;

/**
 * The CSV file part, generated row by row as the HTTP client reads it: the header, then every row the check kept.
 * Only one row is in memory at a time.
 */
final class CsvContent extends InputStream {

    private final ContactRows.Cursor rows;
    private final BitSet skip;
    private byte[] buffer;
    private int position;
    private long row;

    CsvContent(ContactRows contacts, List<String> header, BitSet skip) {
        this.rows = contacts.rows();
        this.skip = skip;
        this.buffer = CsvLine.encode(header);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        // fill the caller's whole buffer: the HTTP client sends each read as one chunk, one row each was slow
        int filled = 0;
        while (filled < length && buffer != null) {
            if (position >= buffer.length) {
                buffer = nextLine();
                position = 0;
                continue;
            }
            int n = Math.min(length - filled, buffer.length - position);
            System.arraycopy(buffer, position, target, offset + filled, n);
            position += n;
            filled += n;
        }
        return filled == 0 ? -1 : filled;
    }

    private byte[] nextLine() {
        while (rows.hasNext()) {
            List<String> values = rows.next();
            row++;
            if (!skip.get(Math.toIntExact(row))) {
                return CsvLine.encode(values);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
