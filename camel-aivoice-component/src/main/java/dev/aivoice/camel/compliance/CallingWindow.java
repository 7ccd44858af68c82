package dev.aivoice.camel.compliance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.google.i18n.phonenumbers.PhoneNumberUtil;

/**
 * The {@code callingWindow} option: one window for every recipient ({@code 08:00-21:00}), or windows per country as
 * ISO region codes ({@code US=08:00-21:00,IN=09:00-21:00}), optionally with a default for the others
 * ({@code US=08:00-21:00,*=09:00-20:00}). A recipient of a country with no window and no default is not called.
 */
public final class CallingWindow {

    private final DailyWindow everywhere;
    private final Map<String, DailyWindow> byRegion;
    private final Set<String> regions;

    private CallingWindow(DailyWindow everywhere, Map<String, DailyWindow> byRegion) {
        this.everywhere = everywhere;
        this.byRegion = byRegion;
        this.regions = java.util.Collections.unmodifiableSet(new TreeSet<>(byRegion.keySet()));
    }

    /** @throws IllegalArgumentException saying what is wrong and what is allowed */
    public static CallingWindow parse(String option) {
        DailyWindow everywhere = null;
        Map<String, DailyWindow> byRegion = new LinkedHashMap<>();
        Set<String> regions = PhoneNumberUtil.getInstance().getSupportedRegions();
        for (String part : option.split(",")) {
            int equals = part.indexOf('=');
            if (equals < 0 || "*".equals(part.substring(0, equals).strip())) {
                if (everywhere != null) {
                    throw new IllegalArgumentException("gives the default window twice");
                }
                everywhere = DailyWindow.parse(equals < 0 ? part : part.substring(equals + 1));
                continue;
            }
            String region = part.substring(0, equals).strip();
            if (!regions.contains(region)) {
                throw new IllegalArgumentException("'" + region + "' is not an ISO 3166 region code libphonenumber"
                                                   + " knows (e.g. US, IN, GB; the United Kingdom is GB)");
            }
            if (byRegion.put(region, DailyWindow.parse(part.substring(equals + 1))) != null) {
                throw new IllegalArgumentException("gives the window of " + region + " twice");
            }
        }
        return new CallingWindow(everywhere, Map.copyOf(byRegion));
    }

    /**
     * The window for a recipient: its own region's (e.g. GG for a Guernsey mobile), else its country code's main
     * region's (GB for +44), else the default; null when none applies.
     */
    public DailyWindow forRegion(String region, String mainRegion) {
        DailyWindow window = region == null ? null : byRegion.get(region);
        if (window == null && mainRegion != null) {
            window = byRegion.get(mainRegion);
        }
        return window != null ? window : everywhere;
    }

    /** The regions with a window of their own (empty: one window for everyone, no region lookup needed). */
    public Set<String> regions() {
        return regions;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        byRegion.forEach((region, window) -> text.append(text.length() > 0 ? "," : "").append(region).append('=')
                .append(window));
        if (everywhere != null) {
            text.append(text.length() > 0 ? ",*=" : "").append(everywhere);
        }
        return text.toString();
    }
}
