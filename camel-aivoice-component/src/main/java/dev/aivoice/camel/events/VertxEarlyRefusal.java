package dev.aivoice.camel.events;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ObjIntConsumer;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On platform-http's Vert.x engine (Camel Main, Quarkus): a route on the webhook's path, ordered before the one
 * platform-http adds, that answers a missing or wrong token (401) and a declared {@code Content-Length} above
 * {@code webhookMaxBodySize} (413) from the request's headers alone, before the engine's body handler reads a byte
 * of the body, and closes the connection. Requests that pass go on to platform-http unchanged. Only loaded when
 * Vert.x Web is on the class path (see {@link EarlyRefusal}).
 */
final class VertxEarlyRefusal {

    private static final Logger LOG = LoggerFactory.getLogger(VertxEarlyRefusal.class);

    /** Before any route of the engine's (they start at 0), so it runs before the body handler. */
    static final int ORDER = -1_000_000;

    private VertxEarlyRefusal() {
    }

    /**
     * Adds the refusing route on the path to every Vert.x router in the registry (platform-http binds its own).
     *
     * @param  token   null when authentication is disabled
     * @param  refused told of each refusal: the caller's address and the status (issue 11)
     * @return         removes the routes again; a no-op when there was no router
     */
    static Runnable install(CamelContext context, String path, BearerToken token, long maxBodySize,
                            ObjIntConsumer<String> refused) {
        List<Route> routes = new ArrayList<>();
        for (Router router : context.getRegistry().findByType(Router.class)) {
            routes.add(router.route(path).order(ORDER)
                    .handler(ctx -> refuseOrContinue(ctx, token, maxBodySize, refused)));
        }
        LOG.debug("Webhook requests to {} refused from their headers on {} Vert.x router(s)", path, routes.size());
        return () -> routes.forEach(Route::remove);
    }

    private static void refuseOrContinue(RoutingContext ctx, BearerToken token, long maxBodySize,
                                         ObjIntConsumer<String> refused) {
        HttpServerRequest request = ctx.request();
        List<String> authorization = request.headers().getAll(WebhookAuthorization.HEADER);
        if (token != null && (authorization.size() != 1 || !token.matches(authorization.get(0)))) {
            refuse(ctx, 401).putHeader("WWW-Authenticate", "Bearer").end("Missing or wrong bearer token");
            refused.accept(String.valueOf(request.remoteAddress()), 401); // issue 11
            return;
        }
        Long declared = BoundedBody.parseLength(request.getHeader("Content-Length"));
        if (declared != null && declared > maxBodySize) {
            refuse(ctx, 413).end(BoundedBody.tooLargeMessage(maxBodySize));
            refused.accept(String.valueOf(request.remoteAddress()), 413); // issue 11
            return;
        }
        ctx.next();
    }

    /** The body was not read: the connection is closed after the answer instead of reading the body to reuse it. */
    private static HttpServerResponse refuse(RoutingContext ctx, int status) {
        return ctx.response().setStatusCode(status).putHeader("Content-Type", "text/plain; charset=utf-8")
                .putHeader("Connection", "close");
    }
}
