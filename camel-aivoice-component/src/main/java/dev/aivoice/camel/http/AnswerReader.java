package dev.aivoice.camel.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

import org.apache.hc.core5.http.HttpEntity;

/**
 * Reads an answer's body into memory, never more than a limit: a longer answer fails as soon as it passes it. It never
 * closes the stream itself: closing an unfinished answer would read it to its end, so the transport drops the
 * connection first.
 */
final class AnswerReader {

    private static final byte[] EMPTY = new byte[0];
    private static final int FIRST_BUFFER = 8192;

    private AnswerReader() {
    }

    static byte[] read(HttpEntity entity, long limit) throws IOException {
        if (entity == null) {
            return EMPTY;
        }
        long announced = entity.getContentLength();
        if (announced > limit) {
            throw new AnswerTooLargeException(limit, announced);
        }
        InputStream in = entity.getContent();
        if (in == null) {
            return EMPTY;
        }
        byte[] buffer = new byte[(int) (announced >= 0 ? announced : Math.min(FIRST_BUFFER, limit))];
        int length = 0;
        while (true) {
            if (length == buffer.length) {
                // full: grow only when the answer goes on (an announced length fills the buffer exactly)
                int next = in.read();
                if (next < 0) {
                    return buffer;
                }
                if (length >= limit) {
                    throw new AnswerTooLargeException(limit, announced);
                }
                buffer = Arrays.copyOf(buffer, (int) Math.min(limit, Math.max(FIRST_BUFFER, (long) length * 2)));
                buffer[length++] = (byte) next;
                continue;
            }
            int read = in.read(buffer, length, buffer.length - length);
            if (read < 0) {
                return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
            }
            length += read;
        }
    }
}
