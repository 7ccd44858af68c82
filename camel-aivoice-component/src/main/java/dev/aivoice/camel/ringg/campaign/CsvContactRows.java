package dev.aivoice.camel.ringg.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/** CSV text from a reader: the first record is the header (names trimmed). */
final class CsvContactRows extends ContactRows {
    private final ContactRows.ReaderSource source;
    private final String fileName;
    private final Path deleteOnClose;
    private final List<String> header;

    CsvContactRows(ContactRows.ReaderSource source, String fileName, Path deleteOnClose) throws IOException {
        this.source = source;
        this.fileName = fileName;
        this.deleteOnClose = deleteOnClose;
        try (CsvReader reader = new CsvReader(source.open())) {
            List<String> names = reader.next();
            this.header = names == null ? List.of() : names.stream().map(String::strip).toList();
        }
    }

    @Override
    List<String> header() {
        return header;
    }

    @Override
    String fileName() {
        return fileName;
    }

    @Override
    Cursor rows() {
        try {
            CsvReader reader = new CsvReader(source.open());
            List<String> first;
            try {
                reader.next();
                first = reader.next();
            } catch (IOException | RuntimeException unreadable) {
                reader.close();
                throw unreadable;
            }
            return new Cursor() {
                private List<String> next = first;

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public List<String> next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    List<String> row = next;
                    try {
                        next = reader.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return row;
                }

                @Override
                public void close() throws IOException {
                    reader.close();
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        if (deleteOnClose != null) {
            Files.deleteIfExists(deleteOnClose);
        }
    }
}
