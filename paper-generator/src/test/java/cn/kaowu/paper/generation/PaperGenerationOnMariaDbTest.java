package cn.kaowu.paper.generation;

import cn.kaowu.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PaperGenerationOnMariaDbTest extends PaperGenerationContract {

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
