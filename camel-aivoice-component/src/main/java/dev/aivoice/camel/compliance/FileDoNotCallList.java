package dev.aivoice.camel.compliance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;

import dev.aivoice.camel.validation.FieldValidator;

/**
 * A do-not-call list read from a text file once, held in memory: one number per line in E.164 (spaces, dashes, dots
 * and parentheses are ignored, so {@code +1 (415) 555-0199} is fine); blank lines and lines starting with {@code #}
 * are skipped. Numbers are kept as a sorted array of longs (8 bytes each: 200,000 numbers take 1.6 MB) and looked up
 * by binary search.
 */
public final class FileDoNotCallList implements DoNotCallList {

    private final long[] numbers;
    private final String source;

    /** Reads the file now; fails naming the first line that is not a number. */
    public FileDoNotCallList(Path file) {
        this.source = file.toString();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            this.numbers = read(reader, source);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the do-not-call list " + file + ": " + e.getMessage(), e);
        }
    }

    /** For bean definitions: {@code #class:dev.aivoice.camel.compliance.FileDoNotCallList('/data/dnc.txt')}. */
    public FileDoNotCallList(String file) {
        this(Path.of(file));
    }

    /** A list of the given numbers (tests, or numbers gathered elsewhere). */
    public static FileDoNotCallList of(Collection<String> e164Numbers) {
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(String.join("\n", e164Numbers)))) {
            return new FileDoNotCallList(read(reader, "the given numbers"), "the given numbers");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FileDoNotCallList(long[] numbers, String source) {
        this.numbers = numbers;
        this.source = source;
    }

    private static long[] read(BufferedReader reader, String source) throws IOException {
        long[] read = new long[1024];
        int size = 0;
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            long key = key(text.replaceAll("[\\s().-]", ""));
            if (key < 0) {
                throw new IllegalArgumentException("Do-not-call list " + source + ", line " + lineNumber + ": "
                                                   + FieldValidator.quote(text) + " is not an E.164 number (+, country"
                                                   + " code, digits)");
            }
            if (size == read.length) {
                read = Arrays.copyOf(read, size * 2);
            }
            read[size++] = key;
        }
        long[] sorted = Arrays.copyOf(read, size);
        Arrays.sort(sorted);
        return sorted;
    }

    /** The digits as a long (E.164 has at most 15 and never starts with 0, so this is one-to-one); -1 if not E.164. */
    private static long key(String e164) {
        if (e164 == null || !FieldValidator.E164.matcher(e164).matches()) {
            return -1;
        }
        return Long.parseLong(e164, 1, e164.length(), 10);
    }

    @Override
    public boolean contains(String e164) {
        long key = key(e164);
        return key >= 0 && Arrays.binarySearch(numbers, key) >= 0;
    }

    /** How many numbers (duplicates included) were read. */
    public int size() {
        return numbers.length;
    }

    @Override
    public String toString() {
        return "FileDoNotCallList[" + source + ", " + numbers.length + " numbers]";
    }
}
