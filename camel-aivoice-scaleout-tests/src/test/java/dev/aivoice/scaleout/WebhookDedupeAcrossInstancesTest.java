package dev.aivoice.scaleout;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import dev.aivoice.camel.events.CallEvent;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances, one PostgreSQL holding the webhook consumer's idempotent repository (camel-sql's
 * JdbcMessageIdRepository): each event is routed exactly once across both, whichever instance its deliveries reach,
 * however they interleave, and also when a route attempt fails.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDedupeAcrossInstancesTest {

    final List<HikariDataSource> pools = new ArrayList<>();
    final List<Instance> instances = new ArrayList<>();
    final WebhookDelivery delivery = new WebhookDelivery();
    final ExecutorService senders = Executors.newFixedThreadPool(50);

    /** Successful routings per event, both instances together. */
    final Map<String, AtomicInteger> routed = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> routedBy = new ConcurrentHashMap<>();
    /** Events whose first route attempt fails, and those that have failed once already. */
    final Set<String> failOnce = ConcurrentHashMap.newKeySet();
    final Set<String> failed = ConcurrentHashMap.newKeySet();
    /** Events held in the route until released. */
    final Map<String, CountDownLatch> entered = new ConcurrentHashMap<>();
    final Map<String, CountDownLatch> release = new ConcurrentHashMap<>();

    @BeforeAll
    void startTwoInstances() throws Exception {
        SharedDatabase.createTables();
        for (String name : List.of("a", "b")) {
            HikariDataSource pool = SharedDatabase.pool("webhooks-" + name, 20);
            pools.add(pool);
            // one processorName for all instances: one set of keys
            JdbcMessageIdRepository repository = new JdbcMessageIdRepository(pool, "ringg-events");
            instances.add(Instance.start(name, registry -> registry.bind("events", repository), routes(name)));
        }
    }

    @AfterAll
    void stop() {
        senders.shutdownNow();
        instances.forEach(Instance::close);
        pools.forEach(HikariDataSource::close);
    }

    @BeforeEach
    void forget() {
        routed.clear();
        routedBy.clear();
    }

    private RouteBuilder routes(String name) {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:ringg:events?webhookPath=" + WebhookDelivery.PATH + "&idempotentRepository=#events")
                        .process(exchange -> {
                            CallEvent event = exchange.getMessage().getBody(CallEvent.class);
                            String id = event.getCallId() + "#" + event.getAttempt();
                            CountDownLatch hold = release.get(id);
                            if (hold != null) {
                                entered.get(id).countDown();
                                assertThat(hold.await(20, TimeUnit.SECONDS)).isTrue();
                            }
                            if (failOnce.contains(id) && failed.add(id)) {
                                throw new IllegalStateException("route attempt fails once: " + id);
                            }
                            routed.computeIfAbsent(id, any -> new AtomicInteger()).incrementAndGet();
                            routedBy.computeIfAbsent(name, any -> new AtomicInteger()).incrementAndGet();
                        });
            }
        };
    }

    @Test
    void fiveThousandDeliveriesToEitherInstanceWithDuplicatesAndFailingAttemptsRouteEachEventExactlyOnce()
            throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> unique = new ArrayList<>();
        for (int i = 0; i < 4_500; i++) {
            String callId = run + "-call-" + i;
            unique.add(WebhookDelivery.callCompleted(callId, i % 3));
            if (i % 20 == 7) {
                failOnce.add(callId + "#" + (i % 3));
            }
        }
        Random random = new Random(15);
        List<String> deliveries = new ArrayList<>(unique);
        for (int i = 0; i < 500; i++) {
            deliveries.add(unique.get(random.nextInt(unique.size())));
        }
        Collections.shuffle(deliveries, random);

        long start = System.nanoTime();
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (String body : deliveries) {
            answers.add(senders.submit(() -> delivery.deliverUntilAccepted(instances, body, 10)));
        }
        int accepted = 0;
        for (Future<HttpResponse<String>> answer : answers) {
            accepted += answer.get(120, TimeUnit.SECONDS).statusCode() == 200 ? 1 : 0;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("SCALEOUT webhooks: %d deliveries (%d unique, %d route attempts failing once) to 2 instances"
                          + " by 50 senders in %d ms; routed by a: %s, by b: %s%n", deliveries.size(), unique.size(),
                225, millis, routedBy.get("a"), routedBy.get("b"));

        assertThat(accepted).isEqualTo(5_000);
        // every event chosen to fail once did fail once, and was then routed through a redelivery
        assertThat(failed.stream().filter(id -> id.startsWith(run))).hasSize(225);
        assertThat(routed).hasSize(4_500);
        assertThat(routed.values()).allMatch(count -> count.get() == 1);
        assertThat(routedBy.get("a").get()).isPositive();
        assertThat(routedBy.get("b").get()).isPositive();
    }

    @Test
    void duplicateReachingTheOtherInstanceWhileTheEventIsRoutedIsNotRoutedThere() throws Exception {
        List<HttpResponse<String>> answers = deliverToBWhileAHoldsTheEvent("held-ok", false);

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(200, 200);
        assertThat(answers.get(1).body()).isEqualTo("Duplicate");
        assertThat(routed.get("held-ok#0")).hasValue(1);
        assertThat(routedBy.get("a")).hasValue(1);
        assertThat(routedBy).doesNotContainKey("b");
    }

    @Test
    void whenTheInstanceRoutingTheEventFailsTheDuplicateWaitingAtTheOtherRoutesIt() throws Exception {
        List<HttpResponse<String>> answers = deliverToBWhileAHoldsTheEvent("held-fails", true);

        // a's attempt failed (500, so Ringg would deliver again); b, which was waiting, routed the event
        assertThat(answers).extracting(HttpResponse::statusCode).containsExactly(500, 200);
        assertThat(answers.get(1).body()).isEmpty();
        assertThat(routed.get("held-fails#0")).hasValue(1);
        assertThat(routedBy.get("b")).hasValue(1);
        assertThat(routedBy).doesNotContainKey("a");
    }

    /** Delivers to a, holds it in a's route, delivers the same event to b, then lets a finish: [a's, b's] answers. */
    private List<HttpResponse<String>> deliverToBWhileAHoldsTheEvent(String callId, boolean aFails) throws Exception {
        String id = callId + "#0";
        entered.put(id, new CountDownLatch(1));
        release.put(id, new CountDownLatch(1));
        if (aFails) {
            failOnce.add(id);
        }
        String body = WebhookDelivery.callCompleted(callId, 0);
        Future<HttpResponse<String>> atA = senders.submit(() -> delivery.post(instances.get(0), body));
        assertThat(entered.get(id).await(10, TimeUnit.SECONDS)).isTrue();
        Future<HttpResponse<String>> atB = senders.submit(() -> delivery.post(instances.get(1), body));
        // b has found the key taken and polls the store meanwhile
        Thread.sleep(500);
        assertThat(atB).isNotDone();
        release.remove(id).countDown();
        return List.of(atA.get(30, TimeUnit.SECONDS), atB.get(30, TimeUnit.SECONDS));
    }
}
