package dev.aivoice.sandbox;

import dev.aivoice.sandbox.http.Json;
import dev.aivoice.sandbox.http.Reply;

/**
 * Ringly's six documented {@code {"error_message": ...}} answers. Ringly does not document the HTTP status of each;
 * the sandbox uses the likely one (or 200 when built with {@code ringlyErrorsAsHttp200()}, as a Bubble workflow may).
 */
public enum RinglyError {

    INVALID_REQUEST(400, "Invalid request format"),
    INVALID_API_KEY(401, "API key is missing or invalid"),
    TRIAL_ENDED(402, "Trial has ended"),
    ASSET_NOT_FOUND(404, "Cannot find requested asset"),
    RATE_LIMITED(429, "Account rate limited"),
    SERVER_ERROR(500, "An unexpected server error occurred");

    private final int status;
    private final String message;

    RinglyError(int status, String message) {
        this.status = status;
        this.message = message;
    }

    public int status() {
        return status;
    }

    public String message() {
        return message;
    }

    /** {@code {"error_message": "..."}}. */
    public String body() {
        return Json.object().put("error_message", message).toString();
    }

    Reply reply(boolean asHttp200) {
        return Reply.text(asHttp200 ? 200 : status, "application/json", body());
    }
}
