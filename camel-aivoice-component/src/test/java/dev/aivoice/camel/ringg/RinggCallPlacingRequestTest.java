package dev.aivoice.camel.ringg;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.aivoice.camel.AiVoiceConfiguration;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.http.ApiRequest;
import dev.aivoice.camel.http.ClientSettings;
import dev.aivoice.camel.http.HttpClientFactory;
import dev.aivoice.camel.http.HttpTransport;
import dev.aivoice.camel.provider.OperationContext;
import dev.aivoice.camel.ringg.model.RinggCampaign;
import dev.aivoice.camel.test.RecordingHttpServer.Answer;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultExchange;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which Ringg requests are marked as placing calls (never to be repeated): call create, campaign start, launch's
 * start and bulkStart; and no other. The requests still go to the loopback server.
 */
class RinggCallPlacingRequestTest extends RinggRouteTestSupport {

    static final String CSV = "Mobile Number\n+919876543210\n";
    final RinggProvider provider = new RinggProvider();
    final List<ApiRequest> sent = new CopyOnWriteArrayList<>();
    static ScheduledExecutorService timer;
    static CloseableHttpClient client;
    static HttpTransport transport;

    @BeforeAll
    static void startTransport() {
        timer = Executors.newSingleThreadScheduledExecutor();
        client = HttpClientFactory.build(new ClientSettings("test", 4, 5_000, null, -1, null, null, null, null));
        transport = new HttpTransport(client, 10_000, 1 << 20, null, timer);
    }

    @AfterAll
    static void stopTransport() {
        client.close(CloseMode.IMMEDIATE);
        timer.shutdownNow();
    }

    AiVoiceConfiguration options() {
        AiVoiceConfiguration options = new AiVoiceConfiguration();
        options.setBaseUrl(server.baseUrl() + BASE);
        options.setApiKey(KEY);
        options.setAgentId("a-1");
        options.setNumberPoolId("pool-1");
        options.setListId("l-1");
        options.setCampaignName("C");
        options.setCountryCode("+91");
        return options;
    }

    /** Runs one operation and returns the path and call-placing flag of each request it sent. */
    List<String> run(String api, String operation, Consumer<Message> setup) throws Exception {
        sent.clear();
        OperationContext recording = new OperationContext(provider, api, operation, options(), Clock.systemUTC(),
                context -> request -> {
                    sent.add(request);
                    return transport.send(request);
                });
        Exchange exchange = new DefaultExchange(context);
        setup.accept(exchange.getMessage());
        provider.handler(api, operation).handle(exchange, recording).toCompletableFuture().get(10, TimeUnit.SECONDS);
        return sent.stream().map(r -> r.uri().getPath().substring(BASE.length()) + " " + r.placesCall()).toList();
    }

    static void contacts(Message message) {
        message.setBody(CSV);
        message.setHeader(AiVoiceConstants.CAMPAIGN,
                new RinggCampaign().setCampaignStartTime("01/01/2099, 09:00").setCampaignEndTime("02/01/2099, 09:00"));
    }

    @Test
    void callCreateCampaignStartLaunchStartAndBulkStartPlaceCalls() throws Exception {
        server.answerAlways(Answer.json(200, "{\"list_id\": \"l-9\", \"data\": {\"call_id\": \"c-1\"}}"));

        assertThat(run("call", "create", m -> {
            m.setHeader(AiVoiceConstants.TO_NUMBER, "+919876543210");
            m.setHeader(AiVoiceConstants.CALLEE_NAME, "Asha");
        })).containsExactly("/calling/v2/outbound/individual true");
        assertThat(run("campaign", "start", m -> {
        })).containsExactly("/campaign/v2/start true");
        assertThat(run("campaign", "launch", RinggCallPlacingRequestTest::contacts))
                .containsExactly("/campaign/save false", "/campaign/v2/start true");
        assertThat(run("campaign", "bulkStart", m -> {
        })).containsExactly("/campaign/make-call-async true");
    }

    @Test
    void readsUploadsEditsAndTerminationsDoNotPlaceCalls() throws Exception {
        server.answerAlways(Answer.json(200, "{}"));

        assertThat(run("campaign", "upload", RinggCallPlacingRequestTest::contacts)).containsExactly("/campaign/save false");
        assertThat(run("campaign", "bulkUpload", RinggCallPlacingRequestTest::contacts))
                .containsExactly("/campaign/upload-csv false");
        assertThat(run("call", "terminate", m -> m.setBody(Map.of("call_ids", List.of("c-1")))))
                .containsExactly("/campaign/terminate false");
        assertThat(run("agent", "edit", m -> m.setBody(Map.of("operation", "edit_timezone"))))
                .containsExactly("/agent/v1 false");
        assertThat(run("call", "history", m -> {
        })).containsExactly("/calling/history false");
        assertThat(run("call", "get", m -> m.setBody("c-1"))).containsExactly("/calling/call-details false");
    }
}
