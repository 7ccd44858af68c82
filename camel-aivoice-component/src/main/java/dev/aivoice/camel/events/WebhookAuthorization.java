package dev.aivoice.camel.events;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The {@code Authorization} of a webhook request, taken only from the HTTP header. platform-http copies query
 * parameters and form fields into the message headers under their own names, so {@code ?Authorization=Bearer+x}
 * would otherwise pass for the header (and a token in a query string ends up in access logs). A request that
 * carries such a parameter or field, or the header twice, presents no token.
 */
final class WebhookAuthorization {

    static final String HEADER = "Authorization";

    private WebhookAuthorization() {
    }

    /** The header's value when it can only have come from the HTTP header itself; otherwise null. */
    static String presented(Message request) {
        if (inQuery(request.getHeader(Exchange.HTTP_QUERY, String.class))
                || inQuery(request.getHeader(Exchange.HTTP_RAW_QUERY, String.class)) || isForm(request)) {
            return null;
        }
        // a list: the header twice, or once and again as a parameter the engine merged in
        return request.getHeader(HEADER) instanceof String value ? value : null;
    }

    private static boolean inQuery(String query) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            try {
                name = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException badEscape) {
                // compare it as sent
            }
            if (HEADER.equalsIgnoreCase(name.strip())) {
                return true;
            }
        }
        return false;
    }

    /** Form fields are copied into headers too; webhook events are JSON, never forms. */
    private static boolean isForm(Message request) {
        String type = request.getHeader(Exchange.CONTENT_TYPE, String.class);
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT).strip();
        return lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/form-data");
    }
}
