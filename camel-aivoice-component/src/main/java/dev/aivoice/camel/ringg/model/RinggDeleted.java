package dev.aivoice.camel.ringg.model;

/** What Ringg said when it archived an assistant or deleted a contact list ({@code {"message": "..."}}). */
public class RinggDeleted {

    private final String id;
    private final String message;

    public RinggDeleted(String id, String message) {
        this.id = id;
        this.message = message;
    }

    /** The assistant or list id the request named. */
    public String getId() {
        return id;
    }

    /** Ringg's message, or null when it sent none. */
    public String getMessage() {
        return message;
    }

    @Override
    public String toString() {
        return "RinggDeleted[" + id + ", " + message + "]";
    }
}
