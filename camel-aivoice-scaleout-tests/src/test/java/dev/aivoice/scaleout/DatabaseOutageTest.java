package dev.aivoice.scaleout;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.AiVoiceDuplicateCallException;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.pacer.PacerUnavailableException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared PostgreSQL stops while two instances place calls and receive events: what needs the database fails
 * with the documented exception and sends nothing (no call dialled unguarded or unpaced, no event routed without its
 * key), and the same requests go through once the database is back.
 */
class DatabaseOutageTest {

    /** How long a request waits for a connection while the database is down, before it fails. */
    static final long OUTAGE_WAIT = 3_000;
    static final int CALLS = 80;

    final Map<String, AtomicInteger> routed = new ConcurrentHashMap<>();

    @Test
    void whileTheDatabaseIsDownNothingIsDialledOrRoutedAndWorkResumesWhenItIsBack() throws Exception {
        PrivatePostgres postgres = PrivatePostgres.get();
        WebhookDelivery webhooks = new WebhookDelivery();
        try (LoopbackProvider provider = new LoopbackProvider();
             CallInstances callers = new CallInstances(2, provider.baseUrl(), "outage-" + UUID.randomUUID(),
                     OUTAGE_WAIT);
             HikariDataSource eventsPool = SharedDatabase.pool("outage-events", 4, OUTAGE_WAIT);
             Instance receiver = Instance.start("receiver",
                     registry -> registry.bind("events", new JdbcMessageIdRepository(eventsPool, "outage-events")),
                     webhookRoute())) {
            Instance a = callers.instances.get(0);
            Instance b = callers.instances.get(1);
            String run = UUID.randomUUID().toString().substring(0, 8);
            assertThat(eventually(() -> CallInstances.call(a, "direct:guardedPaced", run + "-before", 1))).isNull();
            assertThat(webhooks.deliverUntilAccepted(List.of(receiver), WebhookDelivery.callCompleted(run + "-before", 0),
                    20).statusCode()).isEqualTo(200);

            postgres.stop();
            try {
                Exception guarded = CallInstances.call(a, "direct:guardedPaced", run + "-down", 2).getException();
                Exception paced = CallInstances.call(b, "direct:paced", run + "-unkeyed", 3).getException();
                HttpResponse<String> event = webhooks.post(receiver, WebhookDelivery.callCompleted(run + "-down", 0));

                assertThat(guarded).isInstanceOf(AiVoiceConnectionException.class)
                        .hasMessageContaining("not sent: the idempotentRepository could not record idempotency key");
                assertThat(((AiVoiceConnectionException) guarded).isRequestMayHaveReachedProvider()).isFalse();
                assertThat(paced).isInstanceOf(AiVoiceConnectionException.class)
                        .hasMessageContaining("not sent: the shared pacer could not reserve a maxRequestsPerSecond slot")
                        .hasCauseInstanceOf(PacerUnavailableException.class);
                assertThat(((AiVoiceConnectionException) paced).isRequestMayHaveReachedProvider()).isFalse();
                assertThat(event.statusCode()).isEqualTo(500);
                assertThat(provider.arrivals()).hasSize(1);
                assertThat(routed).containsOnlyKeys(run + "-before");
            } finally {
                postgres.start();
            }

            // the same requests again, as a redelivery would send them, until the pools reconnect
            assertThat(eventually(() -> CallInstances.call(a, "direct:guardedPaced", run + "-down", 2))).isNull();
            assertThat(eventually(() -> CallInstances.call(b, "direct:paced", run + "-unkeyed", 3))).isNull();
            assertThat(webhooks.deliverUntilAccepted(List.of(receiver), WebhookDelivery.callCompleted(run + "-down", 0),
                    20).statusCode()).isEqualTo(200);
            assertThat(provider.arrivals()).hasSize(3);
            assertThat(routed.get(run + "-down")).hasValue(1);
            // and the guard holds again: the key recorded after the outage stops a second call
            assertThat(CallInstances.call(b, "direct:guardedPaced", run + "-down", 2).getException())
                    .isInstanceOf(AiVoiceDuplicateCallException.class);
            assertThat(provider.arrivals()).hasSize(3);
        }
    }

