package cn.kaowu.ui.browser;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import cn.kaowu.ui.ApiTestAccounts;
import cn.kaowu.ui.shell.Navigation;
import cn.kaowu.ui.shell.VisibleTo;
import com.vaadin.flow.router.Route;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/** Every section of the navigation opens for every role allowed to see it, on the demo data, without an error. */
@MicronautTest(environments = "test", transactional = false)
class EverySectionOpensTest extends DemoBrowserTest {

    @ParameterizedTest
    @EnumSource(Role.class)
    void every_visible_section_opens_without_an_error(Role role) throws InterruptedException {
        browser.logIn(users.get(role), ApiTestAccounts.PASSWORD);
        browser.waitForText("首页");
        for (Navigation.Entry entry : Navigation.all()) {
            VisibleTo visibleTo = entry.view().getAnnotation(VisibleTo.class);
            if (visibleTo != null && Arrays.stream(visibleTo.value()).noneMatch(r -> r == role)) {
                continue;
            }
            browser.open(entry.view().getAnnotation(Route.class).value());
            browser.waiting().until(d -> !d.findElements(By.tagName("h2")).isEmpty());
            Thread.sleep(300);
            String page = browser.driver().findElement(By.tagName("body")).getText();
            assertThat(page).as("%s opening %s", role, entry.view().getSimpleName())
                    .doesNotContain("系统内部错误").doesNotContain("无权");
        }
    }
}
