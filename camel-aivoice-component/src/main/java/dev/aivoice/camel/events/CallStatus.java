package dev.aivoice.camel.events;

import java.util.Locale;

/** The call status vocabulary shared by events and call details; {@link #UNKNOWN} for a value not documented yet. */
public enum CallStatus {
    /** Queued, not dialled yet. */
    REGISTERED,
    /** Ringing or connected. */
    ONGOING,
    /** This attempt failed; the provider will try again. */
    RETRY,
    /** Answered and talked. */
    COMPLETED,
    /** Every attempt failed. */
    FAILED,
    /** Ended by an error on the provider's side. */
    ERROR,
    CANCELLED,
    FORWARDED,
    UNKNOWN;

    /** The status of a provider value such as {@code "completed"}; null for null or blank. */
    public static CallStatus of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.trim().toUpperCase(Locale.ROOT);
        if ("CANCELED".equals(name)) {
            return CANCELLED;
        }
        for (CallStatus status : values()) {
            if (status.name().equals(name)) {
                return status;
            }
        }
        return UNKNOWN;
    }

    /** True when no further attempt of the call will follow. */
    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == ERROR || this == CANCELLED;
    }
}
