package cn.kaowu.paper.blueprint;

import cn.kaowu.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class BlueprintServiceOnMariaDbTest extends BlueprintServiceContract {

    private static TestDatabase database;

    @BeforeAll
    static void start() {
        database = start(TestDatabase.mariaDb());
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
