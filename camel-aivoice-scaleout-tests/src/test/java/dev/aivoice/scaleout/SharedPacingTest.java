package dev.aivoice.scaleout;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.aivoice.camel.pacer.SendBudget;
import com.zaxxer.hikari.HikariDataSource;
import dev.aivoice.camel.reliability.RequestPacers;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances, one account at maxRequestsPerSecond=20 through a JdbcPacer each on one PostgreSQL table: together
 * they keep the account's rate where it counts, at the provider (a loopback HTTP server recording arrival times),
 * where two in-memory pacers would send 40 per second. The slots the pacers hand out are read back from the database
 * too (a trigger logs every new next_slot of the account's row, in the database's own clock). Only the bound
 * is asserted on arrival times (and the spread's lower bound, the requests did wait); the rest is printed.
 */
class SharedPacingTest {

    /** The slot spacing at 20/s with the default arrival margin: (1 s + 2 x 25 ms) / 20. */
    static final long INTERVAL_MICROS = SendBudget.of(20, SendBudget.DEFAULT_ARRIVAL_MARGIN).slotIntervalNanos() / 1000;

    @Test
    void twoInstancesPacingOneAccountAtTwentyPerSecondNeverDeliverMoreThanTwentyWithinOneSecond() throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(100);
        try (LoopbackProvider provider = new LoopbackProvider();
             CallInstances callers = new CallInstances(2, provider.baseUrl(), "unused")) {
            String account = RequestPacers.account("ringly", provider.baseUrl(), CallInstances.API_KEY);
            logSlots(callers.pools.get(0));
            // steady state: the first requests of a cold JVM take 50 to 250 ms more from admission to arrival than
            // later ones (sender threads and connections opened, code loaded), more than the arrival margin. So 20
            // paced calls per instance first, then a pause longer than the send window so none of them counts
            List<Future<Exchange>> warmUps = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Instance instance = callers.instances.get(i % 2);
                warmUps.add(senders.submit(() -> CallInstances.call(instance, "direct:paced", "warm-up", 9_999)));
            }
            for (Future<Exchange> exchange : warmUps) {
                assertThat(exchange.get(60, TimeUnit.SECONDS).getException()).isNull();
            }
            Thread.sleep(1_200);
            int warmUp = provider.arrivals().size();
            int slotsBefore = slotsMicros(callers.pools.get(0), account).size();

            List<Future<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                Instance instance = callers.instances.get(i % 2);
                int lead = i;
                sent.add(senders.submit(() -> CallInstances.call(instance, "direct:paced", "lead-" + lead, lead)));
            }
            for (Future<Exchange> exchange : sent) {
                assertThat(exchange.get(60, TimeUnit.SECONDS).getException()).isNull();
            }

            List<Long> slots = slotsMicros(callers.pools.get(0), account);
            // one slot per admission asked for: a refused request reserved again
            int refused = slots.size() - slotsBefore - 100;
            slots = slots.subList(slots.size() - 100, slots.size());
            List<LoopbackProvider.Arrival> all = provider.arrivals();
            List<LoopbackProvider.Arrival> arrivals = all.subList(warmUp, all.size());
            Duration spread = Duration.ofNanos(arrivals.get(99).nanos() - arrivals.get(0).nanos());
            List<Long> arrivalMicros = arrivals.stream().map(a -> a.nanos() / 1000).toList();
            int busiestArrivals = busiest(arrivalMicros, 1_000_000);
            System.out.printf("SCALEOUT pacing: 100 calls from 2 instances sharing 20/s: slots %d ms first to last"
                              + " (%d us apart: 4950 ms plus the arrival margins), busiest second %d slots, %d"
                              + " admissions refused (reserved again); at the provider: first-to-last arrival %d ms,"
                              + " busiest 1-second window %d arrivals, the shortest span of 21 arrivals %d ms%n",
                    (slots.get(99) - slots.get(0)) / 1000, INTERVAL_MICROS, busiest(slots, 1_000_000), refused,
                    spread.toMillis(), busiestArrivals, shortestSpan(arrivalMicros, 21) / 1000);

            assertThat(arrivals).hasSize(100);
            // the bound, where the provider counts: never more than 20 within any 1-second window
            assertThat(busiestArrivals).isLessThanOrEqualTo(20);
            for (int i = 1; i < slots.size(); i++) {
                assertThat(slots.get(i) - slots.get(i - 1)).isGreaterThanOrEqualTo(INTERVAL_MICROS);
            }
            assertThat(busiest(slots, 1_000_000)).isLessThanOrEqualTo(20);
            // one queue: at least 99 intervals (more when a loaded machine reserved late); two budgets take 2.5 s
            assertThat(slots.get(99) - slots.get(0)).isGreaterThanOrEqualTo(99 * INTERVAL_MICROS);
            // the requests did wait for their slots (arrivals carry the machine's jitter, so a looser bound)
            assertThat(spread).isGreaterThanOrEqualTo(Duration.ofMillis(4_500));
        } finally {
            senders.shutdownNow();
        }
    }

    /** A trigger that logs each new next_slot of the pacer table (test only). */
    private static void logSlots(HikariDataSource pool) throws Exception {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS pacer_log (account VARCHAR(200), next_slot TIMESTAMPTZ)");
            statement.execute("CREATE OR REPLACE FUNCTION log_pacer_slot() RETURNS trigger AS $$ BEGIN"
                              + " INSERT INTO pacer_log VALUES (NEW.account, NEW.next_slot); RETURN NEW; END $$"
                              + " LANGUAGE plpgsql");
            statement.execute("CREATE OR REPLACE TRIGGER pacer_log AFTER INSERT OR UPDATE OF next_slot ON aivoice_pacer"
                              + " FOR EACH ROW EXECUTE FUNCTION log_pacer_slot()");
        }
    }

    /** The slots handed out, in microseconds of the database's clock: each new next_slot less one interval. */
    private static List<Long> slotsMicros(HikariDataSource pool, String account) throws Exception {
        List<Long> slots = new ArrayList<>();
        try (Connection connection = pool.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT (extract(epoch from next_slot) * 1000000)::bigint FROM pacer_log WHERE account = ?"
                + " ORDER BY next_slot")) {
            query.setString(1, account);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    slots.add(result.getLong(1) - INTERVAL_MICROS);
                }
            }
        }
        return slots;
    }

    /** The shortest time (sorted instants) between the first and last of {@code count} consecutive instants. */
    static long shortestSpan(List<Long> instants, int count) {
        long shortest = Long.MAX_VALUE;
        for (int first = 0; first + count - 1 < instants.size(); first++) {
            shortest = Math.min(shortest, instants.get(first + count - 1) - instants.get(first));
        }
        return shortest;
    }

    /** The most instants (sorted, microseconds) in any window [t, t + window) starting at one of them. */
    static int busiest(List<Long> instants, long window) {
        int most = 0;
        int last = 0;
        for (int first = 0; first < instants.size(); first++) {
            while (last + 1 < instants.size() && instants.get(last + 1) - instants.get(first) < window) {
                last++;
            }
            most = Math.max(most, last - first + 1);
        }
        return most;
    }
}
