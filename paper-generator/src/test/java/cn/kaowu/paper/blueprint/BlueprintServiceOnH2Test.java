package cn.kaowu.paper.blueprint;

import cn.kaowu.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class BlueprintServiceOnH2Test extends BlueprintServiceContract {

    private static TestDatabase database;

    @BeforeAll
    static void start() {
        database = start(TestDatabase.h2());
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
