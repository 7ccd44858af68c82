package dev.aivoice.camel.health;

import java.util.function.BooleanSupplier;

import dev.aivoice.camel.events.WebhookMonitor;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * The webhook consumer's check: UP while it listens, DOWN when it does not, or when the last
 * {@value #UNAUTHORIZED_LIMIT} or more requests in a row were refused with 401 (the provider holds a wrong token, so
 * every event is being lost). Details: path, last delivery, requests per answer since start, duplicates.
 */
public final class WebhookHealthCheck extends AiVoiceHealthCheck {

    /** 401s in a row that make the check DOWN: more than one event's worth of Ringg's 4 attempts. */
    public static final int UNAUTHORIZED_LIMIT = 5;

    private final String path;
    private final WebhookMonitor monitor;
    private final BooleanSupplier listening;

    public WebhookHealthCheck(String path, WebhookMonitor monitor, BooleanSupplier listening) {
        super("aivoice-webhook-" + monitor.provider() + ":" + path);
        this.path = path;
        this.monitor = monitor;
        this.listening = listening;
    }

    @Override
    void check(HealthCheckResultBuilder builder) {
        builder.detail("provider", monitor.provider()).detail("path", path)
                .detail("listening", listening.getAsBoolean())
                .detail("started", String.valueOf(monitor.startedAt()))
                .detail("last.delivery", String.valueOf(monitor.lastDelivery()))
                .detail("duplicates", monitor.duplicates())
                .detail("unauthorized.in.a.row", monitor.unauthorizedInARow());
        monitor.answers().forEach((answer, count) -> builder.detail("answers." + answer, count));
        if (!listening.getAsBoolean()) {
            builder.down().message("The aivoice webhook consumer on " + path + " is not listening");
        } else if (monitor.unauthorizedInARow() >= UNAUTHORIZED_LIMIT) {
            builder.down().message("The last " + monitor.unauthorizedInARow() + " requests to " + path
                                   + " were refused with 401: the provider sends a missing or wrong bearer token, so"
                                   + " its events are lost (check the subscription's Authorization header)");
        } else {
            builder.up();
        }
    }
}
