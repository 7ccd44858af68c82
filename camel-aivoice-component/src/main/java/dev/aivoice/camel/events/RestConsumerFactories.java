package dev.aivoice.camel.events;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.RestConfiguration;
import org.apache.camel.spi.RestConsumerFactory;

/**
 * Finds the HTTP server that serves a webhook: the component of the rest configuration, else platform-http (the
 * runtime's own server: Vert.x in Camel Main, the Spring Boot or Quarkus server), else the only
 * {@link RestConsumerFactory} there is.
 */
public final class RestConsumerFactories {

    private RestConsumerFactories() {
    }

    public static RestConsumerFactory resolve(CamelContext context) {
        RestConfiguration rest = context.getRestConfiguration();
        String named = rest != null ? rest.getComponent() : null;
        if (named != null) {
            Component component = context.getComponent(named, true);
            if (component instanceof RestConsumerFactory factory) {
                return factory;
            }
            throw new IllegalArgumentException("The rest configuration's component '" + named
                                               + "' is not a RestConsumerFactory, so it cannot serve the webhook");
        }
        if (context.getComponent("platform-http", true) instanceof RestConsumerFactory factory) {
            return factory;
        }
        Set<RestConsumerFactory> found = new LinkedHashSet<>();
        for (String name : context.getComponentNames()) {
            if (context.getComponent(name, false) instanceof RestConsumerFactory factory) {
                found.add(factory);
            }
        }
        found.addAll(context.getRegistry().findByType(RestConsumerFactory.class));
        if (found.size() == 1) {
            return found.iterator().next();
        }
        throw new IllegalStateException("The aivoice webhook consumer needs an HTTP server: add camel-platform-http"
                                        + " with an engine (camel-platform-http-main in Camel Main,"
                                        + " camel-platform-http-starter in Spring Boot, camel-quarkus-platform-http"
                                        + " in Quarkus)"
                                        + (found.isEmpty() ? "" : ", or name one of the " + found.size()
                                                                  + " REST servers found in the rest configuration"));
    }
}
