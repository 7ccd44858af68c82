package dev.aivoice.camel.ringg.campaign;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A {@code multipart/form-data} body whose file part is streamed: the HTTP client reads the parts through an
 * {@link InputStream} as it sends, and announces the exact length (no chunked encoding). The boundary
 * is random and set in {@link #contentType()}.
 */
final class MultipartBody {

    private final String boundary = "aivoice-" + UUID.randomUUID().toString().replace("-", "");
    private final Map<String, String> fields = new LinkedHashMap<>();
    private String fileField;
    private String fileName;
    private Supplier<InputStream> fileContent;
    private long fileLength;

    MultipartBody field(String name, String value) {
        if (value != null) {
            fields.put(name, value);
        }
        return this;
    }

    MultipartBody file(String name, String filename, Supplier<InputStream> content, long length) {
        this.fileField = name;
        this.fileName = filename;
        this.fileContent = content;
        this.fileLength = length;
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The whole body's length in bytes. */
    long length() {
        return head().length + fileLength + tail().length;
    }

    /** The whole body, read once as it is sent. */
    InputStream open() {
        return new SequenceInputStream(java.util.Collections.enumeration(List.of(
                new ByteArrayInputStream(head()), fileContent.get(), new ByteArrayInputStream(tail()))));
    }

    private byte[] tail() {
        return ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The text fields, then the file part's headers. */
    private byte[] head() {
        StringBuilder head = new StringBuilder();
        fields.forEach((name, value) -> head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        head.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(fileField).append("\"; filename=\"")
                .append(fileName.replace("\"", "")).append("\"\r\n")
                .append("Content-Type: text/csv\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }
}
