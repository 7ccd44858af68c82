package dev.aivoice.camel.ringg;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoicePaymentRequiredException;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.CsvRowsRejectedException;
import dev.aivoice.camel.ringg.model.InvalidRow;
import dev.aivoice.camel.ringg.model.RinggBulkStarted;
import dev.aivoice.camel.ringg.model.RinggBulkUpload;
import dev.aivoice.camel.ringg.model.RinggCallConfig;
import dev.aivoice.camel.ringg.model.RinggCampaign;
import dev.aivoice.camel.ringg.model.RinggCampaignInfo;
import dev.aivoice.camel.ringg.model.RinggCampaignLaunched;
import dev.aivoice.camel.ringg.model.RinggCampaignStarted;
import dev.aivoice.camel.ringg.model.RinggCampaignUploaded;
import dev.aivoice.camel.test.Multipart.Part;
import dev.aivoice.camel.test.Multipart;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.RecordingHttpServer.Recorded;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Ringg campaigns: checked, streamed contact uploads, start (pool or numbers), launch, list and the large flow. */
class RinggCampaignRouteTest extends RinggRouteTestSupport {

    static final String START = "01/01/2099, 09:00";
    static final String END = "31/01/2099, 18:00";
    static final String UPLOADED = """
            {"message": "Contacts imported successfully!", "list_id": "l-9", "total_rows": 2, "successful_rows": 2,
             "failed_rows": 0, "custom_args_values": [{"callee_name": "Asha"}]}""";
    static final String STARTED = "{\"status\": \"campaign registered successfully!\", \"has_ongoing_calls\": false}";
    static final String CSV = "Mobile Number,Name,Policy\r\n+919876543210,Asha,P-1\r\n+14155550199,\"Doe, Jane\",P-2\r\n";
    static final String UPLOAD_OPTIONS = "agentId=a-1&countryCode=RAW(+91)&campaignName=Renewals"
                                         + "&variablesMap=callee_name:Name,policy_id:Policy";

