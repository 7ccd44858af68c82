package dev.aivoice.camel.events;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.aivoice.camel.test.RinggEvents;
import dev.aivoice.camel.test.WebhookTestSupport;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Many concurrent deliveries, duplicates among them, over real HTTP: each event is routed exactly once. */
class WebhookConcurrencyTest extends WebhookTestSupport {

    static final String LOAD = "/ringg/load";
    static final String SLOW = "/ringg/slow";

    final Map<String, AtomicInteger> routed = new ConcurrentHashMap<>();
    final AtomicInteger slowEntries = new AtomicInteger();
    final CountDownLatch slowEntered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    volatile boolean firstSlowFails;
    final ExecutorService senders = Executors.newFixedThreadPool(50);

    @AfterEach
    void stopSenders() {
        senders.shutdownNow();
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("aivoice:ringg:events?webhookPath=" + LOAD).process(exchange -> {
                    CallEvent event = exchange.getMessage().getBody(CallEvent.class);
                    routed.computeIfAbsent(event.getCallId() + "#" + event.getAttempt(), key -> new AtomicInteger())
                            .incrementAndGet();
                });
                from("aivoice:ringg:events?webhookPath=" + SLOW).process(exchange -> {
                    int entry = slowEntries.incrementAndGet();
                    if (entry == 1) {
                        slowEntered.countDown();
                        assertThat(release.await(20, TimeUnit.SECONDS)).isTrue();
                        if (firstSlowFails) {
                            throw new IllegalStateException("first delivery fails after the others arrived");
                        }
                    }
                });
            }
        };
    }

    @Test
    void fiftySendersDeliveringFiveThousandEventsWithTenPercentDuplicatesRouteEachEventOnce() throws Exception {
        List<String> unique = new ArrayList<>();
        for (int i = 0; i < 4_500; i++) {
            unique.add(RinggEvents.callCompleted("call-" + i, i % 3));
        }
        Random random = new Random(42);
        List<String> deliveries = new ArrayList<>(unique);
        for (int i = 0; i < 500; i++) {
            deliveries.add(unique.get(random.nextInt(unique.size())));
        }
        Collections.shuffle(deliveries, random);

        long start = System.nanoTime();
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        for (String body : deliveries) {
            responses.add(senders.submit(() -> post(LOAD, TOKEN, body)));
        }
        int ok = 0;
        int duplicates = 0;
        for (Future<HttpResponse<String>> response : responses) {
            HttpResponse<String> answer = response.get(60, TimeUnit.SECONDS);
            ok += answer.statusCode() == 200 ? 1 : 0;
            duplicates += "Duplicate".equals(answer.body()) ? 1 : 0;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        System.out.printf("webhook load: %d deliveries (%d unique) by 50 senders in %d ms (%.0f deliveries/s)%n",
                deliveries.size(), unique.size(), millis, deliveries.size() * 1000.0 / Math.max(1, millis));

        assertThat(ok).isEqualTo(5_000);
        assertThat(duplicates).isEqualTo(500);
        assertThat(routed).hasSize(4_500);
        assertThat(routed.values()).allMatch(count -> count.get() == 1);
    }

    @Test
    void deliveriesArrivingWhileTheSameEventIsRoutedAreRoutedOnce() throws Exception {
        List<Future<HttpResponse<String>>> responses = deliverSixWhileTheFirstIsInTheRoute();

        assertThat(slowEntries).hasValue(1);
        assertThat(responses).allSatisfy(response -> assertThat(response.get().statusCode()).isEqualTo(200));
    }

    @Test
    void whenTheDeliveryInTheRouteFailsAWaitingDuplicateRoutesTheEvent() throws Exception {
        firstSlowFails = true;

        List<Future<HttpResponse<String>>> responses = deliverSixWhileTheFirstIsInTheRoute();

        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> response : responses) {
            statuses.add(response.get().statusCode());
        }
        // the failed first one, then exactly one successful routing among the duplicates
        assertThat(slowEntries).hasValue(2);
        assertThat(statuses).containsOnlyOnce(500).contains(200);
    }

    private List<Future<HttpResponse<String>>> deliverSixWhileTheFirstIsInTheRoute() throws Exception {
        String body = RinggEvents.callCompleted("slow-1", 0);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();
        responses.add(senders.submit(() -> post(SLOW, TOKEN, body)));
        assertThat(slowEntered.await(10, TimeUnit.SECONDS)).isTrue();
        for (int i = 0; i < 5; i++) {
            responses.add(senders.submit(() -> post(SLOW, TOKEN, body)));
        }
        // let the duplicates reach the consumer; arriving later would only make them plain duplicates
        Thread.sleep(500);
        release.countDown();
        for (Future<HttpResponse<String>> response : responses) {
            response.get(30, TimeUnit.SECONDS);
        }
        return responses;
    }
}
