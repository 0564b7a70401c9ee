package cn.kaowu.ui.browser;

import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.ApiTestAccounts;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login page and the role-filtered navigation in a real headless Chromium (Debian's
 * chromium and chromium-driver; .ci/run installs them when missing).
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginInBrowserTest {

    @Inject
    EmbeddedServer server;

    @Inject
    ApplicationContext context;

    private BrowserSession session;
    private WebDriver browser;
    private Map<Role, String> users;

    @BeforeAll
    void startBrowser() {
        session = BrowserSession.start(server.getURL().toString());
        browser = session.driver();
    }

    @AfterAll
    void stopBrowser() {
        if (session != null) {
            session.close();
        }
    }

    @BeforeEach
    void accounts() {
        users = ApiTestAccounts.ensure(context);
    }

    private WebDriverWait waiting() {
        return session.waiting();
    }

    private void logIn(String username, String password) {
        session.logIn(username, password);
    }

    private List<String> navigationEntries() {
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("vaadin-side-nav-item")));
        return browser.findElements(By.tagName("vaadin-side-nav-item")).stream()
                .map(e -> e.getAttribute("path")).toList();
    }

    @Test
    void the_paper_builder_sees_the_bank_and_papers_but_not_the_audit_log() {
        logIn(users.get(Role.PAPER_BUILDER), ApiTestAccounts.PASSWORD);
        assertThat(navigationEntries()).contains("bank", "blueprints", "papers").doesNotContain("audit", "accounts");
    }

    @Test
    void an_institution_sees_its_registry_and_results_but_nothing_of_exams() {
        logIn(users.get(Role.INSTITUTION), ApiTestAccounts.PASSWORD);
        assertThat(navigationEntries()).contains("projects", "classes", "results")
                .doesNotContain("bank", "blueprints", "papers", "sessions");
    }

    @Test
    void an_institution_typing_the_bank_address_is_refused() {
        logIn(users.get(Role.INSTITUTION), ApiTestAccounts.PASSWORD);
        navigationEntries();
        browser.get(server.getURL() + "/bank");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "无权"));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("题库");
    }

    @Test
    void a_wrong_password_shows_the_reason_in_chinese() {
        logIn(users.get(Role.CANDIDATE), "wrong-password-1");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-login-form"), "用户名或密码错误"));
    }
}
