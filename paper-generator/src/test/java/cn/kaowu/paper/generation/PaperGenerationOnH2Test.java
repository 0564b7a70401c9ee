package cn.kaowu.paper.generation;

import cn.kaowu.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class PaperGenerationOnH2Test extends PaperGenerationContract {

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