    @TempDir
    Path temp;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:upload").to("aivoice:ringg:campaign?operation=upload&" + UPLOAD_OPTIONS);
                from("direct:uploadDrop").to("aivoice:ringg:campaign?operation=upload&invalidRows=drop&" + UPLOAD_OPTIONS);
                from("direct:start").to("aivoice:ringg:campaign?operation=start&agentId=a-1&numberPoolId=pool-1");
                from("direct:startNumbers").to("aivoice:ringg:campaign?operation=start&agentId=a-1");
                from("direct:launch").to("aivoice:ringg:campaign?numberPoolId=pool-1&" + UPLOAD_OPTIONS);
                from("direct:launchNoCaller").to("aivoice:ringg:campaign?" + UPLOAD_OPTIONS);
                from("direct:list").to("aivoice:ringg:campaign?operation=list");
                from("direct:bulkUpload").to("aivoice:ringg:campaign?operation=bulkUpload&"
                                             + UPLOAD_OPTIONS.replace("RAW(+91)", "+91"));
                from("direct:bulkStatus").to("aivoice:ringg:campaign?operation=bulkStatus");
                from("direct:bulkStart").to("aivoice:ringg:campaign?operation=bulkStart&agentId=a-1&numberPoolId=pool-1");
            }
        };
    }

    static RinggCampaign window() {
        return new RinggCampaign().setCampaignStartTime(START).setCampaignEndTime(END);
    }

    Exchange upload(String route, Object contacts) {
        return template.request(route, e -> {
            e.getMessage().setBody(contacts);
            e.getMessage().setHeader(AiVoiceConstants.CAMPAIGN, window());
        });
    }

    static Map<String, Part> parts(Recorded request) {
        assertThat(request.header("Content-Type")).startsWith("multipart/form-data; boundary=");
        assertThat(request.header("Content-Length")).isEqualTo(String.valueOf(request.body().length));
        return Multipart.parse(request.body(), request.header("Content-Type"));
    }

    static Map<String, Object> row(String number, String name, String policy) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("Mobile Number", number);
        row.put("Name", name);
        row.put("Policy", policy);
        return row;
    }

    @Test
    void uploadOfAListOfMapsSendsEveryMultipartPartAndTheCsv() throws Exception {
        server.answerAlways(Answer.json(200, UPLOADED));

        Exchange result = template.request("direct:upload", e -> {
            e.getMessage().setBody(List.of(row("+919876543210", "Asha", "P-1"), row("+14155550199", "Doe, Jane", "P-2")));
            e.getMessage().setHeader(AiVoiceConstants.CAMPAIGN, window().setRemoveInvalidRows(true)
                    .setCallConfig(new RinggCallConfig().window("09:00", "18:00", "Asia/Kolkata")));
        });

        assertThat(result.getException()).isNull();
        Map<String, Part> parts = parts(assertRinggRequest(server.onlyRequest(), "POST", "/campaign/save"));
        assertThat(parts.keySet()).containsExactly("agent_id", "campaign_name", "country_code", "variables_map",
                "call_config", "campaign_start_time", "campaign_end_time", "remove_invalid_rows", "file");
        assertThat(parts.get("agent_id").content()).isEqualTo("a-1");
        assertThat(parts.get("campaign_name").content()).isEqualTo("Renewals");
        assertThat(parts.get("country_code").content()).isEqualTo("+91");
        assertThat(jsonOf(parts.get("variables_map").content())).isEqualTo(jsonOf(
                "{\"mobile_number\": \"Mobile Number\", \"callee_name\": \"Name\", \"policy_id\": \"Policy\"}"));
        assertThat(jsonOf(parts.get("call_config").content())).isEqualTo(jsonOf(
                "{\"call_time\": {\"call_start_time\": \"09:00\", \"call_end_time\": \"18:00\","
                                                                                + " \"timezone\": \"Asia/Kolkata\"}}"));
        assertThat(parts.get("campaign_start_time").content()).isEqualTo(START);
        assertThat(parts.get("campaign_end_time").content()).isEqualTo(END);
        assertThat(parts.get("remove_invalid_rows").content()).isEqualTo("true");
        Part file = parts.get("file");
        assertThat(file.filename()).isEqualTo("contacts.csv");
        assertThat(file.contentType()).isEqualTo("text/csv");
        assertThat(file.content()).isEqualTo(CSV);

        RinggCampaignUploaded uploaded = result.getMessage().getBody(RinggCampaignUploaded.class);
        assertThat(uploaded.getListId()).isEqualTo("l-9");
        assertThat(uploaded.getSuccessfulRows()).isEqualTo(2L);
        assertThat(result.getMessage().getHeader(AiVoiceConstants.LIST_ID)).isEqualTo("l-9");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.ROW_COUNT)).isEqualTo(2L);
    }

    @Test
    void csvTextFilePathStreamAndBytesBodiesUploadTheSameRows() throws Exception {
        server.answerAlways(Answer.json(200, UPLOADED));
        String messy = "\uFEFF Mobile Number ,Name,Policy\n+919876543210,Asha,P-1\n\n+14155550199,\"Doe, Jane\",P-2";
        Path path = Files.writeString(temp.resolve("renewals.csv"), messy);
        File file = path.toFile();
        List<Object> bodies = List.of(messy, path, file, new ByteArrayInputStream(messy.getBytes(StandardCharsets.UTF_8)),
                messy.getBytes(StandardCharsets.UTF_8));

        Set<Path> tempFilesBefore = contactTempFiles();
        for (Object body : bodies) {
            server.reset();
            server.answerAlways(Answer.json(200, UPLOADED));
            Exchange result = upload("direct:upload", body);
            assertThat(result.getException()).as(body.getClass().getSimpleName()).isNull();
            Part sent = parts(server.onlyRequest()).get("file");
            assertThat(sent.content()).as(body.getClass().getSimpleName()).isEqualTo(CSV);
            assertThat(sent.filename()).isEqualTo(body instanceof Path || body instanceof File ? "renewals.csv"
                    : "contacts.csv");
        }
        // other builds may share the temp directory: only files this test left behind count
        assertThat(contactTempFiles()).as("temporary copies left behind").isSubsetOf(tempFilesBefore);
    }

    private static Set<Path> contactTempFiles() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("aivoice-contacts-"))
                    .collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void rowsWithBadNumbersAreRejectedWithAReportOfEveryBadRowAndNothingIsSent() {
        String csv = "Mobile Number,Name,Policy\n+919876543210,Asha,P\n9876543210,Ravi,P\n+14155550199,Jane,P\n"
                     + ",Empty,P\n+44 20 7946 0958,Spaces,P\n+4915112345678\n";

        Exchange result = upload("direct:upload", csv);

        CsvRowsRejectedException error = failure(result, CsvRowsRejectedException.class);
        assertThat(error.getInvalidRows()).extracting(InvalidRow::row).containsExactly(2L, 4L, 5L, 6L);
        assertThat(error.getInvalidRows()).extracting(InvalidRow::value)
                .containsExactly("9876543210", "", "+44 20 7946 0958", "+4915112345678");
        assertThat(error.getInvalidRows().get(0).reason()).contains("E.164");
        assertThat(error.getInvalidRows().get(1).reason()).contains("no Mobile Number");
        assertThat(error.getInvalidRows().get(3).reason()).contains("1 fields, the header has 3");
        assertThat(error.getMessage()).contains("4 contact row(s) are invalid").contains("row 2: '9876543210'")
                .contains("invalidRows=drop");
        assertThat(error.getField()).isEqualTo("Mobile Number");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void dropModeUploadsTheValidRowsAndReportsEveryDroppedRow() {
        server.answerAlways(Answer.json(200, UPLOADED));
        String csv = "Mobile Number,Name,Policy\n+919876543210,Asha,P-1\n0044123,Bad,P-0\n+14155550199,\"Doe, Jane\",P-2\n";

        Exchange result = upload("direct:uploadDrop", csv);

        assertThat(result.getException()).isNull();
        assertThat(parts(server.onlyRequest()).get("file").content()).isEqualTo(CSV);
        List<Object> dropped = result.getMessage().getHeader(AiVoiceConstants.INVALID_ROWS, List.class);
        assertThat(dropped).containsExactly(new InvalidRow(2, "0044123",
                "is not an E.164 number ('+', country code, digits, no spaces or dashes)"));
        assertThat(result.getMessage().getHeader(AiVoiceConstants.ROW_COUNT)).isEqualTo(2L);
    }

    @Test
    void uploadChecksColumnsAndCampaignTimesBeforeSending() {
        Exchange noPhone = upload("direct:upload", "Phone,Name,Policy\n+919876543210,Asha,P-1\n");
        Exchange unknownColumn = upload("direct:upload", "Mobile Number,Name\n+919876543210,Asha\n");
        Exchange past = template.request("direct:upload", e -> {
            e.getMessage().setBody(CSV);
            e.getMessage().setHeader(AiVoiceConstants.CAMPAIGN,
                    Map.of("campaign_start_time", "01/01/2020, 09:00", "campaign_end_time", END));
        });
        Exchange badFormat = template.request("direct:upload", e -> {
            e.getMessage().setBody(CSV);
            e.getMessage().setHeader(AiVoiceConstants.CAMPAIGN,
                    Map.of("campaign_start_time", "2099-01-01 09:00", "campaign_end_time", END));
        });
        Exchange endFirst = template.request("direct:upload", e -> {
            e.getMessage().setBody(CSV);
            e.getMessage().setHeader(AiVoiceConstants.CAMPAIGN, window().setCampaignEndTime("01/01/2099, 08:00"));
        });

        assertThat(failure(noPhone, AiVoiceValidationException.class).getMessage()).contains("'Mobile Number' column");
        assertThat(failure(unknownColumn, AiVoiceValidationException.class).getMessage()).contains("[Policy]");
        assertThat(failure(past, AiVoiceValidationException.class).getMessage()).contains("future");
        assertThat(failure(badFormat, AiVoiceValidationException.class).getField()).isEqualTo("campaign_start_time");
        assertThat(failure(endFirst, AiVoiceValidationException.class).getField()).isEqualTo("campaign_end_time");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void zonedCampaignTimesAreWrittenInTheCallConfigZone() {
        server.answerAlways(Answer.json(200, UPLOADED));

        template.send("direct:upload", e -> {
            e.getMessage().setBody(CSV);
            e.getMessage().setHeader(AiVoiceConstants.CAMPAIGN, Map.of(
                    "campaign_start_time", java.time.ZonedDateTime.parse("2099-01-01T03:30:00Z"),
                    "campaign_end_time", java.time.LocalDateTime.parse("2099-01-02T18:00:00")));
            e.getMessage().setHeader(AiVoiceConstants.CALL_CONFIG, Map.of("call_time", Map.of("timezone", "Asia/Kolkata")));
        });

        Map<String, Part> parts = parts(server.onlyRequest());
        assertThat(parts.get("campaign_start_time").content()).isEqualTo("01/01/2099, 09:00");
        assertThat(parts.get("campaign_end_time").content()).isEqualTo("02/01/2099, 18:00");
    }

    @Test
    void startWithAPoolUsesTheCurrentApi() throws Exception {
        server.answerAlways(Answer.json(200, STARTED));

        Exchange result = template.request("direct:start", e -> {
            e.getMessage().setBody(Map.of("callback_url", "https://crm.example.com/done",
                    "email_completion_user_ids", List.of("u-1")));
            e.getMessage().setHeader(AiVoiceConstants.LIST_ID, "l-1");
        });

        Recorded request = assertRinggRequest(server.onlyRequest(), "POST", "/campaign/v2/start");
        assertThat(jsonOf(request)).isEqualTo(jsonOf("""
                {"agent_id": "a-1", "list_id": "l-1", "number_pool_id": "pool-1",
                 "callback_url": "https://crm.example.com/done", "email_completion_user_ids": ["u-1"]}"""));
        RinggCampaignStarted started = result.getMessage().getBody(RinggCampaignStarted.class);
        assertThat(started.getStatus()).isEqualTo("campaign registered successfully!");
        assertThat(started.getHasOngoingCalls()).isFalse();
        assertThat(result.getMessage().getHeader(AiVoiceConstants.LIST_ID)).isEqualTo("l-1");
    }

    @Test
    void startWithCallerNumbersUsesTheDeprecatedApi() throws Exception {
        server.answerAlways(Answer.json(200, STARTED));

        template.send("direct:startNumbers", e -> {
            e.getMessage().setBody("{\"list_id\": \"l-2\", \"from_numbers\": [\"+912250001111\", \"num-id-7\"]}");
        });

        Recorded request = assertRinggRequest(server.onlyRequest(), "POST", "/campaign/start");
        assertThat(jsonOf(request)).isEqualTo(jsonOf(
                "{\"agent_id\": \"a-1\", \"list_id\": \"l-2\", \"from_numbers\": [\"+912250001111\", \"num-id-7\"]}"));
    }

    @Test
    void startRejectsMissingListOrTwoCallerSources() {
        Exchange noList = template.request("direct:start", e -> e.getMessage().setBody(null));
        Exchange twoCallers = template.request("direct:startNumbers", e -> e.getMessage().setBody(
                Map.of("list_id", "l-1", "number_pool_id", "p", "from_numbers", List.of("+912250001111"))));

        assertThat(failure(noList, AiVoiceValidationException.class).getField()).isEqualTo("list_id");
        assertThat(failure(twoCallers, AiVoiceValidationException.class).getMessage()).contains("exactly one");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void launchUploadsThenStartsWithTheNewListId() throws Exception {
        server.enqueue(BASE + "/campaign/save", Answer.json(200, UPLOADED));
        server.enqueue(BASE + "/campaign/v2/start", Answer.json(200, STARTED));

        Exchange result = upload("direct:launch", CSV);

        assertThat(result.getException()).isNull();
        List<Recorded> requests = server.requests();
        assertThat(requests).hasSize(2);
        assertThat(parts(assertRinggRequest(requests.get(0), "POST", "/campaign/save")).get("file").content())
                .isEqualTo(CSV);
        assertThat(jsonOf(assertRinggRequest(requests.get(1), "POST", "/campaign/v2/start"))).isEqualTo(
                jsonOf("{\"agent_id\": \"a-1\", \"list_id\": \"l-9\", \"number_pool_id\": \"pool-1\"}"));
        RinggCampaignLaunched launched = result.getMessage().getBody(RinggCampaignLaunched.class);
        assertThat(launched.getListId()).isEqualTo("l-9");
        assertThat(launched.getStart().getStatus()).isEqualTo("campaign registered successfully!");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.LIST_ID)).isEqualTo("l-9");
    }

    @Test
    void launchWithoutCallerFailsBeforeUploading() {
        Exchange result = upload("direct:launchNoCaller", CSV);

        assertThat(failure(result, AiVoiceValidationException.class).getMessage()).contains("caller source");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void launchWhoseStartFailsKeepsTheListIdForARetryOfTheStartAlone() {
        server.enqueue(BASE + "/campaign/save", Answer.json(200, UPLOADED));
        server.enqueue(BASE + "/campaign/v2/start", Answer.json(402, "{\"detail\": \"Insufficient credits\"}"));

        Exchange result = upload("direct:launch", CSV);

        assertThat(failure(result, AiVoicePaymentRequiredException.class).getMessage()).contains("Insufficient credits");
        assertThat(result.getMessage().getHeader(AiVoiceConstants.LIST_ID)).isEqualTo("l-9");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void listReadsCampaignsWithCountersAndThePaginationTotal() {
        server.answerAlways(Answer.json(200, """
                {"campaigns": [{"id": "k-1", "name": "Renewals March", "campaign_status": "ongoing",
                                "total_count": 500, "registered_count": 120, "completed_count": 380}],
                 "pagination": {"limit": 100, "offset": 0, "total": 1}}"""));

        Exchange result = template.request("direct:list", e -> {
        });

        assertThat(assertRinggRequest(server.onlyRequest(), "GET", "/campaign/all").query())
                .isEqualTo("call_count=true&limit=100&offset=0");
        RinggCampaignInfo campaign = (RinggCampaignInfo) result.getMessage().getBody(List.class).get(0);
        assertThat(campaign.getCampaignStatus()).isEqualTo("ongoing");
        assertThat(campaign.getCompletedCount()).isEqualTo(380L);
        assertThat(result.getMessage().getHeader(AiVoiceConstants.TOTAL)).isEqualTo(1L);
        assertThat(result.getMessage().getHeaders()).doesNotContainKey(AiVoiceConstants.NEXT_OFFSET);
    }

    @Test
    void bulkUploadStatusAndStartFollowTheLargeCampaignFlow() throws Exception {
        server.enqueue(BASE + "/campaign/upload-csv", Answer.json(200, """
                {"bulk_list_id": "b-1", "status": "verifying", "campaign_name": "Renewals", "total_callees": 0,
                 "invalidated_rows_count": 0, "invalidated_rows_csv_url": null}"""));
        server.enqueue(BASE + "/campaign/upload-status/b-1", Answer.json(200, """
                {"bulk_list_id": "b-1", "status": "completed", "total_rows": 2, "processed_rows": 2,
                 "successful_rows": 2, "failed_rows": 0}"""));
        server.enqueue(BASE + "/campaign/make-call-async", Answer.json(200,
                "{\"message\": \"Campaign calls scheduled\", \"bulk_list_id\": \"b-1\", \"status\": \"scheduled\"}"));

        Exchange uploaded = upload("direct:bulkUpload", CSV);
        Exchange status = template.request("direct:bulkStatus", e -> e.getMessage().setBody("b-1"));
        Exchange started = template.request("direct:bulkStart", e -> {
            e.getMessage().setHeader(AiVoiceConstants.LIST_ID, "b-1");
            e.getMessage().setBody(Map.of("country_code", "+91", "concurrency_percentage", 50,
                    "campaign_start_time", START, "campaign_end_time", END));
        });

        List<Recorded> requests = server.requests();
        assertThat(parts(assertRinggRequest(requests.get(0), "POST", "/campaign/upload-csv")).get("file").content())
                .isEqualTo(CSV);
        assertThat(parts(requests.get(0)).get("country_code").content()).as("a + decoded as space is restored")
                .isEqualTo("+91");
        assertThat(uploaded.getMessage().getBody(RinggBulkUpload.class).getStatus()).isEqualTo("verifying");
        assertThat(uploaded.getMessage().getHeader(AiVoiceConstants.LIST_ID)).isEqualTo("b-1");

        assertRinggRequest(requests.get(1), "GET", "/campaign/upload-status/b-1");
        RinggBulkUpload progress = status.getMessage().getBody(RinggBulkUpload.class);
        assertThat(progress.getStatus()).isEqualTo("completed");
        assertThat(progress.getProcessedRows()).isEqualTo(2L);

        assertThat(jsonOf(assertRinggRequest(requests.get(2), "POST", "/campaign/make-call-async"))).isEqualTo(jsonOf("""
                {"bulk_list_id": "b-1", "agent_id": "a-1", "number_pool_id": "pool-1", "country_code": "+91",
                 "campaign_start_time": "01/01/2099, 09:00", "campaign_end_time": "31/01/2099, 18:00",
                 "concurrency_percentage": 50}"""));
        assertThat(started.getMessage().getBody(RinggBulkStarted.class).getStatus()).isEqualTo("scheduled");
    }

    @Test
    void bulkStartRejectsAConcurrencyShareAboveHundred() {
        Exchange result = template.request("direct:bulkStart", e -> e.getMessage().setBody(
                Map.of("list_id", "b-1", "concurrency_percentage", 150)));

        assertThat(failure(result, AiVoiceValidationException.class).getField()).isEqualTo("concurrency_percentage");
        assertThat(server.requests()).isEmpty();
    }
}
