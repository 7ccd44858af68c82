package dev.aivoice.camel.provider;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.Message;

/**
 * The result headers of one exchange's operation (call id, status, list id, paging, ...), written to the message by
 * the {@link Operation} once the operation ends, also when it failed (e.g. the list id of an upload whose start
 * failed, so that the start alone can be retried). A null value removes the header.
 */
public final class OperationResult {

    /** Made on the first header: many operations write none. */
    private Map<String, Object> headers;

    /** Sets the header, or removes it when {@code value} is null. */
    public synchronized OperationResult header(String name, Object value) {
        if (headers == null) {
            headers = new LinkedHashMap<>();
        }
        headers.put(name, value);
        return this;
    }

    /** Sets the header unless {@code value} is null (a header set before stays). */
    public OperationResult headerIfPresent(String name, Object value) {
        return value == null ? this : header(name, value);
    }

    synchronized void writeTo(Message message) {
        if (headers == null) {
            return;
        }
        headers.forEach((name, value) -> {
            if (value == null) {
                message.removeHeader(name);
            } else {
                message.setHeader(name, value);
            }
        });
    }
}
