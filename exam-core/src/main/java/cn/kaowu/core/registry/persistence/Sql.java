package cn.kaowu.core.registry.persistence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small helpers over the transaction's JDBC connection, so the registry's tables read as SQL.
 * Every method must run inside a transaction of the caller (the services are {@code @Transactional}).
 */
@Singleton
public class Sql {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Binds one batch row. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    private final JdbcOperations jdbc;

    public Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public <T> List<T> list(String sql, Row<T> row, Object... params) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            List<T> result = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    result.add(row.map(rs));
                }
            }
            return result;
        });
    }

    public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> all = list(sql, row, params);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    public long count(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    public int update(String sql, Object... params) {
        return jdbc.prepareStatement(sql, statement -> {
            bind(statement, params);
            return statement.executeUpdate();
        });
    }

    /** Inserts one row and answers its generated id. */
    public long insert(String sql, Object... params) {
        Connection connection = jdbc.getConnection();
        try (PreparedStatement statement = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(statement, params);
            statement.executeUpdate();
            try (ResultSet keys = statement.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new IllegalStateException("no generated key for: " + sql);
                }
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("insert failed: " + e.getMessage(), e);
        }
    }

    /** Runs one statement for many rows in JDBC batches of {@code batchSize}. */
    public <T> void batch(String sql, List<T> items, int batchSize, Binder<T> binder) {
        if (items.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(sql, statement -> {
            int pending = 0;
            for (T item : items) {
                binder.bind(statement, item);
                statement.addBatch();
                if (++pending == batchSize) {
                    statement.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                statement.executeBatch();
            }
            return null;
        });
    }

    public static void bind(PreparedStatement statement, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            set(statement, i + 1, params[i]);
        }
    }

    public static void set(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else if (value instanceof Instant instant) {
            statement.setTimestamp(index, Timestamp.from(instant));
        } else if (value instanceof LocalDate date) {
            statement.setDate(index, java.sql.Date.valueOf(date));
        } else if (value instanceof BigDecimal decimal) {
            statement.setBigDecimal(index, decimal);
        } else if (value instanceof Enum<?> e) {
            statement.setString(index, e.name());
        } else {
            statement.setObject(index, value);
        }
    }

    public static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
