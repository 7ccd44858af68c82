package dev.aivoice.scaleout;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/** Connection pools on the test PostgreSQL, one per instance (as separate JVMs would have), and the tables. */
final class SharedDatabase {

    /** The README's DDL for camel-sql's JdbcMessageIdRepository, with room for the component's longer keys. */
    static final String MESSAGE_TABLE = "CREATE TABLE IF NOT EXISTS CAMEL_MESSAGEPROCESSED ("
                                        + "processorName VARCHAR(255) NOT NULL, messageId VARCHAR(255) NOT NULL,"
                                        + " createdAt TIMESTAMP, PRIMARY KEY (processorName, messageId))";
    static final String PACER_TABLE = "CREATE TABLE IF NOT EXISTS aivoice_pacer ("
                                      + "account VARCHAR(200) PRIMARY KEY, next_slot TIMESTAMPTZ NOT NULL,"
                                      + " sends TIMESTAMPTZ[] NOT NULL DEFAULT '{}', wide_micros BIGINT NOT NULL DEFAULT 0,"
                                      + " wide_until TIMESTAMPTZ NOT NULL DEFAULT '-infinity')";

    private SharedDatabase() {
    }

    /** Longest wait for a connection: generous, as the build machine may be heavily loaded. */
    static final long CONNECTION_TIMEOUT_MILLIS = 10_000;

    static HikariDataSource pool(String name, int size) throws Exception {
        return pool(name, size, CONNECTION_TIMEOUT_MILLIS);
    }

    /** A pool that gives up on an unreachable database after {@code connectionTimeout} (Hikari's default: 30 s). */
    static HikariDataSource pool(String name, int size, long connectionTimeoutMillis) throws Exception {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(PrivatePostgres.get().jdbcUrl());
        config.setUsername(PrivatePostgres.USER);
        config.setMaximumPoolSize(size);
        config.setConnectionTimeout(connectionTimeoutMillis);
        config.setValidationTimeout(Math.min(5_000, connectionTimeoutMillis / 2));
        // start even when the database is down (the outage test restarts instances' work, not the pools)
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    static void createTables() throws Exception {
        try (HikariDataSource pool = pool("ddl", 1); Connection connection = pool.getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(MESSAGE_TABLE);
            statement.execute(PACER_TABLE);
        }
    }

    static int count(HikariDataSource pool, String sql) throws SQLException {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
             var result = statement.executeQuery(sql)) {
            result.next();
            return result.getInt(1);
        }
    }
}
