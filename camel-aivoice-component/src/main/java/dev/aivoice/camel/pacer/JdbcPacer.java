package dev.aivoice.camel.pacer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Pacer} shared by every instance that uses the same PostgreSQL database: each account has one row holding
 * the start time of its next free slot, and a reservation moves it on in one atomic statement
 * ({@code next_slot = greatest(next_slot, clock_timestamp()) + interval}), so instances never hand out the same slot.
 * The same row keeps the real send times of the account's last {@link SendBudget#sends()} requests: a request is
 * admitted when its slot has come only if the oldest of them is at least the {@link SendBudget} window old, and its
 * send time is appended in the same statement; otherwise it reserves a new slot. So a request whose thread woke late
 * never joins the ones on time in a burst, and with the {@link #setArrivalMargin arrival margin} the rate holds at
 * the provider, not only in the slots. A request answered later after its admission than the account's quickest by
 * more than the margin may have arrived that late: the account's window is then widened by the excess for a while
 * ({@link #answeredLate}), so the requests after it do not arrive in a burst with it. The database's clock is the
 * only one the window uses. Statements run on this pacer's own
 * few threads, never on a route thread; one that fails or takes longer than {@link #setTimeout(Duration) timeout}
 * fails its request unsent with a {@link PacerUnavailableException}.
 * <p>
 * Table (PostgreSQL; create it once, or call {@link #createTableIfMissing()}):
 * {@code CREATE TABLE aivoice_pacer (account VARCHAR(200) PRIMARY KEY, next_slot TIMESTAMPTZ NOT NULL,
 * sends TIMESTAMPTZ[] NOT NULL DEFAULT '{}', wide_micros BIGINT NOT NULL DEFAULT 0,
 * wide_until TIMESTAMPTZ NOT NULL DEFAULT '-infinity')}
 */
public final class JdbcPacer implements Pacer, AutoCloseable {

    public static final String DEFAULT_TABLE = "aivoice_pacer";
    private static final Logger LOG = LoggerFactory.getLogger(JdbcPacer.class);
    private static final Pattern TABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final DataSource dataSource;
    private String tableName = DEFAULT_TABLE;
    private Duration timeout = Duration.ofSeconds(5);
    private Duration arrivalMargin = SendBudget.DEFAULT_ARRIVAL_MARGIN;
    private final ThreadPoolExecutor threads;

    public JdbcPacer(DataSource dataSource) {
        this(dataSource, 4);
    }

    /** @param threads statements run at once at most (each holds a connection meanwhile) */
    public JdbcPacer(DataSource dataSource, int threads) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        if (threads < 1) {
            throw new IllegalArgumentException("JdbcPacer threads must be at least 1, was " + threads);
        }
        // daemon threads that end when idle: nothing to leak if nobody closes the pacer
        this.threads = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(10_000),
                work -> {
                    Thread thread = new Thread(work, "AiVoiceJdbcPacer-" + THREAD_NUMBER.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        this.threads.allowCoreThreadTimeOut(true);
    }

    @Override
    public CompletableFuture<Duration> reserve(String account, double requestsPerSecond) {
        long intervalMicros = Math.max(1, SendBudget.of(requestsPerSecond, arrivalMargin).slotIntervalNanos() / 1_000);
        return onPacerThread("reserve", () -> reserveNow(account, intervalMicros));
    }

    @Override
    public CompletableFuture<Instant> admit(String account, double requestsPerSecond) {
        SendBudget budget = SendBudget.of(requestsPerSecond, arrivalMargin);
        return onPacerThread("admit", () -> admitNow(account, budget.sends(), budget.windowNanos() / 1_000));
    }

    /**
     * Widens the account's window for every instance by what exceeds the arrival margin, for two windows and that
     * long. Best effort, on the pacer's threads: should the database not take it, the window stays as it was.
     */
    @Override
    public void answeredLate(String account, double requestsPerSecond, Duration slowerBy) {
        long widenMicros = slowerBy.minus(arrivalMargin).toNanos() / 1_000;
        if (widenMicros <= 0) {
            return;
        }
        long holdMicros = 2 * SendBudget.of(requestsPerSecond, arrivalMargin).windowNanos() / 1_000 + widenMicros;
        String sql = "UPDATE " + tableName + " SET wide_micros = CASE WHEN wide_until > clock_timestamp()"
                     + " THEN greatest(wide_micros, ?) ELSE ? END,"
                     + " wide_until = greatest(wide_until, clock_timestamp() + ? * interval '1 microsecond')"
                     + " WHERE account = ?";
        try {
            threads.execute(() -> {
                try (Connection connection = connection();
                     PreparedStatement statement = connection.prepareStatement(sql)) {
                    statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
                    statement.setLong(1, widenMicros);
                    statement.setLong(2, widenMicros);
                    statement.setLong(3, holdMicros);
                    statement.setString(4, account);
                    statement.executeUpdate();
                } catch (SQLException | RuntimeException e) {
                    LOG.debug("Could not widen the pacing window of {} ({})", account, describe(e));
                }
            });
        } catch (RejectedExecutionException closedOrBusy) {
            LOG.debug("Could not widen the pacing window of {}: the pacer is closed or busy", account);
        }
    }

    /** Runs a statement on the pacer's threads; whatever keeps it from answering in time fails it as unavailable. */
    private <T> CompletableFuture<T> onPacerThread(String what, Work<T> statement) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        try {
            threads.execute(() -> {
                try {
                    answer.complete(statement.run());
                } catch (SQLException | RuntimeException e) {
                    answer.completeExceptionally(unavailable(what, "the database could not be reached or refused the"
                                                                   + " statement (" + describe(e) + ")", e));
                }
            });
        } catch (RejectedExecutionException busy) {
            answer.completeExceptionally(unavailable(what, threads.isShutdown() ? "the pacer was closed"
                    : "too many requests waiting for the database", busy));
        }
        return answer.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(failure -> {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
            return CompletableFuture.failedFuture(cause instanceof TimeoutException
                    ? unavailable(what, "no answer from the database within " + timeout.toMillis() + " ms", cause)
                    : cause);
        });
    }

    @FunctionalInterface
    private interface Work<T> {
        T run() throws SQLException;
    }

    private Duration reserveNow(String account, long intervalMicros) throws SQLException {
        String sql = "INSERT INTO " + tableName + " AS p (account, next_slot)"
                     + " VALUES (?, clock_timestamp() + ? * interval '1 microsecond')"
                     + " ON CONFLICT (account) DO UPDATE"
                     + " SET next_slot = greatest(p.next_slot, clock_timestamp()) + ? * interval '1 microsecond'"
                     + " RETURNING (extract(epoch from (p.next_slot - clock_timestamp())) * 1000000)::bigint";
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            statement.setString(1, account);
            statement.setLong(2, intervalMicros);
            statement.setLong(3, intervalMicros);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                // the slot is the new next_slot less one interval
                long waitMicros = result.getLong(1) - intervalMicros;
                return Duration.ofNanos(Math.max(0, waitMicros) * 1_000);
            }
        }
    }

    /**
     * Appends now to the account's send times, keeping the last {@code sends}, if the oldest of those is at least a
     * window old (widened while a late answer says so), or there are fewer; one statement, so two instances cannot
     * both take the last place. The send's instant (database clock), or null when refused.
     */
    private Instant admitNow(String account, int sends, long windowMicros) throws SQLException {
        String sql = "UPDATE " + tableName + " AS p"
                     + " SET sends = (p.sends || clock_timestamp())[greatest(1, cardinality(p.sends) + 2 - ?):]"
                     + " WHERE p.account = ? AND (cardinality(p.sends) < ?"
                     + " OR p.sends[cardinality(p.sends) + 1 - ?] <= clock_timestamp() - (? + CASE WHEN"
                     + " p.wide_until > clock_timestamp() THEN p.wide_micros ELSE 0 END) * interval '1 microsecond')"
                     + " RETURNING (extract(epoch from p.sends[cardinality(p.sends)]) * 1000000)::bigint";
        try (Connection connection = connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            statement.setInt(1, sends);
            statement.setString(2, account);
            statement.setInt(3, sends);
            statement.setInt(4, sends);
            statement.setLong(5, windowMicros);
            try (ResultSet result = statement.executeQuery()) {
                if (!result.next()) {
                    return null;
                }
                long micros = result.getLong(1);
                return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000);
            }
        }
    }

    private Connection connection() throws SQLException {
        Connection connection = dataSource.getConnection();
        try {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return connection;
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Creates the table when it is not there (needs the right to create tables). */
    public void createTableIfMissing() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + tableName + " (account VARCHAR(200) PRIMARY KEY,"
                              + " next_slot TIMESTAMPTZ NOT NULL)");
            // a table made by an earlier version has no send times yet
            statement.execute("ALTER TABLE " + tableName
                              + " ADD COLUMN IF NOT EXISTS sends TIMESTAMPTZ[] NOT NULL DEFAULT '{}',"
                              + " ADD COLUMN IF NOT EXISTS wide_micros BIGINT NOT NULL DEFAULT 0,"
                              + " ADD COLUMN IF NOT EXISTS wide_until TIMESTAMPTZ NOT NULL DEFAULT '-infinity'");
        }
    }

    private static PacerUnavailableException unavailable(String what, String why, Throwable cause) {
        return new PacerUnavailableException("not sent: the shared pacer could not " + ("reserve".equals(what)
                ? "reserve a maxRequestsPerSecond slot: " : "admit the request to its maxRequestsPerSecond window: ")
                                             + why, cause);
    }

    /** Class and SQL state only: a driver's message may name the database user or host. */
    private static String describe(Exception e) {
        return e instanceof SQLException sql
                ? sql.getClass().getSimpleName() + ", SQL state " + sql.getSQLState()
                : e.getClass().getSimpleName();
    }

    public String getTableName() {
        return tableName;
    }

    /** The table of send slots; default {@value #DEFAULT_TABLE}. A plain or schema-qualified SQL name. */
    public void setTableName(String tableName) {
        if (tableName == null || !TABLE_NAME.matcher(tableName).matches()) {
            throw new IllegalArgumentException("JdbcPacer tableName must be a plain SQL name such as aivoice_pacer or"
                                               + " myschema.aivoice_pacer, was '" + tableName + "'");
        }
        this.tableName = tableName;
    }

    public Duration getTimeout() {
        return timeout;
    }

    /** Longest wait for a reservation (connection included) before its request fails unsent; default 5 s. */
    public void setTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("JdbcPacer timeout must be positive, was " + timeout);
        }
        this.timeout = timeout;
    }

    public Duration getArrivalMargin() {
        return arrivalMargin;
    }

    /**
     * The spread of admission-to-arrival delays the send window absorbs (see {@link SendBudget}); default 40 ms. Every
     * instance sharing the table must use the same margin.
     */
    public void setArrivalMargin(Duration arrivalMargin) {
        if (arrivalMargin == null || arrivalMargin.isNegative() || arrivalMargin.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("JdbcPacer arrivalMargin must be between 0 and 1 s, was " + arrivalMargin);
        }
        this.arrivalMargin = arrivalMargin;
    }

    /** Stops the pacer's threads; reservations still queued fail. */
    @Override
    public void close() {
        threads.shutdown();
    }
}
