package dev.aivoice.sandbox;

import dev.aivoice.sandbox.http.HttpCall;
import dev.aivoice.sandbox.http.Reply;
import dev.aivoice.sandbox.http.RinggStyle;
import dev.aivoice.sandbox.http.Router;

/** Ringg's key check: a known {@code X-API-KEY}, and never an {@code Authorization} header beside it (400 live). */
final class RinggGuard implements Router.Guard {

    static final String PREFIX = "/ringg/ca/api/v0";

    private final SandboxState state;

    RinggGuard(SandboxState state) {
        this.state = state;
    }

    @Override
    public Reply check(HttpCall call) {
        String key = call.header("X-API-KEY");
        if (key == null || !state.ringgKeys.contains(key)) {
            return RinggStyle.detail(401, key == null ? "API key is missing" : "Invalid API key");
        }
        if (call.header("Authorization") != null) {
            return RinggStyle.detail(400, "Send either X-API-KEY or Authorization, not both");
        }
        return null;
    }
}
