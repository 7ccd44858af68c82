package dev.aivoice.camel.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A campaign contact CSV of the documented shape ({@code Mobile Number} plus variable columns), written once. */
public final class ContactsFile {

    static final String HEADER = "Mobile Number,Name,Policy";
    /** Assistant variable to CSV column, as the {@code variablesMap} option spells it. */
    static final String VARIABLES_MAP = "callee_name:Name,policy_id:Policy";

    private ContactsFile() {
    }

    public static Path write(int rows) throws IOException {
        Path file = Files.createTempFile("aivoice-bench-contacts-", ".csv");
        file.toFile().deleteOnExit();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int row = 1; row <= rows; row++) {
                out.write("+9198" + (10_000_000 + row) + ",Caller " + row + ",P-" + row + "\n");
            }
        }
        return file;
    }
}
