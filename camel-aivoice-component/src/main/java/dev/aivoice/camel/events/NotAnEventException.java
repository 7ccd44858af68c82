package dev.aivoice.camel.events;

/** A webhook body that is not a call event: not JSON, not an object, or without an event type or call. */
public class NotAnEventException extends Exception {

    public NotAnEventException(String message) {
        super(message);
    }

    public NotAnEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
