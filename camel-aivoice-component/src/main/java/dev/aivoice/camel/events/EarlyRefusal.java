package dev.aivoice.camel.events;

import java.util.function.ObjIntConsumer;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.RestConfiguration;
import org.apache.camel.spi.RestConsumerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refusing a webhook request from its headers alone, before the engine reads its body, where the engine allows it:
 * platform-http on Vert.x ({@link VertxEarlyRefusal}). Elsewhere the consumer's own checks answer the same way once
 * the engine has read the body (up to the engine's own limit).
 */
final class EarlyRefusal {

    private static final Logger LOG = LoggerFactory.getLogger(EarlyRefusal.class);
    private static final String VERTX_ROUTER = "io.vertx.ext.web.Router";

    private EarlyRefusal() {
    }

    /**
     * @param  token   null when authentication is disabled
     * @param  refused told of each refusal: the caller's address and the status (issue 11: counts, log, health)
     * @return         what removes the refusal again (a no-op when none was installed)
     */
    static Runnable install(CamelContext context, RestConsumerFactory factory, String webhookPath, BearerToken token,
                            long maxBodySize, ObjIntConsumer<String> refused) {
        boolean platformHttp = factory == context.getComponent("platform-http", false);
        if (!platformHttp || context.getClassResolver().resolveClass(VERTX_ROUTER) == null) {
            LOG.debug("No Vert.x platform-http engine: webhook requests are checked once the engine has read them");
            return () -> {
            };
        }
        return VertxEarlyRefusal.install(context, enginePath(context.getRestConfiguration(), webhookPath), token,
                maxBodySize, refused);
    }

    /** The path platform-http registers: the rest configuration's context path, then the webhook path. */
    static String enginePath(RestConfiguration rest, String webhookPath) {
        String path = strip(webhookPath);
        String contextPath = rest == null ? null : rest.getContextPath();
        if (contextPath != null && !strip(contextPath).isEmpty()) {
            path = strip(contextPath) + "/" + path;
        }
        return "/" + path;
    }

    private static String strip(String path) {
        String stripped = path;
        while (stripped.startsWith("/")) {
            stripped = stripped.substring(1);
        }
        while (stripped.endsWith("/")) {
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped;
    }
}
