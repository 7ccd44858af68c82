package dev.aivoice.camel.ringg.campaign;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes, CRLF or LF) one at a time,
 * so that a file of any size is never held in memory. Blank lines are skipped; a leading byte order mark is dropped.
 */
final class CsvReader implements Closeable {

    private final Reader in;
    /** Read in blocks: a per-character Reader.read() takes the reader's lock each time and dominated uploads. */
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private final StringBuilder field = new StringBuilder();
    private int pushedBack = -2;
    private boolean first = true;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end. */
    List<String> next() throws IOException {
        List<String> record = new ArrayList<>();
        field.setLength(0);
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = read();
            if (c == -1) {
                if (!any && field.length() == 0 && record.isEmpty()) {
                    return null;
                }
                record.add(field.toString());
                return record;
            }
            if (quoted) {
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        unread(after);
                    }
                } else {
                    field.append((char) c);
                }
                continue;
            }
            if (c == '"' && field.length() == 0) {
                quoted = true;
                any = true;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        unread(after);
                    }
                }
                if (!any && field.length() == 0 && record.isEmpty()) {
                    continue;
                }
                record.add(field.toString());
                return record;
            } else {
                field.append((char) c);
                any = true;
            }
        }
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        int c = nextChar();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = nextChar();
            }
        }
        return c;
    }

    private int nextChar() throws IOException {
        while (position == limit) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return -1;
            }
            position = 0;
            limit = n;
        }
        return buffer[position++];
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
