package dev.aivoice.camel.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.hc.core5.http.ClassicHttpResponse;

/**
 * Issue 14: a successful answer to a request with {@link ApiRequest#streamAnswer()} (Ringg's call export), handed back
 * unread: its body is the entity's stream, read from the connection as the route reads it, never buffered whole and
 * not bounded by {@code maxAnswerSize}. Closing the stream closes the answer, which gives the connection back (or
 * drops it when the stream was not read to its end). The whole-exchange deadline stops once the headers are in; each
 * read stays bounded by the client's socket timeout.
 */
final class StreamedAnswer {

    private StreamedAnswer() {
    }

    static ApiResponse of(ClassicHttpResponse response) throws IOException {
        InputStream content = new FilterInputStream(response.getEntity().getContent()) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    response.close();
                }
            }
        };
        return new ApiResponse(response.getCode(), response.getHeaders(), new byte[0], content);
    }
}
