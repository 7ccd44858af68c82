package dev.aivoice.scaleout;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.aivoice.camel.AiVoiceDuplicateCallException;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances, one PostgreSQL holding the duplicate-dial guard's keys: a key rings once, whichever instance. */
class DuplicateDialAcrossInstancesTest {

    @Test
    void twoHundredConcurrentRequestsWithFiftyKeysOnTwoInstancesPlaceExactlyFiftyCalls() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(50);
        try (LoopbackProvider provider = new LoopbackProvider();
             CallInstances callers = new CallInstances(2, provider.baseUrl(), "calls-" + UUID.randomUUID())) {
            List<Future<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int lead = i % 50;
                // each key four times, alternately to each instance, all at once
                Instance instance = callers.instances.get(i % 2 == (i / 50) % 2 ? 0 : 1);
                sent.add(senders.submit(() -> CallInstances.call(instance, "direct:guarded", "lead-" + lead, lead)));
            }
            int placed = 0;
            int duplicates = 0;
            for (Future<Exchange> exchange : sent) {
                Exception failure = exchange.get(60, TimeUnit.SECONDS).getException();
                placed += failure == null ? 1 : 0;
                duplicates += failure instanceof AiVoiceDuplicateCallException ? 1 : 0;
            }

            assertThat(provider.arrivals()).hasSize(50);
            assertThat(provider.arrivals()).extracting(arrival -> arrival.body().replaceAll(".*\"to_number\":\"([^\"]+)\".*", "$1"))
                    .doesNotHaveDuplicates();
            assertThat(placed).isEqualTo(50);
            assertThat(duplicates).isEqualTo(150);
        } finally {
            senders.shutdownNow();
        }
    }
}
