package dev.aivoice.camel.ringg;

import dev.aivoice.camel.provider.OperationContext;

/**
 * An id as one path segment of a Ringg URL. {@code .} and {@code ..} are refused: percent-encoding leaves them as
 * they are, and a server would read {@code DELETE /agent/..} as a request on the parent path.
 */
public final class PathIds {

    private PathIds() {
    }

    public static String segment(OperationContext context, String field, String id) {
        if (".".equals(id) || "..".equals(id)) {
            throw context.validator().invalid(field, "must not be '.' or '..' (in a URL path they mean 'this' and"
                                                     + " 'parent'); was '" + id + "'");
        }
        return OperationContext.pathSegment(id);
    }
}
