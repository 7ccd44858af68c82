package dev.aivoice.camel.ringg.campaign;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import dev.aivoice.camel.validation.FieldValidator;
import org.apache.camel.WrappedFile;

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
        if (body instanceof WrappedFile<?> wrapped && wrapped.getFile() instanceof File file) {
            body = file;   // from("file:...") hands over a GenericFile (found by the README's campaign snippet test)
        }
        if (body instanceof List<?> list) {
            return new MapContactRows(list, validator);
        }
        if (body instanceof CharSequence text) {
            String csv = text.toString();
            return new CsvContactRows(() -> new StringReader(csv), "contacts.csv", null);
        }
        if (body instanceof File file) {
            return ofPath(file.toPath(), validator);
        }
        if (body instanceof Path path) {
            return ofPath(path, validator);
        }
        if (body instanceof byte[] bytes) {
            String csv = new String(bytes, StandardCharsets.UTF_8);
            return new CsvContactRows(() -> new StringReader(csv), "contacts.csv", null);
        }
        if (body instanceof InputStream stream) {
            Path spool = Files.createTempFile("aivoice-contacts-", ".csv");
            try (stream) {
                Files.copy(stream, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                Files.deleteIfExists(spool);
                throw e;
            }
            try {
                return new CsvContactRows(() -> Files.newBufferedReader(spool, StandardCharsets.UTF_8), "contacts.csv",
                        spool);
            } catch (IOException | RuntimeException unreadable) {
                Files.deleteIfExists(spool);
                throw unreadable;
            }
        }
        throw validator.invalid("body", "must be the contacts: a List of Maps, CSV text, a File, a Path or an"
                                        + " InputStream; was " + (body == null ? "empty" : body.getClass().getName()));
    }

    private static ContactRows ofPath(Path path, FieldValidator validator) throws IOException {
        if (!Files.isReadable(path)) {
            throw validator.invalid("body", "names a file that cannot be read: " + path);
        }
        return new CsvContactRows(() -> Files.newBufferedReader(path, StandardCharsets.UTF_8), path.getFileName().toString(),
                null);
    }

    /** Opens a fresh reader each time the rows are walked. */
    @FunctionalInterface
    interface ReaderSource {
        Reader open() throws IOException;
    }
}
