package dev.aivoice.camel.compliance;

import java.time.Instant;
import java.util.stream.Stream;

import dev.aivoice.camel.AiVoiceComplianceException;
import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.test.ProviderServerTestSupport;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.SettableClock;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The calling window {@code 08:00-21:00 MON-SAT} at the recipient's location, with a fixed clock, for numbers in US
 * Eastern, Pacific, Hawaii, India, the UK and an area code spanning two zones (208, Idaho: Mountain and Pacific), at
 * local hours just inside and just outside. Monday 2 March 2026: EST -5, PST -8, MST -7, HST -10, IST +5:30, GMT;
 * US daylight saving starts on Sunday 8 March.
 */
class CallingWindowTableTest extends ProviderServerTestSupport {

    static final String NEW_YORK = "+12125550123";
    static final String LOS_ANGELES = "+14155550199";
    static final String HONOLULU = "+18085550123";
    static final String INDIA = "+919800000001";
    static final String LONDON = "+442071838750";
    static final String IDAHO_TWO_ZONES = "+12085550123";

    @BindToRegistry("clock")
    final SettableClock clock = new SettableClock(Instant.EPOCH);

    @Override
    protected void configure(AiVoiceConfiguration configuration) {
        configuration.setApiKey("ringly-key-table");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:call").to("aivoice:ringly:call?callingWindow=08:00-21:00&callingDays=MON-SAT"
                                       + "&fromNumber=RAW(+12025550143)&agentId=agent_table");
            }
        };
    }

    static Stream<Arguments> table() {
        return Stream.of(
                // number, local time said in words, clock (UTC), allowed, next allowed time (UTC) when refused
                arguments(NEW_YORK, "Mon 07:59 EST", "2026-03-02T12:59:00Z", false, "2026-03-02T13:00:00Z"),
                arguments(NEW_YORK, "Mon 08:00 EST", "2026-03-02T13:00:00Z", true, null),
                arguments(NEW_YORK, "Mon 20:59 EST", "2026-03-03T01:59:00Z", true, null),
                arguments(NEW_YORK, "Mon 21:00 EST", "2026-03-03T02:00:00Z", false, "2026-03-03T13:00:00Z"),
                arguments(LOS_ANGELES, "Mon 07:59 PST", "2026-03-02T15:59:00Z", false, "2026-03-02T16:00:00Z"),
                arguments(LOS_ANGELES, "Mon 08:00 PST", "2026-03-02T16:00:00Z", true, null),
                arguments(LOS_ANGELES, "Mon 20:59 PST", "2026-03-03T04:59:00Z", true, null),
                arguments(LOS_ANGELES, "Mon 21:00 PST", "2026-03-03T05:00:00Z", false, "2026-03-03T16:00:00Z"),
                arguments(HONOLULU, "Mon 07:59 HST", "2026-03-02T17:59:00Z", false, "2026-03-02T18:00:00Z"),
                arguments(HONOLULU, "Mon 08:00 HST", "2026-03-02T18:00:00Z", true, null),
                arguments(HONOLULU, "Mon 20:59 HST", "2026-03-03T06:59:00Z", true, null),
                arguments(HONOLULU, "Mon 21:00 HST", "2026-03-03T07:00:00Z", false, "2026-03-03T18:00:00Z"),
                arguments(INDIA, "Mon 07:59 IST", "2026-03-02T02:29:00Z", false, "2026-03-02T02:30:00Z"),
                arguments(INDIA, "Mon 08:00 IST", "2026-03-02T02:30:00Z", true, null),
                arguments(INDIA, "Mon 20:59 IST", "2026-03-02T15:29:00Z", true, null),
                arguments(INDIA, "Mon 21:00 IST", "2026-03-02T15:30:00Z", false, "2026-03-03T02:30:00Z"),
                arguments(LONDON, "Mon 07:59 GMT", "2026-03-02T07:59:00Z", false, "2026-03-02T08:00:00Z"),
                arguments(LONDON, "Mon 08:00 GMT", "2026-03-02T08:00:00Z", true, null),
                arguments(LONDON, "Mon 20:59 GMT", "2026-03-02T20:59:00Z", true, null),
                arguments(LONDON, "Mon 21:00 GMT", "2026-03-02T21:00:00Z", false, "2026-03-03T08:00:00Z"),
                // two zones: allowed only when the window is open in both (Boise is an hour ahead of Los Angeles)
                arguments(IDAHO_TWO_ZONES, "Mon 08:00 MST = 07:00 PST", "2026-03-02T15:00:00Z", false,
                        "2026-03-02T16:00:00Z"),
                arguments(IDAHO_TWO_ZONES, "Mon 09:00 MST = 08:00 PST", "2026-03-02T16:00:00Z", true, null),
                arguments(IDAHO_TWO_ZONES, "Mon 20:59 MST = 19:59 PST", "2026-03-03T03:59:00Z", true, null),
                arguments(IDAHO_TWO_ZONES, "Mon 21:00 MST = 20:00 PST", "2026-03-03T04:00:00Z", false,
                        "2026-03-03T16:00:00Z"),
                // days: Sunday is closed; the next opening is Monday 08:00, after the switch to daylight saving
                arguments(NEW_YORK, "Sat 20:59 EST", "2026-03-08T01:59:00Z", true, null),
                arguments(NEW_YORK, "Sat 21:00 EST", "2026-03-08T02:00:00Z", false, "2026-03-09T12:00:00Z"),
                arguments(NEW_YORK, "Sun 12:00 EDT", "2026-03-08T16:00:00Z", false, "2026-03-09T12:00:00Z"),
                arguments(LONDON, "Sun 10:00 GMT", "2026-03-01T10:00:00Z", false, "2026-03-02T08:00:00Z"));
    }

    @ParameterizedTest(name = "{0} at {1}: allowed={3}")
    @MethodSource("table")
    void callIsAllowedOnlyInsideTheRecipientsLocalWindowAndTheNextAllowedTimeIsExact(
            String number, String localTime, String utc, boolean allowed, String nextAllowed) {
        server.answerAlways(Answer.json(200, "{\"call_status\": \"registered\", \"to_number\": \"" + number + "\"}"));
        clock.set(Instant.parse(utc));

        Exchange result = template.request("direct:call",
                e -> e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, number));

        if (allowed) {
            assertThat(result.getException()).as(localTime).isNull();
            assertThat(server.requests()).as(localTime).hasSize(1);
            return;
        }
        assertThat(result.getException()).as(localTime).isInstanceOf(AiVoiceComplianceException.class);
        AiVoiceComplianceException refused = (AiVoiceComplianceException) result.getException();
        assertThat(refused.getReason()).isEqualTo("outside calling window");
        assertThat(refused.getNextAllowedTime()).as(localTime).isEqualTo(Instant.parse(nextAllowed));
        assertThat(refused.getField()).isEqualTo("to_number");
        assertThat(refused.getMessage()).contains(number, "08:00-21:00", "nothing was sent");
        assertThat(server.requests()).as("nothing sent for " + localTime).isEmpty();
    }
}
