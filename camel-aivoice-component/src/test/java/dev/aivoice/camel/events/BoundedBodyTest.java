package dev.aivoice.camel.events;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The body limit: declared length first, then a bounded read of a stream. */
class BoundedBodyTest {

    final DefaultMessage message = new DefaultMessage(new DefaultCamelContext());
    final AtomicInteger bytesRead = new AtomicInteger();

    /** A body of {@code size} bytes that counts what is read of it. */
    InputStream countingBody(int size) {
        return new ByteArrayInputStream(new byte[size]) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                int n = super.read(b, off, len);
                bytesRead.addAndGet(Math.max(n, 0));
                return n;
            }
        };
    }

    @Test
    void declaredLengthAboveTheLimitIsRefusedWithoutReading() {
        message.setHeader(Exchange.CONTENT_LENGTH, "5000");
        message.setBody(countingBody(5000));

        assertThatThrownBy(() -> BoundedBody.read(message, 1024)).isInstanceOf(BoundedBody.TooLargeException.class)
                .hasMessage("The request body is larger than webhookMaxBodySize (1024 bytes)");
        assertThat(bytesRead).hasValue(0);
    }

    @Test
    void streamWithoutLengthIsReadOnlyOneBytePastTheLimit() {
        message.setBody(countingBody(1_000_000));

        assertThatThrownBy(() -> BoundedBody.read(message, 1024)).isInstanceOf(BoundedBody.TooLargeException.class);
        assertThat(bytesRead).hasValue(1025);
    }

    @Test
    void bodyAtTheLimitIsReadWhole() throws Exception {
        message.setBody(countingBody(1024));

        assertThat(BoundedBody.read(message, 1024)).hasSize(1024);
    }
}
