package dev.aivoice.camel.test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a recorded multipart/form-data body into its parts, for assertions. */
public final class Multipart {

    /** One part: its form name, file name (null for fields), content type (null for fields) and content. */
    public record Part(String name, String filename, String contentType, String content) {
    }

    private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"");

    private Multipart() {
    }

    public static String boundary(String contentType) {
        int at = contentType.indexOf("boundary=");
        if (at < 0) {
            throw new AssertionError("no boundary in " + contentType);
        }
        return contentType.substring(at + "boundary=".length()).replace("\"", "").trim();
    }

    public static Map<String, Part> parse(byte[] body, String contentType) {
        String text = new String(body, StandardCharsets.UTF_8);
        String delimiter = "--" + boundary(contentType);
        String closing = "\r\n" + delimiter + "--\r\n";
        if (!text.startsWith(delimiter + "\r\n") || !text.endsWith(closing)) {
            throw new AssertionError("not a complete multipart body");
        }
        Map<String, Part> parts = new LinkedHashMap<>();
        String[] chunks = text.substring(delimiter.length() + 2, text.length() - closing.length())
                .split("\r\n" + Pattern.quote(delimiter) + "\r\n", -1);
        for (String part : chunks) {
            int end = part.indexOf("\r\n\r\n");
            String head = part.substring(0, end);
            String content = part.substring(end + 4);
            Matcher name = NAME.matcher(head);
            Matcher filename = FILENAME.matcher(head);
            String type = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring("content-type:".length()).trim()).findFirst().orElse(null);
            name.find();
            parts.put(name.group(1), new Part(name.group(1), filename.find() ? filename.group(1) : null, type, content));
        }
        return parts;
    }
}
