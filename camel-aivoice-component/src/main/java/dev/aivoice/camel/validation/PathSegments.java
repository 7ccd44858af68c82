package dev.aivoice.camel.validation;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Ids that go into a URL path as one segment. Percent-encoding keeps a slash or a space inside the segment, but
 * {@code .} and {@code ..} would still be read as "this" and "parent" by the servers on the way (and
 * {@code %2E%2E} is decoded back to {@code ..} by many of them), so those two are refused as ids: no provider
 * issues them.
 */
public final class PathSegments {

    private PathSegments() {
    }

    /**
     * The id as one percent-encoded path segment.
     *
     * @throws dev.aivoice.camel.AiVoiceValidationException naming the field when the id is {@code .} or {@code ..}
     */
    public static String of(FieldValidator validator, String field, String id) {
        if (isDotSegment(id)) {
            throw validator.invalid(field, "must not be '.' or '..' (they are not ids: in a URL path they mean"
                                           + " 'this' and 'parent'); was " + FieldValidator.quote(id));
        }
        return encode(id);
    }

    /**
     * The value as one percent-encoded path segment.
     *
     * @throws IllegalArgumentException when the value is {@code .} or {@code ..}
     */
    public static String encode(String value) {
        if (isDotSegment(value)) {
            throw new IllegalArgumentException("'" + value + "' cannot be a path segment: it means 'this' or"
                                               + " 'parent' in a URL path");
        }
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static boolean isDotSegment(String value) {
        return ".".equals(value) || "..".equals(value);
    }
}
