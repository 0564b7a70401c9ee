package cn.kaowu.core.audit;

import cn.kaowu.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class AuditLogOnMariaDbTest extends AuditLogContract {

    private static TestDatabase database;

    @BeforeAll
    static void start() {
        database = TestDatabase.mariaDb();
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Override
    TestDatabase database() {
        return database;
    }

    @Override
    TestDatabase freshDatabase() {
        return TestDatabase.mariaDb();
    }
}
