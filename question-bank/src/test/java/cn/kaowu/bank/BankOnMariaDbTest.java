package cn.kaowu.bank;

import cn.kaowu.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class BankOnMariaDbTest extends BankContract {

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
}
