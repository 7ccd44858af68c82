package dev.aivoice.camel.ringg;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.aivoice.camel.AiVoiceComplianceException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.CsvRowsRejectedException;
import dev.aivoice.camel.compliance.FileDoNotCallList;
import dev.aivoice.camel.compliance.JdbcDoNotCallList;
import dev.aivoice.camel.ringg.model.InvalidRow;
import dev.aivoice.camel.ringg.model.RinggCampaign;
import dev.aivoice.camel.test.Multipart;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.SettableClock;
import org.apache.camel.BindToRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance gate on Ringg: {@code defer} hands the recipient's window to Ringg's call_config, the do-not-call
 * list always refuses, and campaign rows are gated (window at the campaign's start) and reported like invalid rows;
 * the JDBC list runs against a real embedded database (H2, in memory).
 */
class RinggComplianceRouteTest extends RinggRouteTestSupport {

    static final String NEW_YORK = "+12125550123";
    static final String IDAHO_TWO_ZONES = "+12085550123";
    static final String LISTED = "+919800000002";
    static final String CREATED = "{\"status\": \"success\", \"data\": {\"call_id\": \"c-1\", \"call_status\": \"ongoing\"}}";
    static final String UPLOADED = "{\"message\": \"Contacts imported successfully!\", \"list_id\": \"l-9\"}";
    /** Monday 07:59 in New York. */
    static final Instant BEFORE_NEW_YORK_OPENS = Instant.parse("2026-03-02T12:59:00Z");

    @BindToRegistry("clock")
    final SettableClock clock = new SettableClock(BEFORE_NEW_YORK_OPENS);

    @BindToRegistry("dnc")
    final FileDoNotCallList dnc = FileDoNotCallList.of(List.of(LISTED, "+1 (212) 555-0199"));

    @BindToRegistry("jdbcDnc")
    final JdbcDoNotCallList jdbcDnc;

    final JdbcDataSource database = new JdbcDataSource();
    final Connection keepAlive;

    RinggComplianceRouteTest() throws Exception {
        database.setURL("jdbc:h2:mem:dnc" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        keepAlive = database.getConnection();
        try (Statement ddl = keepAlive.createStatement()) {
            ddl.execute("CREATE TABLE do_not_call (e164 VARCHAR(16) PRIMARY KEY)");
        }
        try (PreparedStatement insert = keepAlive.prepareStatement("INSERT INTO do_not_call VALUES (?)")) {
            for (int i = 0; i < 2_000; i++) {
                insert.setString(1, "+9197" + String.format("%08d", i));
                insert.addBatch();
            }
            insert.setString(1, LISTED);
            insert.addBatch();
            insert.executeBatch();
        }
        jdbcDnc = new JdbcDoNotCallList(database);
    }

    @AfterEach
    void closeDatabase() throws Exception {
        try (Statement drop = keepAlive.createStatement()) {
            drop.execute("SHUTDOWN");
        } catch (java.sql.SQLException alreadyDown) {
            // a test shut it down itself
        }
        keepAlive.close();
    }

    static final String CALL = "aivoice:ringg:call?agentId=a-1&numberPoolId=pool-1&callingWindow=08:00-21:00";
    static final String CAMPAIGN = "aivoice:ringg:campaign?operation=upload&agentId=a-1&countryCode=RAW(+91)"
                                   + "&campaignName=Gated&callingWindow=US=08:00-21:00,IN=09:00-21:00";

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(noErrorHandler());
                from("direct:defer").to(CALL + "&callingWindowAction=defer&doNotCallList=#dnc"
                                        + "&callConfig={\"call_retry_config\":{\"retry_count\":2}}");
                from("direct:jdbcCall").to(CALL + "&doNotCallList=#jdbcDnc");
                from("direct:campaignDrop").to(CAMPAIGN + "&invalidRows=drop&doNotCallList=#dnc");
                from("direct:campaignReject").to(CAMPAIGN + "&doNotCallList=#dnc");
                from("direct:campaignJdbc").to(CAMPAIGN + "&invalidRows=drop&doNotCallList=#jdbcDnc");
            }
        };
    }

    Exchange call(String route, String number) {
        return template.request(route, e -> {
            e.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, number);
            e.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Ada");
        });
    }

    JsonNode callTime() throws Exception {
        return jsonOf(assertRinggRequest(server.onlyRequest(), "POST", "/calling/v2/outbound/individual"))
                .path("call_config").path("call_time");
    }

    @Test
    void deferOutsideTheWindowSendsTheCallWithTheRecipientsWindowAndScheduledAtTheNextOpening() throws Exception {
        server.answerAlways(Answer.json(200, CREATED));

        Exchange result = call("direct:defer", NEW_YORK);

        assertThat(result.getException()).isNull();
        assertThat(callTime().toString()).isEqualTo("{\"call_start_time\":\"08:00\",\"call_end_time\":\"21:00\","
                                                    + "\"timezone\":\"America/New_York\","
                                                    + "\"scheduled_at\":\"2026-03-02T08:00:00\"}");
        JsonNode config = jsonOf(server.onlyRequest()).path("call_config");
        assertThat(config.path("call_retry_config").path("retry_count").asInt()).as("the user's config is kept")
                .isEqualTo(2);
    }

    @Test
    void deferInsideTheWindowStillGivesRinggTheWindowForItsRetriesButNoSchedule() throws Exception {
        server.answerAlways(Answer.json(200, CREATED));
        clock.set(Instant.parse("2026-03-02T15:00:00Z")); // 10:00 in New York

        assertThat(call("direct:defer", NEW_YORK).getException()).isNull();

        assertThat(callTime().toString()).isEqualTo("{\"call_start_time\":\"08:00\",\"call_end_time\":\"21:00\","
                                                    + "\"timezone\":\"America/New_York\"}");
    }

    @Test
    void deferForAnAreaCodeInTwoZonesGivesTheHoursOpenInBothInItsFirstZone() throws Exception {
        server.answerAlways(Answer.json(200, CREATED));
        clock.set(Instant.parse("2026-03-02T15:00:00Z")); // 08:00 in Boise, 07:00 in Los Angeles

        assertThat(call("direct:defer", IDAHO_TWO_ZONES).getException()).isNull();

        // 08:00 in Los Angeles is 09:00 in Boise; 21:00 in Boise is 20:00 in Los Angeles
        assertThat(callTime().toString()).isEqualTo("{\"call_start_time\":\"09:00\",\"call_end_time\":\"21:00\","
                                                    + "\"timezone\":\"America/Boise\","
                                                    + "\"scheduled_at\":\"2026-03-02T09:00:00\"}");
    }

    @Test
    void doNotCallNumberIsRefusedEvenWithDeferAndNothingIsSent() {
        Exchange result = call("direct:defer", "+12125550199");

        AiVoiceComplianceException refused = failure(result, AiVoiceComplianceException.class);
        assertThat(refused.getReason()).isEqualTo("do not call");
        assertThat(refused.getNextAllowedTime()).isNull();
        assertThat(refused.getField()).isEqualTo("mobile_number");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void jdbcListRefusesAListedNumberAndAFailingDatabaseFailsTheCallWithoutSendingIt() throws Exception {
        server.answerAlways(Answer.json(200, CREATED));
        clock.set(Instant.parse("2026-03-02T06:00:00Z")); // 11:30 in India

        AiVoiceComplianceException refused = failure(call("direct:jdbcCall", LISTED), AiVoiceComplianceException.class);
        assertThat(refused.getReason()).isEqualTo("do not call");
        assertThat(call("direct:jdbcCall", "+919800000001").getException()).isNull();
        assertThat(server.requests()).hasSize(1);

        try (Statement drop = keepAlive.createStatement()) {
            drop.execute("DROP TABLE do_not_call");
        }
        Exchange unchecked = call("direct:jdbcCall", "+919800000003");
        assertThat(unchecked.getException()).hasMessageContaining("do-not-call table do_not_call cannot be read");
        assertThat(server.requests()).as("no call without a do-not-call answer").hasSize(1);
    }

    /** Rows: India ok, India listed, New York and London (no window: not US/IN) outside, India ok, India listed. */
    static final String CONTACTS = "Mobile Number,Name\n+919800000001,A\n" + LISTED + ",B\n" + NEW_YORK
                                   + ",C\n+442071838750,D\n+919800000003,E\n";

    Exchange campaign(String route) {
        clock.set(Instant.parse("2026-03-01T00:00:00Z"));
        return template.request(route, e -> {
            e.getMessage().setBody(CONTACTS);
            // the campaign starts at 09:00 in Kolkata (Ringg's default zone): 22:30 on Sunday in New York
            e.getMessage().setHeader(AiVoiceConstants.CAMPAIGN, new RinggCampaign()
                    .setCampaignStartTime("02/03/2026, 09:00").setCampaignEndTime("02/03/2026, 18:00"));
        });
    }

    @Test
    void campaignRowsRefusedByTheGateAreReportedWithTheirReasonAndLeftOutOfTheUpload() {
        server.answerAlways(Answer.json(200, UPLOADED));

        Exchange result = campaign("direct:campaignDrop");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.INVALID_ROWS, List.class)).containsExactly(
                new InvalidRow(2, LISTED, "do not call"),
                new InvalidRow(3, NEW_YORK, "outside calling window"),
                new InvalidRow(4, "+442071838750", "outside calling window"));
        assertThat(result.getMessage().getHeader(AiVoiceConstants.ROW_COUNT)).isEqualTo(2L);
        var request = server.onlyRequest();
        Map<String, Multipart.Part> parts = Multipart.parse(request.body(), request.header("Content-Type"));
        assertThat(parts.get("file").content()).isEqualTo("Mobile Number,Name\r\n+919800000001,A\r\n+919800000003,E\r\n");
        assertThat(request.header("Content-Length")).isEqualTo(String.valueOf(request.body().length));
    }

    @Test
    void campaignWithGatedRowsIsRejectedWholeByDefaultAndNothingIsUploaded() {
        CsvRowsRejectedException rejected = failure(campaign("direct:campaignReject"), CsvRowsRejectedException.class);

        assertThat(rejected.getInvalidRows()).extracting(InvalidRow::reason)
                .containsExactly("do not call", "outside calling window", "outside calling window");
        assertThat(rejected.getMessage()).contains("row 2: '" + LISTED + "' do not call");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void campaignAgainstTheJdbcListLooksUpItsRowsInBatches() {
        server.answerAlways(Answer.json(200, UPLOADED));

        Exchange result = campaign("direct:campaignJdbc");

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.INVALID_ROWS, List.class))
                .extracting(row -> ((InvalidRow) row).row()).containsExactly(2L, 3L, 4L);
        assertThat(result.getMessage().getHeader(AiVoiceConstants.ROW_COUNT)).isEqualTo(2L);
    }
}
