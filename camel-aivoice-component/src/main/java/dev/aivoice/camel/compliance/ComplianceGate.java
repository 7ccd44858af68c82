package dev.aivoice.camel.compliance;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import dev.aivoice.camel.AiVoiceComplianceException;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceError;
import org.apache.camel.CamelContext;

/**
 * The pre-dial compliance gate of an endpoint: before a call-placing request (a Ringly call, a Ringg call, each row of
 * a Ringg campaign upload) it refuses recipients on the {@code doNotCallList} and, by {@code callingWindowAction},
 * rejects or defers recipients outside {@code callingWindow}/{@code callingDays} in their own time zone(s). Built once
 * per endpoint, when it is created, so bad options fail there. Time comes from a {@link Clock} in the Camel registry,
 * else the system clock.
 */
public final class ComplianceGate {

    /** No window, no list: everything passes. */
    public static final ComplianceGate NONE = new ComplianceGate(null, false, null, Clock.systemUTC());

    private final WindowRule window;
    private final boolean defer;
    private final DoNotCallList doNotCall;
    private final Clock clock;

    ComplianceGate(WindowRule window, boolean defer, DoNotCallList doNotCall, Clock clock) {
        this.window = window;
        this.defer = defer;
        this.doNotCall = doNotCall;
        this.clock = clock;
    }

    /**
     * The gate the options ask for.
     *
     * @throws IllegalArgumentException naming the option, what was wrong and what is allowed
     */
    public static ComplianceGate create(AiVoiceConfiguration options, CamelContext camel, String provider, String api) {
        String where = "aivoice:" + provider + ":" + api + ": ";
        Clock registered = camel.getRegistry().findSingleByType(Clock.class);
        Clock clock = registered != null ? registered : Clock.systemUTC();
        CallingWindow window = null;
        if (options.getCallingWindow() != null && !options.getCallingWindow().isBlank()) {
            try {
                window = CallingWindow.parse(options.getCallingWindow());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "callingWindow " + e.getMessage() + "; allowed: HH:MM-HH:MM"
                                                   + " (e.g. 08:00-21:00) or per country US=08:00-21:00,IN=09:00-21:00"
                                                   + " (*= for the others)");
            }
        }
        CallingDays days = CallingDays.EVERY_DAY;
        if (options.getCallingDays() != null && !options.getCallingDays().isBlank()) {
            try {
                days = CallingDays.parse(options.getCallingDays());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "callingDays " + e.getMessage() + "; allowed: days and"
                                                   + " ranges such as MON-SAT or MON-FRI,SUN");
            }
        }
        String action = options.getCallingWindowAction() == null ? "reject"
                : options.getCallingWindowAction().strip().toLowerCase(Locale.ROOT);
        if (!"reject".equals(action) && !"defer".equals(action)) {
            throw new IllegalArgumentException(where + "callingWindowAction must be reject or defer; was '"
                                               + options.getCallingWindowAction() + "'");
        }
        boolean defer = "defer".equals(action);
        if (defer && !"ringg".equals(provider)) {
            throw new IllegalArgumentException(where + "callingWindowAction=defer needs a provider that dials inside a"
                                               + " calling window by itself (ringg, through call_config); " + provider
                                               + " has none: use callingWindowAction=reject");
        }
        boolean windowed = window != null || options.getCallingDays() != null && !options.getCallingDays().isBlank();
        if (!windowed && options.getDoNotCallList() == null) {
            return registered != null ? new ComplianceGate(null, false, null, clock) : NONE;
        }
        return new ComplianceGate(windowed ? new WindowRule(window, days) : null, defer, options.getDoNotCallList(),
                clock);
    }

    public Clock clock() {
        return clock;
    }

    /** Whether the gate checks anything at all. */
    public boolean active() {
        return window != null || doNotCall != null;
    }

    /** The do-not-call list first (always final), then the window at {@code at}. */
    public Verdict verdict(String e164, Instant at) {
        if (doNotCall != null && doNotCall.contains(e164)) {
            return doNotCall();
        }
        return window == null ? Verdict.ALLOWED : window.check(e164, at);
    }

    static Verdict doNotCall() {
        return new Verdict(AiVoiceComplianceException.DO_NOT_CALL, "the number is on the do-not-call list", null, null,
                java.util.List.of());
    }

    /** Verdicts for campaign rows, a batch at a time. */
    public RowGate rows(Instant at) {
        return new RowGate(this, doNotCall, window, at);
    }

    /**
     * Refuses a call now (Ringly, or any call when the action is reject).
     *
     * @throws AiVoiceComplianceException when the recipient must not be called now
     */
    public void admit(String field, String e164, String provider, String operation) {
        if (!active()) {
            return;
        }
        Verdict verdict = verdict(e164, clock.instant());
        if (!verdict.allowed()) {
            throw refusal(field, e164, verdict, provider, operation);
        }
    }

    /** Whether refused-by-window calls go out with Ringg's own calling window instead of failing. */
    public boolean defers() {
        return defer;
    }

    public static AiVoiceComplianceException refusal(String field, String e164, Verdict verdict, String provider,
                                                     String operation) {
        String message = "Refused " + provider + " " + operation + " to " + e164 + ": " + verdict.reason() + " ("
                         + verdict.detail() + ")" + (verdict.nextAllowedTime() != null
                                 ? "; next allowed at " + verdict.nextAllowedTime() : "")
                         + "; nothing was sent";
        return new AiVoiceComplianceException(field, message, AiVoiceError.local(provider, operation), verdict.reason(),
                verdict.nextAllowedTime());
    }

    @Override
    public String toString() {
        return "ComplianceGate[window=" + (window != null) + ", defer=" + defer + ", doNotCall=" + doNotCall + "]";
    }
}
