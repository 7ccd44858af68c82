package dev.aivoice.camel.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Reads the data rows of the {@code text/csv} part of a multipart body as it streams in, keeping none of them: for
 * tests whose uploads are larger than the heap.
 */
public final class MultipartCsvRows {

    private MultipartCsvRows() {
    }

    /** Hands each non-empty CSV row after the header line to {@code row}, in order. */
    public static void forEach(InputStream body, Consumer<String> row) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        boolean inFile = false;
        boolean header = false;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!inFile) {
                if (line.equals("Content-Type: text/csv")) {
                    lines.readLine();
                    inFile = true;
                    header = true;
                }
            } else if (line.startsWith("--aivoice-")) {
                inFile = false;
            } else if (header) {
                header = false;
            } else if (!line.isEmpty()) {
                row.accept(line);
            }
        }
    }
}
