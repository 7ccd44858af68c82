package dev.aivoice.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a {@code multipart/form-data} body into its named parts. */
public final class Multipart {

    /** One part: form field name, file name (null for plain fields), bytes. */
    public record Part(String name, String filename, String contentType, byte[] content) {

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"([^\"]+)\"|[^;\\s]+)");
    private static final Pattern NAME = Pattern.compile("[;\\s]name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    private Multipart() {
    }

    /** The parts by name; throws a 422 ApiError when the request is not multipart. */
    public static Map<String, Part> parse(HttpCall call) {
        String contentType = call.header("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw RinggStyle.invalid("body", "file", "expected multipart/form-data, got " + contentType);
        }
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            throw RinggStyle.invalid("body", "file", "multipart/form-data without a boundary");
        }
        String value = boundary.group(2) != null ? boundary.group(2) : boundary.group(1);
        return split(call.body(), ("--" + value).getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Map<String, Part> split(byte[] body, byte[] delimiter) {
        Map<String, Part> parts = new LinkedHashMap<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int contentStart = start + delimiter.length;
            if (contentStart + 1 < body.length && body[contentStart] == '-' && body[contentStart + 1] == '-') {
                break; // closing delimiter
            }
            contentStart = skipLineBreak(body, contentStart);
            int next = indexOf(body, delimiter, contentStart);
            if (next < 0) {
                break;
            }
            int end = next;
            if (end >= 2 && body[end - 2] == '\r' && body[end - 1] == '\n') {
                end -= 2;
            } else if (end >= 1 && body[end - 1] == '\n') {
                end -= 1;
            }
            Part part = part(Arrays.copyOfRange(body, contentStart, end));
            if (part != null) {
                parts.put(part.name(), part);
            }
            start = next;
        }
        return parts;
    }

    private static Part part(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int headerEnd = text.indexOf("\r\n\r\n");
        int separator = 4;
        if (headerEnd < 0) {
            headerEnd = text.indexOf("\n\n");
            separator = 2;
        }
        if (headerEnd < 0) {
            return null;
        }
        String headers = text.substring(0, headerEnd);
        String disposition = null;
        String type = null;
        for (String line : headers.split("\r?\n")) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-disposition:")) {
                disposition = line;
            } else if (lower.startsWith("content-type:")) {
                type = line.substring("content-type:".length()).trim();
            }
        }
        if (disposition == null) {
            return null;
        }
        Matcher name = NAME.matcher(disposition);
        if (!name.find()) {
            return null;
        }
        Matcher filename = FILENAME.matcher(disposition);
        return new Part(name.group(1), filename.find() ? filename.group(1) : null, type,
                Arrays.copyOfRange(raw, headerEnd + separator, raw.length));
    }

    private static int skipLineBreak(byte[] body, int at) {
        if (at < body.length && body[at] == '\r') {
            at++;
        }
        if (at < body.length && body[at] == '\n') {
            at++;
        }
        return at;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
