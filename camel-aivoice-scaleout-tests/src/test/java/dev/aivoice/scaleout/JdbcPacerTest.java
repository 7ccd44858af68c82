package dev.aivoice.scaleout;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import dev.aivoice.camel.pacer.JdbcPacer;
import dev.aivoice.camel.pacer.PacerUnavailableException;
import dev.aivoice.camel.pacer.SendBudget;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The JdbcPacer's reservations on PostgreSQL: two pacers (two instances) on one row hand out distinct slots. */
class JdbcPacerTest {

    @Test
    void twoPacersReservingAtOnceGetSlotsOneIntervalApart() throws Exception {
        SharedDatabase.createTables();
        String account = "test:" + UUID.randomUUID();
        try (HikariDataSource poolA = SharedDatabase.pool("pacer-a", 4); HikariDataSource poolB = SharedDatabase.pool("pacer-b", 4);
             JdbcPacer a = new JdbcPacer(poolA); JdbcPacer b = new JdbcPacer(poolB)) {
            long start = System.nanoTime();
            List<CompletableFuture<Duration>> slots = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                slots.add((i % 2 == 0 ? a : b).reserve(account, 10));
            }
            List<Long> startsMillis = new ArrayList<>();
            for (CompletableFuture<Duration> slot : slots) {
                Duration wait = slot.get(10, TimeUnit.SECONDS);
                startsMillis.add(wait.toMillis());
            }
            long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            startsMillis.sort(Long::compare);
            System.out.println("JdbcPacer waits (ms, sorted) " + startsMillis + " reserved in " + took + " ms");

            // 20 slots at 10/s, 105 ms apart (100 ms and two arrival margins of 25 ms over 10 slots): waits of about
            // 0, 105, ..., 1995 ms (less the time reserving took)
            long interval = SendBudget.of(10, SendBudget.DEFAULT_ARRIVAL_MARGIN).slotIntervalNanos() / 1_000_000;
            assertThat(interval).isEqualTo(105);
            for (int i = 1; i < startsMillis.size(); i++) {
                assertThat(startsMillis.get(i) - startsMillis.get(i - 1)).isBetween(interval - took, interval + took);
            }
            assertThat(startsMillis.get(19)).isGreaterThanOrEqualTo(19 * interval - took);
        }
    }

    @Test
    void twoPacersAdmittingAtOnceLetThroughAtMostTheRateWithinOneWindowByTheDatabaseClock() throws Exception {
        SharedDatabase.createTables();
        String account = "test:" + UUID.randomUUID();
        try (HikariDataSource poolA = SharedDatabase.pool("admit-a", 4); HikariDataSource poolB = SharedDatabase.pool("admit-b", 4);
             JdbcPacer a = new JdbcPacer(poolA); JdbcPacer b = new JdbcPacer(poolB)) {
            a.setArrivalMargin(Duration.ofMillis(100));
            b.setArrivalMargin(Duration.ofMillis(100));
            // the account's row exists once a slot was reserved
            assertThat(a.reserve(account, 5).get(15, TimeUnit.SECONDS)).isEqualTo(Duration.ZERO);

            // 12 requests whose slots came at once (late wakers): 5 per 1.1 s at 5/s, the rest refused
            List<CompletableFuture<Instant>> admissions = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                admissions.add((i % 2 == 0 ? a : b).admit(account, 5));
            }
            long admitted = 0;
            for (CompletableFuture<Instant> admission : admissions) {
                admitted += admission.get(15, TimeUnit.SECONDS) != null ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(5);
            assertThat(a.admit(account, 5).get(15, TimeUnit.SECONDS)).isNull();

            // a window later (1 s of the rate's span and the 100 ms margin) there is room again
            Thread.sleep(1_150);
            assertThat(b.admit(account, 5).get(15, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void createTableIfMissingGivesATableOfAnEarlierVersionItsSendTimes() throws Exception {
        String table = "pacer_" + UUID.randomUUID().toString().substring(0, 8);
        try (HikariDataSource pool = SharedDatabase.pool("pacer-upgrade", 2); JdbcPacer pacer = new JdbcPacer(pool);
             Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + table + " (account VARCHAR(200) PRIMARY KEY, next_slot TIMESTAMPTZ NOT NULL)");
            statement.execute("INSERT INTO " + table + " VALUES ('test:old', now())");
            pacer.setTableName(table);

            pacer.createTableIfMissing();

            assertThat(pacer.reserve("test:old", 10).get(15, TimeUnit.SECONDS)).isEqualTo(Duration.ZERO);
            assertThat(pacer.admit("test:old", 10).get(15, TimeUnit.SECONDS)).isNotNull();
        }
    }

    @Test
    void aReservationTheDatabaseDoesNotAnswerInTimeFailsWithPacerUnavailable() throws Exception {
        SharedDatabase.createTables();
        String account = "test:" + UUID.randomUUID();
        try (HikariDataSource pool = SharedDatabase.pool("pacer-slow", 4); JdbcPacer pacer = new JdbcPacer(pool);
             Connection locker = pool.getConnection()) {
            assertThat(pacer.reserve(account, 10).get(15, TimeUnit.SECONDS)).isEqualTo(Duration.ZERO);
            pacer.setTimeout(Duration.ofMillis(300));
            // another transaction holds the account's row: the next reservation waits for it
            locker.setAutoCommit(false);
            try (Statement statement = locker.createStatement()) {
                statement.execute("SELECT * FROM aivoice_pacer WHERE account = '" + account + "' FOR UPDATE");
            }

            CompletableFuture<Duration> slot = pacer.reserve(account, 10);

            assertThat(slot).failsWithin(5, TimeUnit.SECONDS).withThrowableThat().havingCause()
                    .isInstanceOf(PacerUnavailableException.class)
                    .withMessage("not sent: the shared pacer could not reserve a maxRequestsPerSecond slot: no answer"
                                 + " from the database within 300 ms");
            locker.rollback();
        }
    }
}
