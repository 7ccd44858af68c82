package dev.aivoice.scaleout;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import dev.aivoice.camel.AiVoiceConstants;
import dev.aivoice.sandbox.ProviderSandbox;
import dev.aivoice.sandbox.SandboxCall;
import dev.aivoice.sandbox.SandboxClock;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances with the Ringg events consumer and backfill on, both on one JdbcMessageIdRepository, reading the same
 * call history (the sandbox's) every 300 ms: each call's outcome is routed exactly once across both instances, whether
 * it came only from the history, from a webhook delivery first, or from a webhook delivered to both instances at once
 * while their backfills may be routing the same outcome.
 */
class BackfillAcrossInstancesTest {

    static final int CALLS = 30;

    /** Outcomes routed per call id, both instances together; and per instance and per source. */
    final Map<String, AtomicInteger> routed = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> routedBy = new ConcurrentHashMap<>();
    final Map<String, String> source = new ConcurrentHashMap<>();

    @Test
    void eachOutcomeIsRoutedOnceAcrossInstancesFromTheWebhookOrTheHistory() throws Exception {
        String processor = "backfill-" + UUID.randomUUID();
        SharedDatabase.createTables();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<HikariDataSource> pools = new ArrayList<>();
        List<Instance> instances = new ArrayList<>();
        WebhookDelivery webhooks = new WebhookDelivery();
        try (ProviderSandbox sandbox = ProviderSandbox.builder().clock(SandboxClock.manual(Instant.now())).start()) {
            for (String name : List.of("a", "b")) {
                HikariDataSource pool = SharedDatabase.pool("backfill-" + name, 10);
                pools.add(pool);
                instances.add(Instance.start("backfill-" + name, defaults -> {
                    defaults.setApiKey(ProviderSandbox.RINGG_API_KEY);
                    defaults.setBaseUrl(sandbox.ringgBaseUrl());
                }, registry -> registry.bind("outcomes", new JdbcMessageIdRepository(pool, processor)),
                        routes(name)));
            }
            // calls placed and completed while no webhook reaches the instances (no subscription)
            for (int lead = 0; lead < CALLS; lead++) {
                int number = lead;
                Exchange placed = instances.get(0).template.request("direct:call", exchange -> {
                    exchange.getMessage().setHeader(AiVoiceConstants.TO_NUMBER, "+1415555%04d".formatted(number));
                    exchange.getMessage().setHeader(AiVoiceConstants.CALLEE_NAME, "Lead " + number);
                });
                assertThat(placed.getException()).isNull();
            }
            sandbox.runUntilIdle();
            List<String> callIds = sandbox.calls().stream().map(SandboxCall::id).toList();
            assertThat(callIds).hasSize(CALLS);

            // a third delivered by webhook at once (to either instance), a third by webhook to both instances at
            // once after about one backfill grace (the backfills may be routing them), a third only in the history
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                String body = WebhookDelivery.callCompleted(callIds.get(i), 0);
                answers.add(senders.submit(() -> webhooks.deliverUntilAccepted(instances, body, 20)));
            }
            Thread.sleep(300);
            for (int i = 10; i < 20; i++) {
                String body = WebhookDelivery.callCompleted(callIds.get(i), 0);
                for (int both = 0; both < 2; both++) {
                    answers.add(senders.submit(() -> webhooks.deliverUntilAccepted(instances, body, 20)));
                }
                Thread.sleep(60);
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (routed.size() < CALLS && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            Thread.sleep(1_500); // five more backfill rounds on each instance: a second routing would show
            instances.forEach(Instance::close); // before the sandbox goes

            System.out.println("SCALEOUT backfill across instances: " + CALLS + " outcomes routed "
                               + new java.util.TreeMap<>(routedBy));
            assertThat(routed.keySet()).containsExactlyInAnyOrderElementsOf(callIds);
            assertThat(routed.values()).allSatisfy(count -> assertThat(count).hasValue(1));
            // the third that no webhook delivered came from the history
            for (String callId : callIds.subList(20, 30)) {
                assertThat(source).containsEntry(callId, "history");
            }
        } finally {
            instances.forEach(Instance::close); // again after a failure: stopping twice is harmless
            pools.forEach(HikariDataSource::close);
            senders.shutdownNow();
        }
    }

    private RouteBuilder routes(String name) {
        String ringg = "agentId=" + ProviderSandbox.RINGG_AGENT_ID;
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:ringg:events?webhookPath=" + WebhookDelivery.PATH + "&eventTypes=call_completed"
                     + "&idempotentRepository=#outcomes&backfillInterval=300ms&" + ringg)
                        .process(exchange -> {
                            String callId = exchange.getMessage().getHeader(AiVoiceConstants.CALL_ID, String.class);
                            String source = exchange.getMessage().getHeader(AiVoiceConstants.EVENT_SOURCE, String.class);
                            routed.computeIfAbsent(callId, any -> new AtomicInteger()).incrementAndGet();
                            routedBy.computeIfAbsent(name + " " + source, any -> new AtomicInteger())
                                    .incrementAndGet();
                            BackfillAcrossInstancesTest.this.source.put(callId, source);
                        });
                from("direct:call").to("aivoice:ringg:call?numberPoolId=" + ProviderSandbox.RINGG_NUMBER_POOL_ID + "&"
                                       + ringg);
            }
        };
    }
}
