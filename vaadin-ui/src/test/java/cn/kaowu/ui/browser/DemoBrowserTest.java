package cn.kaowu.ui.browser;

import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.ApiTestAccounts;
import cn.kaowu.ui.DemoDataForTests;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

/**
 * A browser test on the demo data: one account per role, the demo city, bank and blueprint,
 * and a headless Chromium for the whole class. Subclasses carry {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DemoBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    ApplicationContext context;

    BrowserSession browser;
    Map<Role, String> users;

    @BeforeAll
    void seedAndStart() {
        users = ApiTestAccounts.ensure(context);
        DemoDataForTests.seed(context);
        browser = BrowserSession.start(server.getURL().toString());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }
}
