package dev.aivoice.camel.compliance;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** The {@code callingDays} option: days and ranges of days, e.g. {@code MON-SAT} or {@code MON-FRI,SUN}. */
public final class CallingDays {

    public static final CallingDays EVERY_DAY = new CallingDays(EnumSet.allOf(DayOfWeek.class), "MON-SUN");

    private final Set<DayOfWeek> days;
    private final String text;

    private CallingDays(Set<DayOfWeek> days, String text) {
        this.days = days;
        this.text = text;
    }

    /** @throws IllegalArgumentException saying what is wrong and what is allowed */
    public static CallingDays parse(String option) {
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : option.split(",")) {
            String[] range = part.split("-");
            if (range.length > 2) {
                throw new IllegalArgumentException("'" + part + "' is not a day or a range of days such as MON-FRI");
            }
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length == 2 ? day(range[1]) : from;
            if (to.compareTo(from) < 0) {
                throw new IllegalArgumentException("'" + part + "' runs backwards: write the days Monday first, e.g."
                                                   + " SAT-SUN, or list them: FRI,SAT,SUN");
            }
            for (DayOfWeek day = from; ; day = day.plus(1)) {
                days.add(day);
                if (day == to) {
                    break;
                }
            }
        }
        return new CallingDays(days, option.strip().toUpperCase(Locale.ROOT));
    }

    private static DayOfWeek day(String name) {
        String key = name.strip().toUpperCase(Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(key) && key.length() >= 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("'" + name.strip() + "' is not a day: use MON, TUE, WED, THU, FRI, SAT, SUN");
    }

    public boolean contains(DayOfWeek day) {
        return days.contains(day);
    }

    @Override
    public String toString() {
        return text;
    }
}
