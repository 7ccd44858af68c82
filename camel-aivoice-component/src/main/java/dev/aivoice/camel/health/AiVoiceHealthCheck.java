package dev.aivoice.camel.health;

import java.util.Map;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Base of the component's health checks: id and group, the enabled switch, and a result built by the subclass.
 * Implemented on camel-api alone (camel-health's {@code AbstractHealthCheck} is not needed), so an application without
 * camel-health loads none of this beyond the class itself, and registers nothing.
 */
abstract class AiVoiceHealthCheck implements HealthCheck {

    private final String id;
    private volatile boolean enabled = true;

    AiVoiceHealthCheck(String id) {
        this.id = id;
    }

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public String getId() {
        return id;
    }

    /** Readiness only: a wrong key or a provider holding a wrong token is not cured by restarting the application. */
    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        if (!enabled) {
            return builder.unknown().detail(CHECK_ENABLED, false).build();
        }
        builder.detail(CHECK_ID, id).detail(CHECK_KIND, "ALL");
        check(builder);
        return builder.build();
    }

    /** Sets the state, a message when not up, and the details (never a secret). */
    abstract void check(HealthCheckResultBuilder builder);

    @Override
    public String toString() {
        return id;
    }
}
