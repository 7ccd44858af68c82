package dev.aivoice.sandbox.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Routes the requests under one provider prefix to handlers by method and path pattern ({@code /agent/{agent_id}}).
 * Routes are tried in the order they were added, so literal paths go before patterns that would also match them.
 */
public final class Router {

    /** Answers one request. */
    @FunctionalInterface
    public interface Handler {
        Reply handle(HttpCall call);
    }

    /** Checks a request before its handler runs: null to let it through, or the error answer. */
    @FunctionalInterface
    public interface Guard {
        Reply check(HttpCall call);
    }

    private record Route(String method, String[] segments, Handler handler) {
    }

    private final String prefix;
    private final Guard guard;
    private final List<Route> routes = new ArrayList<>();

    public Router(String prefix, Guard guard) {
        this.prefix = prefix;
        this.guard = guard;
    }

    public String prefix() {
        return prefix;
    }

    public Router add(String method, String pattern, Handler handler) {
        routes.add(new Route(method, split(pattern), handler));
        return this;
    }

    /** The answer for a path below this prefix, empty when no route has that path. */
    public Optional<Reply> dispatch(HttpCall call) {
        String[] path = split(call.path());
        boolean pathKnown = false;
        for (Route route : routes) {
            if (!matches(route.segments(), path, null)) {
                continue;
            }
            pathKnown = true;
            if (!route.method().equals(call.method())) {
                continue;
            }
            matches(route.segments(), path, call);
            Reply denied = guard.check(call);
            if (denied != null) {
                return Optional.of(denied);
            }
            try {
                return Optional.of(route.handler().handle(call));
            } catch (ApiError error) {
                return Optional.of(error.reply());
            }
        }
        return pathKnown ? Optional.of(RinggStyle.detail(405, "Method Not Allowed")) : Optional.empty();
    }

    private static boolean matches(String[] pattern, String[] path, HttpCall bindTo) {
        if (pattern.length != path.length) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            String part = pattern[i];
            if (part.startsWith("{") && part.endsWith("}")) {
                if (bindTo != null) {
                    bindTo.pathVariable(part.substring(1, part.length() - 1), path[i]);
                }
            } else if (!part.equals(path[i])) {
                return false;
            }
        }
        return true;
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }
}
