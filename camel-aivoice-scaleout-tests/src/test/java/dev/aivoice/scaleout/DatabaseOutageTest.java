package dev.aivoice.scaleout;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariDataSource;
import dev.aivoice.camel.AiVoiceConnectionException;
import dev.aivoice.camel.events.CallEvent;
import dev.aivoice.camel.reliability.PacerUnavailableException;
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

    final Map<String, AtomicInteger> routed = new ConcurrentHashMap<>();

    @Test
    void whileTheDatabaseIsDownNothingIsDialledOrRoutedAndWorkResumesWhenItIsBack() throws Exception {
        PrivatePostgres postgres = PrivatePostgres.get();
        WebhookDelivery webhooks = new WebhookDelivery();
        try (LoopbackProvider provider = new LoopbackProvider();
             CallInstances callers = new CallInstances(2, provider.baseUrl(), "outage-" + UUID.randomUUID());
             HikariDataSource eventsPool = SharedDatabase.pool("outage-events", 4);
             Instance receiver = Instance.start("receiver",
                     registry -> registry.bind("events", new JdbcMessageIdRepository(eventsPool, "outage-events")),
                     webhookRoute())) {
            Instance a = callers.instances.get(0);
            Instance b = callers.instances.get(1);
            String run = UUID.randomUUID().toString().substring(0, 8);
            assertThat(CallInstances.call(a, "direct:guardedPaced", run + "-before", 1).getException()).isNull();
            assertThat(webhooks.post(receiver, WebhookDelivery.callCompleted(run + "-before", 0)).statusCode())
                    .isEqualTo(200);

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
                    .isInstanceOf(dev.aivoice.camel.AiVoiceDuplicateCallException.class);
            assertThat(provider.arrivals()).hasSize(3);
        }
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

    /** The exchange's exception once one attempt succeeded within 20 s (null), else the last failure. */
    private static Exception eventually(java.util.function.Supplier<Exchange> attempt) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Exception failure;
        do {
            failure = attempt.get().getException();
            if (failure == null) {
                return null;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        return failure;
    }
}
