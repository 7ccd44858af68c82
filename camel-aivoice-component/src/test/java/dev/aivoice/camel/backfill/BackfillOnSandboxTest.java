package dev.aivoice.camel.backfill;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.SandboxCall;
import dev.aivoice.sandbox.SandboxClock;
import dev.aivoice.sandbox.WebhookDelivery;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;
import org.apache.camel.test.AvailablePortFinder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No lost outcomes: the application (Camel with the Ringg events consumer, backfill on, a file-backed idempotent
 * repository) receives 5 outcomes by webhook, is stopped while 20 more calls complete and the sandbox gives up
 * delivering them (4 refused attempts each), and after a restart routes each of the 20 once from the call history,
 * with the correlation id, and none of the 5 again.
 */
class BackfillOnSandboxTest {

    static final String PATH = "/ringg/events";
    static final String TOKEN = "backfill-token-Jd83";

    @TempDir
    Path dir;

    final ProviderSandbox sandbox = ProviderSandbox.builder().clock(SandboxClock.manual(Instant.now())).start();
    final int port = AvailablePortFinder.getNextAvailable();
    final List<Exchange> routed = new CopyOnWriteArrayList<>();
    CamelContext camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
        sandbox.close();
    }

    CamelContext start(IdempotentRepository outcomes) throws Exception {
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(port);
        CamelContext context = new DefaultCamelContext();
        context.addService(new VertxPlatformHttpServer(server));
        context.getRegistry().bind("outcomes", outcomes);
        String ringg = "apiKey=" + ProviderSandbox.RINGG_API_KEY + "&baseUrl=" + sandbox.ringgBaseUrl() + "&agentId="
                       + ProviderSandbox.RINGG_AGENT_ID;
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:ringg:events?webhookPath=" + PATH + "&webhookToken=" + TOKEN + "&autoSubscribe=true"
                     + "&publicUrl=http://127.0.0.1:" + port + PATH + "&eventTypes=call_completed"
                     + "&idempotentRepository=#outcomes&backfillInterval=500ms&" + ringg)
                        .process(routed::add);
                from("direct:call").to("aivoice:ringg:call?numberPoolId=" + ProviderSandbox.RINGG_NUMBER_POOL_ID
                                       + "&correlationId=${header.leadId}&" + ringg);
            }
        });
        context.start();
        return context;
    }

    void placeCalls(int from, int count) {
        for (int i = from; i < from + count; i++) {
            int lead = i;
            Exchange placed = camel.createProducerTemplate().send("direct:call", exchange -> {
                exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+1415555%04d".formatted(lead));
                exchange.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Lead " + lead);
                exchange.getMessage().setHeader("leadId", "lead-" + lead);
            });
            assertThat(placed.getException()).isNull();
        }
    }

    @Test
    void outcomesMissedWhileDownAreRoutedOnceFromHistoryAfterRestart() throws Exception {
        File store = dir.resolve("outcomes.dat").toFile();
        camel = start(FileIdempotentRepository.fileIdempotentRepository(store, 10_000));
        placeCalls(0, 5);
        sandbox.runUntilIdle();
        assertThat(routed).hasSize(5);
        assertThat(routed).allSatisfy(e -> assertThat(e.getMessage().getHeader(AiVoiceConstants.EVENT_SOURCE))
                .isEqualTo("webhook"));
        List<Object> webhookCalls = routed.stream().map(e -> e.getMessage().getHeader(AiVoiceConstants.CALL_ID)).toList();

        placeCalls(5, 20);
        camel.stop(); // down while the 20 calls complete: every delivery refused, the sandbox gives up
        routed.clear();
        sandbox.runUntilIdle();
        List<SandboxCall> missed = sandbox.calls().subList(5, 25);
        for (SandboxCall call : missed) {
            assertThat(call.status()).isEqualTo("completed");
            assertThat(sandbox.deliveries("call_completed")).filteredOn(d -> d.callId().equals(call.id()))
                    .hasSize(4).noneMatch(WebhookDelivery::delivered);
        }

        camel = start(FileIdempotentRepository.fileIdempotentRepository(store, 10_000));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (routed.size() < 20 && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(50);
        }
        TimeUnit.MILLISECONDS.sleep(500); // nothing more comes: a second copy would arrive in the same round

        assertThat(routed).hasSize(20);
        assertThat(routed).extracting(e -> e.getMessage().getHeader(AiVoiceConstants.CALL_ID))
                .containsExactlyInAnyOrderElementsOf(missed.stream().map(SandboxCall::id).toList())
                .doesNotContainAnyElementsOf(webhookCalls);
        for (Exchange exchange : routed) {
            Map<String, Object> headers = exchange.getMessage().getHeaders();
            CallEvent event = exchange.getMessage().getBody(CallEvent.class);
            assertThat(headers).containsEntry(AiVoiceConstants.EVENT_SOURCE, "history")
                    .containsEntry(AiVoiceConstants.EVENT_TYPE, "call_completed")
                    .containsEntry(AiVoiceConstants.CALL_STATUS, "completed");
            assertThat(headers.get(AiVoiceConstants.CORRELATION_ID)).isEqualTo(
                    "lead-" + event.getToNumber().substring(8).replaceFirst("^0+(?=.)", ""));
        }

        // the provider's late delivery of an outcome the history already routed: acknowledged, not routed again
        WebhookDelivery late = sandbox.deliveries("call_completed").stream()
                .filter(d -> d.callId().equals(missed.get(0).id())).findFirst().orElseThrow();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + PATH)).header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(late.body())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(routed).hasSize(20);
    }
}