    @Test
    void callsSentWhileTheDatabaseStopsAndRestartsAreDialledAtMostOnceAndTheFailedOnesGoThroughAfterwards()
            throws Exception {
        PrivatePostgres postgres = PrivatePostgres.get();
        ExecutorService senders = Executors.newFixedThreadPool(20);
        try (LoopbackProvider provider = new LoopbackProvider();
             CallInstances callers = new CallInstances(2, provider.baseUrl(), "outage-" + UUID.randomUUID(),
                     OUTAGE_WAIT)) {
            String run = UUID.randomUUID().toString().substring(0, 8);
            Map<Integer, Future<Exchange>> sent = new TreeMap<>();
            // 80 calls, one every 100 ms to either instance; the database is down from about 1 s to 6 s, longer than
            // a request waits for a connection, so the calls of its first seconds fail
            Future<?> outage = senders.submit(() -> {
                Thread.sleep(1_000);
                postgres.stop();
                Thread.sleep(OUTAGE_WAIT + 2_000);
                postgres.start();
                return null;
            });
            for (int lead = 0; lead < CALLS; lead++) {
                Instance instance = callers.instances.get(lead % 2);
                int number = lead;
                sent.put(lead, senders.submit(() -> CallInstances.call(instance, "direct:guardedPaced",
                        run + "-" + number, number)));
                Thread.sleep(100);
            }
            outage.get(60, TimeUnit.SECONDS);
            Set<Integer> failed = new TreeSet<>();
            for (Map.Entry<Integer, Future<Exchange>> call : sent.entrySet()) {
                Exception failure = call.getValue().get(60, TimeUnit.SECONDS).getException();
                if (failure != null) {
                    assertThat(failure).isInstanceOf(AiVoiceConnectionException.class).hasMessageContaining("not sent");
                    assertThat(((AiVoiceConnectionException) failure).isRequestMayHaveReachedProvider()).isFalse();
                    failed.add(call.getKey());
                }
            }
            // what failed was not dialled; what succeeded was dialled once
            assertThat(failed).isNotEmpty();
            assertThat(dialled(provider)).hasSize(CALLS - failed.size()).doesNotContainAnyElementsOf(failed);

            // sent again once the database is back: dialled now, or kept out by a key the outage left recorded
            int keptOut = 0;
            for (int lead : failed) {
                Exception again = eventually(() -> CallInstances.call(callers.instances.get(lead % 2),
                        "direct:guardedPaced", run + "-" + lead, lead));
                if (again != null) {
                    assertThat(again).isInstanceOf(AiVoiceDuplicateCallException.class);
                    keptOut++;
                }
            }
            System.out.printf("SCALEOUT outage mid-run: %d of " + CALLS + " calls failed unsent during the outage; sent again: %d"
                              + " dialled, %d kept out by a key recorded before the outage%n", failed.size(),
                    failed.size() - keptOut, keptOut);
            List<Integer> dialled = dialled(provider);
            assertThat(dialled).doesNotHaveDuplicates().hasSize(CALLS - keptOut);
        } finally {
            senders.shutdownNow();
        }
    }

    /** The leads that reached the provider, one entry per call (from the callee number's last four digits). */
    private static List<Integer> dialled(LoopbackProvider provider) {
        return provider.arrivals().stream()
                .map(arrival -> Integer.parseInt(arrival.body().replaceAll("(?s).*\\+1415555(\\d{4}).*", "$1")))
                .toList();
    }

    private RouteBuilder webhookRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:ringg:events?webhookPath=" + WebhookDelivery.PATH + "&idempotentRepository=#events")
                        .process(exchange -> routed.computeIfAbsent(
                                exchange.getMessage().getBody(CallEvent.class).getCallId(), any -> new AtomicInteger())
                                .incrementAndGet());
            }
        };
    }

    /** Sends until it is not a connection failure (the database still coming back), for up to 20 s: the outcome. */
    private static Exception eventually(java.util.function.Supplier<Exchange> attempt) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Exception failure;
        do {
            failure = attempt.get().getException();
            if (!(failure instanceof AiVoiceConnectionException)) {
                // sent (null), or refused for good
                return failure;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return failure;
    }
}
