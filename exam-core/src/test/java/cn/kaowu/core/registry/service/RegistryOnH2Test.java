package cn.kaowu.core.registry.service;

import cn.kaowu.core.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class RegistryOnH2Test extends RegistryContract {

    private static TestDatabase database;

    @BeforeAll
    static void start() {
        database = TestDatabase.h2();
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
