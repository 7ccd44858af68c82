package dev.aivoice.camel.ringg.events;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.aivoice.camel.events.EventTypeFilter;

/** The call event types Ringg delivers, and the parsing of the {@code eventTypes} option against them. */
public final class EventTypes {

    public static final String CALL_STARTED = "call_started";
    public static final String CALL_COMPLETED = "call_completed";
    public static final String RECORDING_COMPLETED = "recording_completed";
    public static final String PLATFORM_ANALYSIS_COMPLETED = "platform_analysis_completed";
    public static final String CLIENT_ANALYSIS_COMPLETED = "client_analysis_completed";
    public static final String ALL_PROCESSING_COMPLETED = "all_processing_completed";
    /** The event type given to the legacy per-call {@code callback_url} body, which names none. */
    public static final String CALLBACK = "callback";

    /** The types Ringg documents for subscriptions, subscribed when the user names none. */
    public static final List<String> DOCUMENTED = List.of(CALL_STARTED, CALL_COMPLETED, RECORDING_COMPLETED,
            PLATFORM_ANALYSIS_COMPLETED, CLIENT_ANALYSIS_COMPLETED, ALL_PROCESSING_COMPLETED);

    /** Every type the component accepts in a filter: the documented ones, two only observed live, and the callback. */
    public static final Set<String> KNOWN;

    static {
        Set<String> known = new LinkedHashSet<>(DOCUMENTED);
        known.add("call_ringing");
        known.add("call_ongoing");
        known.add(CALLBACK);
        KNOWN = Set.copyOf(known);
    }

    private EventTypes() {
    }

    /**
     * The types of a comma-separated list, in order, without blanks or repeats; an empty list for null or blank.
     *
     * @throws IllegalArgumentException naming the unknown type and the known ones
     */
    public static List<String> parse(String commaSeparated, String optionName) {
        return EventTypeFilter.parse(commaSeparated, optionName, KNOWN);
    }
}
