package dev.aivoice.camel.compliance;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Hours of a day at which calls are allowed, local to the recipient: from {@code start} (included) to {@code end}
 * (excluded); {@code 24:00} is the end of the day.
 */
public record DailyWindow(LocalTime start, LocalTime end) {

    public static final DailyWindow ALL_DAY = new DailyWindow(LocalTime.MIDNIGHT, LocalTime.MAX);
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    /** {@code HH:MM-HH:MM}, the start before the end (a window across midnight is two countries' business, not ours). */
    static DailyWindow parse(String text) {
        String[] ends = text.strip().split("-");
        if (ends.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not HH:MM-HH:MM");
        }
        LocalTime start = time(ends[0], text);
        LocalTime end = "24:00".equals(ends[1].strip()) ? LocalTime.MAX : time(ends[1], text);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("'" + text + "' must start before it ends (windows across midnight are"
                                               + " not supported)");
        }
        return new DailyWindow(start, end);
    }

    private static LocalTime time(String value, String text) {
        try {
            return LocalTime.parse(value.strip(), HH_MM);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not HH:MM-HH:MM (00:00 to 24:00)");
        }
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(start) && time.isBefore(end);
    }

    /** {@code HH:MM} of the start, as Ringg's call_config writes it. */
    public String startText() {
        return start.format(HH_MM);
    }

    /** {@code HH:MM} of the end ({@code 23:59} for the end of the day: Ringg's field cannot say 24:00). */
    public String endText() {
        return end.equals(LocalTime.MAX) ? "23:59" : end.format(HH_MM);
    }

    @Override
    public String toString() {
        return startText() + "-" + (end.equals(LocalTime.MAX) ? "24:00" : endText());
    }
}
