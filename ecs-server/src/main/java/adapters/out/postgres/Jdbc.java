package adapters.out.postgres;

import application.failure.DatabaseUnavailable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.util.PSQLException;

/**
 * Runs SQL on the pool: one unit of work per connection, in a READ COMMITTED transaction or in autocommit,
 * and turns connection failures into {@link DatabaseUnavailable} (SQLSTATE class 08, shutdown 57P0x,
 * too many connections 53300, or no connection from the pool).
 */
final class Jdbc {
    /** A unit of work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final DataSource dataSource;

    Jdbc(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Runs {@code work} in one READ COMMITTED transaction: committed when it returns, rolled back when it throws. */
    <T> T transaction(Work<T> work) {
        try (Connection c = connection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            } finally {
                resetQuietly(c);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** Runs {@code work} in autocommit (single statements and reads). */
    <T> T autocommit(Work<T> work) {
        try (Connection c = connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /** All rows of a query. */
    <T> List<T> list(String sql, Row<T> row, Object... args) {
        return autocommit(c -> list(c, sql, row, args));
    }

    /** The first row of a query. */
    <T> Optional<T> one(String sql, Row<T> row, Object... args) {
        List<T> rows = list(sql, row, args);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** Rows changed by one statement. */
    int update(String sql, Object... args) {
        return autocommit(c -> update(c, sql, args));
    }

    static <T> List<T> list(Connection c, String sql, Row<T> row, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) out.add(row.map(rs));
            return out;
        }
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
        }
    }

    static PreparedStatement prepare(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Instant t) ps.setTimestamp(i + 1, Timestamp.from(t));
            else ps.setObject(i + 1, a);
        }
        return ps;
    }

    /** True when {@code e} is a unique violation of the named constraint (or index). */
    static boolean uniqueViolation(SQLException e, String constraint) {
        if (!"23505".equals(e.getSQLState())) return false;
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            return constraint.equals(p.getServerErrorMessage().getConstraint());
        }
        return String.valueOf(e.getMessage()).contains(constraint);
    }

    static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new DatabaseUnavailable(e);
        }
    }

    /** The port-level failure for a driver failure. */
    static RuntimeException translate(SQLException e) {
        String state = e.getSQLState();
        if (state == null || state.startsWith("08") || state.startsWith("57P") || state.equals("53300")) {
            return new DatabaseUnavailable(e);
        }
        return new IllegalStateException("database statement failed with SQLSTATE " + state, e);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it
        }
    }

    private static void resetQuietly(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is broken; the pool discards it
        }
    }
}
