package dev.aivoice.camel.ringg;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;
import dev.aivoice.camel.AiVoiceAuthenticationException;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.AiVoiceValidationException;
import dev.aivoice.camel.ringg.model.RinggExportRequest;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import dev.aivoice.camel.test.RecordingHttpServer.Recorded;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ringg's call history export (R17): filters as query parameters; a message answer or a streamed CSV. */
class RinggExportRouteTest extends RinggRouteTestSupport {

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:export").to("aivoice:ringg:call?operation=export");
            }
        };
    }

    @Test
    void filtersGoAsQueryParametersWithEveryAgentRepeatedAndTheMessageIsTheBody() {
        server.answerAlways(Answer.json(200, "{\"message\": \"The report will be emailed to you\"}"));
        RinggExportRequest filters = new RinggExportRequest().setStartDate("2026-03-01")
                .setEndDate("2026-03-31T23:59:59+05:30").setAgentIds(List.of("a-1", "a-2")).setStatus("completed")
                .setIncludeAnalysis(true).setCallType("outbound").setToNumber("+14155550199");

        Exchange result = template.request("direct:export", e -> {
            e.getMessage().setBody(filters);
            e.getMessage().setHeader(AiVoiceConstants.LIST_ID, "b-1");
        });

        Recorded request = assertRinggRequest(server.onlyRequest(), "POST", "/calling/history/download");
        assertThat(request.query()).isEqualTo("start_date=2026-03-01&end_date=2026-03-31T23%3A59%3A59%2B05%3A30"
                                              + "&agent_id=a-1&agent_id=a-2&status=completed&include_analysis=true"
                                              + "&call_type=outbound&to_number=%2B14155550199&bulk_list_id=b-1");
        assertThat(request.body()).isEmpty();
        assertThat(request.header("Accept")).isEqualTo("text/csv, application/json");
        assertThat(result.getMessage().getBody()).isEqualTo("The report will be emailed to you");
    }

    @Test
    void aMapBodyWithOneAgentAndDateTimesIsAcceptedAndAJsonAnswerWithoutContentTypeStillReadsAsTheMessage() {
        server.answerAlways(new Answer(200, "  {\"status\": \"success\", \"data\": {\"message\": \"Emailed\"}}",
                Map.of(), java.time.Duration.ZERO));

        Exchange result = template.request("direct:export", e -> e.getMessage().setBody(Map.of(
                "agent_id", "a-1", "start_date", OffsetDateTime.parse("2026-03-01T00:00:00+05:30"), "voicemail", false)));

        assertThat(server.onlyRequest().query()).contains("agent_id=a-1")
                .contains("start_date=2026-03-01T00%3A00%3A00%2B05%3A30").contains("voicemail=false");
        assertThat(result.getMessage().getBody()).isEqualTo("Emailed");
    }

    @Test
    void badFiltersAreRejectedBeforeSending() {
        Map<String, Map<String, Object>> cases = Map.of(
                "start_date", Map.of("start_date", "yesterday"),
                "status", Map.of("status", "done"),
                "call_type", Map.of("call_type", "sms"),
                "from_number", Map.of("from_number", "0800"),
                "limit", Map.of("limit", 0),
                "include_analysis", Map.of("include_analysis", "yes"),
                "download", Map.of("download", true));
        cases.forEach((field, filters) -> {
            Exchange result = template.request("direct:export", e -> e.getMessage().setBody(filters));
            assertThat(failure(result, AiVoiceValidationException.class).getField()).as(field).isEqualTo(field);
        });
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void errorAnswersAreMappedAndReadWholeEvenThoughAnswersStream() {
        server.answerAlways(Answer.json(401, "{\"detail\": \"Invalid API key\"}"));

        Exchange result = template.request("direct:export", e -> e.getMessage().setBody(null));

        assertThat(failure(result, AiVoiceAuthenticationException.class).getProviderMessage())
                .isEqualTo("Invalid API key");
    }

    static boolean awaitQuietly(CountDownLatch latch) {
        try {
            return latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void aCsvAnswerIsAStreamHandedOverBeforeRinggHasFinishedSendingIt() throws Exception {
        CountDownLatch firstRowsRead = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        AtomicReference<String> query = new AtomicReference<>();
        HttpServer csvServer = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        csvServer.createContext("/", exchange -> {
            query.set(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + "?"
                      + exchange.getRequestURI().getRawQuery() + " key=" + exchange.getRequestHeaders().getFirst("X-API-KEY"));
            exchange.getResponseHeaders().add("Content-Type", "text/csv");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("id,status\nc-1,completed\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                // the rest only once the route has read the first rows: a component buffering the whole answer
                // would still be waiting here
                boolean read = awaitQuietly(firstRowsRead);
                out.write(("c-2," + (read ? "completed" : "timeout") + "\n").getBytes(StandardCharsets.UTF_8));
            } finally {
                finished.set(true);
            }
        });
        csvServer.start();
        try {
            String uri = "aivoice:ringg:call?operation=export&baseUrl=http://127.0.0.1:" + csvServer.getAddress().getPort()
                         + BASE;
            Exchange result = template.request(uri, e -> e.getMessage().setBody(Map.of("status", "completed")));

            assertThat(finished).as("the exchange got the stream before the CSV was complete").isFalse();
            assertThat(result.getMessage().getHeader(Exchange.CONTENT_TYPE)).isEqualTo("text/csv");
            try (InputStream csv = result.getMessage().getBody(InputStream.class);
                 BufferedReader lines = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
                assertThat(lines.readLine()).isEqualTo("id,status");
                assertThat(lines.readLine()).isEqualTo("c-1,completed");
                firstRowsRead.countDown();
                assertThat(lines.readLine()).isEqualTo("c-2,completed");
                assertThat(lines.readLine()).isNull();
            }
            assertThat(query.get()).isEqualTo("POST " + BASE + "/calling/history/download?status=completed key=" + KEY);
        } finally {
            firstRowsRead.countDown();
            csvServer.stop(0);
        }
    }
}
