package dev.aivoice.camel.compliance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import javax.sql.DataSource;

/**
 * A do-not-call list in a database table (plain JDBC over the application's {@link DataSource}), so several instances
 * and other systems share one list that changes while the application runs. The column holds E.164 numbers
 * ({@code +14155550199}); give it an index. A batch is looked up with {@code IN (...)}, {@value #BATCH} numbers per
 * query. A failing database fails the call (nothing is sent): the gate never lets a call through unchecked.
 */
public final class JdbcDoNotCallList implements DoNotCallList {

    static final int BATCH = 500;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private final DataSource dataSource;
    private final String table;
    private final String column;

    /** @param table and column: SQL identifiers (letters, digits, underscores; {@code schema.table} allowed) */
    public JdbcDoNotCallList(DataSource dataSource, String table, String column) {
        if (dataSource == null) {
            throw new IllegalArgumentException("JdbcDoNotCallList needs a DataSource");
        }
        for (String name : new String[] { table, column }) {
            if (name == null || !IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("JdbcDoNotCallList: '" + name + "' is not a plain SQL identifier"
                                                   + " (letters, digits, underscores, optionally schema.table)");
            }
        }
        this.dataSource = dataSource;
        this.table = table;
        this.column = column;
    }

    /** A table {@code do_not_call} with the numbers in column {@code e164}. */
    public JdbcDoNotCallList(DataSource dataSource) {
        this(dataSource, "do_not_call", "e164");
    }

    @Override
    public boolean contains(String e164) {
        return !listed(List.of(e164)).isEmpty();
    }

    @Override
    public Set<String> listed(Collection<String> e164Numbers) {
        if (e164Numbers.isEmpty()) {
            return Set.of();
        }
        List<String> numbers = new ArrayList<>(e164Numbers);
        Set<String> listed = new HashSet<>();
        try (Connection connection = dataSource.getConnection()) {
            for (int from = 0; from < numbers.size(); from += BATCH) {
                List<String> batch = numbers.subList(from, Math.min(numbers.size(), from + BATCH));
                String sql = "SELECT " + column + " FROM " + table + " WHERE " + column + " IN ("
                             + String.join(",", Collections.nCopies(batch.size(), "?")) + ")";
                try (PreparedStatement query = connection.prepareStatement(sql)) {
                    for (int i = 0; i < batch.size(); i++) {
                        query.setString(i + 1, batch.get(i));
                    }
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            listed.add(rows.getString(1));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The do-not-call table " + table + " cannot be read, so no call is placed: "
                                            + e.getMessage(), e);
        }
        return listed;
    }

    @Override
    public String toString() {
        return "JdbcDoNotCallList[" + table + "." + column + "]";
    }
}
