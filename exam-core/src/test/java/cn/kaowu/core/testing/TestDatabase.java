package cn.kaowu.core.testing;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Assumptions;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A started application context on a fresh database, for repository tests that must hold on
 * both H2 and the real MariaDB server. The MariaDB variant creates a schema of its own for the
 * test class and drops it on {@link #close()}.
 *
 * <p>If MariaDB is not reachable, {@link #mariaDb} fails with a message that says how to start
 * it — it never passes silently. {@code -DskipMysql} skips the MariaDB variants explicitly.
 */
public final class TestDatabase implements AutoCloseable {

    private final ApplicationContext context;
    private final String schemaToDrop;

    private TestDatabase(ApplicationContext context, String schemaToDrop) {
        this.context = context;
        this.schemaToDrop = schemaToDrop;
    }

    public ApplicationContext context() {
        return context;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** A fresh in-memory H2 in MySQL mode (the settings of application-test.yml). */
    public static TestDatabase h2() {
        return h2(Map.of());
    }

    public static TestDatabase h2(Map<String, Object> properties) {
        return new TestDatabase(ApplicationContext.run(properties, "test"), null);
    }

    /** A fresh schema on the MariaDB server of this machine. */
    public static TestDatabase mariaDb() {
        return mariaDb(Map.of());
    }

    public static TestDatabase mariaDb(Map<String, Object> properties) {
        Assumptions.assumeFalse(Boolean.getBoolean("skipMysql"),
                "MariaDB tests skipped explicitly with -DskipMysql");
        String serverUrl = System.getProperty("kaowu.mysql.url", "jdbc:mariadb://127.0.0.1:3306/test");
        String user = System.getProperty("kaowu.mysql.user", "root");
        String password = System.getProperty("kaowu.mysql.password", "");
        String schema = "kaowu_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB/MySQL is not reachable at " + serverUrl + " as " + user
                    + " (" + e.getMessage() + "). Start it with: start-stop-daemon --start --oknodo --background "
                    + "--exec /usr/sbin/mariadbd — or skip these tests explicitly with -DskipMysql", e);
        }
        String schemaUrl = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + schema;
        Map<String, Object> all = new HashMap<>(properties);
        all.put("datasources.default.url", schemaUrl);
        all.put("datasources.default.driver-class-name", "org.mariadb.jdbc.Driver");
        all.put("datasources.default.username", user);
        all.put("datasources.default.password", password);
        all.put("datasources.default.dialect", "MYSQL");
        try {
            return new TestDatabase(ApplicationContext.run(all, "test"), schema);
        } catch (RuntimeException e) {
            drop(serverUrl, user, password, schema);
            throw e;
        }
    }

    @Override
    public void close() {
        context.close();
        if (schemaToDrop != null) {
            drop(System.getProperty("kaowu.mysql.url", "jdbc:mariadb://127.0.0.1:3306/test"),
                    System.getProperty("kaowu.mysql.user", "root"),
                    System.getProperty("kaowu.mysql.password", ""), schemaToDrop);
        }
    }

    private static void drop(String serverUrl, String user, String password, String schema) {
        try (Connection connection = DriverManager.getConnection(serverUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }
}
