package dev.aivoice.camel.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * Reads an HTTP request body up to a limit: a declared {@code Content-Length} above it is refused before anything
 * is read, a stream is read only up to one byte past it (so a chunked body without a length is refused too).
 */
public final class BoundedBody {

    /** The body is larger than the limit. */
    public static final class TooLargeException extends IOException {
        TooLargeException(int limit) {
            super(tooLargeMessage(limit));
        }
    }

    private BoundedBody() {
    }

    static String tooLargeMessage(long limit) {
        return "The request body is larger than webhookMaxBodySize (" + limit + " bytes)";
    }

    public static byte[] read(Message message, int limit) throws IOException {
        Long declared = declaredLength(message);
        if (declared != null && declared > limit) {
            throw new TooLargeException(limit);
        }
        Object body = message.getBody();
        byte[] bytes;
        if (body == null) {
            bytes = new byte[0];
        } else if (body instanceof byte[] array) {
            bytes = array;
        } else if (body instanceof InputStream stream) {
            try (InputStream in = stream) {
                // one byte past the limit tells "too large" from "exactly the limit" (no overflow at MAX_VALUE)
                bytes = in.readNBytes(limit == Integer.MAX_VALUE ? limit : limit + 1);
            }
        } else if (body instanceof String text) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else {
            // an engine's own buffer type (Vert.x Buffer, ...): already in memory, converted by the engine's converters
            bytes = message.getBody(byte[].class);
            if (bytes == null) {
                throw new IOException("Cannot read a request body of type " + body.getClass().getName());
            }
        }
        if (bytes.length > limit) {
            throw new TooLargeException(limit);
        }
        return bytes;
    }

    private static Long declaredLength(Message message) {
        Object value = message.getHeader(Exchange.CONTENT_LENGTH);
        return value == null ? null : parseLength(value.toString());
    }

    /** A {@code Content-Length} value; null when it is not a number (the body is then counted as it is read). */
    static Long parseLength(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
