package dev.aivoice.camel.ringg.campaign;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import dev.aivoice.camel.validation.FieldValidator;

/**
 * The contacts of a campaign upload, readable more than once (checked first, then streamed), without ever holding
 * a file in memory. Bodies: a {@code List<Map>} (keys are the columns), CSV text, a {@code File}, a {@code Path},
 * or an {@code InputStream}/{@code byte[]} (spooled to a temporary file, deleted on {@link #close()}).
 */
abstract class ContactRows implements Closeable {

    /** Rows of the header's width, in order; closing releases the file. */
    interface Cursor extends Iterator<List<String>>, Closeable {
    }

    abstract List<String> header();

    abstract Cursor rows();

    abstract String fileName();

    @Override
    public void close() throws IOException {
    }

    static ContactRows of(Object body, FieldValidator validator) throws IOException {
        if (body instanceof List<?> list) {
            return new MapRows(list, validator);
        }
        if (body instanceof CharSequence text) {
            String csv = text.toString();
            return new CsvRows(() -> new StringReader(csv), "contacts.csv", null);
        }
        if (body instanceof File file) {
            return ofPath(file.toPath(), validator);
        }
        if (body instanceof Path path) {
            return ofPath(path, validator);
        }
        if (body instanceof byte[] bytes) {
            return new CsvRows(() -> new StringReader(new String(bytes, StandardCharsets.UTF_8)), "contacts.csv", null);
        }
        if (body instanceof InputStream stream) {
            Path spool = Files.createTempFile("aivoice-contacts-", ".csv");
            try (stream) {
                Files.copy(stream, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(spool);
                throw e;
            }
            return new CsvRows(() -> Files.newBufferedReader(spool, StandardCharsets.UTF_8), "contacts.csv", spool);
        }
        throw validator.invalid("body", "must be the contacts: a List of Maps, CSV text, a File, a Path or an"
                                        + " InputStream; was " + (body == null ? "empty" : body.getClass().getName()));
    }

    private static ContactRows ofPath(Path path, FieldValidator validator) throws IOException {
        if (!Files.isReadable(path)) {
            throw validator.invalid("body", "names a file that cannot be read: " + path);
        }
        return new CsvRows(() -> Files.newBufferedReader(path, StandardCharsets.UTF_8), path.getFileName().toString(),
                null);
    }

    /** Opens a fresh reader each time the rows are walked. */
    @FunctionalInterface
    interface ReaderSource {
        Reader open() throws IOException;
    }

    /** CSV text from a reader: the first record is the header (names trimmed). */
    static final class CsvRows extends ContactRows {
        private final ReaderSource source;
        private final String fileName;
        private final Path deleteOnClose;
        private final List<String> header;

        CsvRows(ReaderSource source, String fileName, Path deleteOnClose) throws IOException {
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
                reader.next();
                return new Cursor() {
                    private List<String> next = reader.next();

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

    /** Maps keyed by column name; the columns are every key, in first-seen order. */
    static final class MapRows extends ContactRows {
        private final List<?> rows;
        private final List<String> header;

        MapRows(List<?> rows, FieldValidator validator) {
            this.rows = rows;
            Set<String> columns = new LinkedHashSet<>();
            for (int i = 0; i < rows.size(); i++) {
                if (!(rows.get(i) instanceof Map<?, ?> map)) {
                    throw validator.invalid("body[" + i + "]", "must be a Map of column name to value; was "
                                                               + (rows.get(i) == null ? "null"
                                                                       : rows.get(i).getClass().getSimpleName()));
                }
                map.keySet().forEach(key -> columns.add(String.valueOf(key).strip()));
            }
            this.header = List.copyOf(columns);
        }

        @Override
        List<String> header() {
            return header;
        }

        @Override
        String fileName() {
            return "contacts.csv";
        }

        @Override
        Cursor rows() {
            Iterator<?> items = rows.iterator();
            return new Cursor() {
                @Override
                public boolean hasNext() {
                    return items.hasNext();
                }

                @Override
                public List<String> next() {
                    Map<?, ?> map = (Map<?, ?>) items.next();
                    List<String> row = new ArrayList<>(header.size());
                    for (String column : header) {
                        Object value = map.containsKey(column) ? map.get(column) : lookupTrimmed(map, column);
                        row.add(value == null ? "" : value.toString());
                    }
                    return row;
                }

                @Override
                public void close() {
                }
            };
        }

        private static Object lookupTrimmed(Map<?, ?> map, String column) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (String.valueOf(entry.getKey()).strip().equals(column)) {
                    return entry.getValue();
                }
            }
            return null;
        }
    }
}
