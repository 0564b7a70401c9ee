package cn.kaowu.ui.browser;

import cn.kaowu.core.identity.Caller;
import cn.kaowu.core.identity.Role;
import cn.kaowu.paper.generation.PaperGenerationService;
import cn.kaowu.paper.generation.PaperStatus;
import cn.kaowu.ui.ApiTestAccounts;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paper builder's path in the browser: pick the demo blueprint and two demo classes,
 * generate in the background with the progress bar, then seal one paper.
 */
@MicronautTest(environments = "test", transactional = false)
class GeneratePapersInBrowserTest extends DemoBrowserTest {

    private void choose(WebElement comboInput, String text) {
        comboInput.click();
        comboInput.sendKeys(text);
        browser.waiting().until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item, vaadin-multi-select-combo-box-item")).isEmpty());
        comboInput.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    }

    @Test
    void the_paper_builder_generates_one_paper_per_class_and_seals_one() {
        browser.logIn(users.get(Role.PAPER_BUILDER), ApiTestAccounts.PASSWORD);
        browser.waitForText("首页");
        browser.open("papers");
        browser.waitForText("生成试卷");

        choose(browser.driver().findElement(By.cssSelector("vaadin-combo-box input")), "结业考试");
        WebElement classes = browser.driver().findElement(By.cssSelector("vaadin-multi-select-combo-box input"));
        choose(classes, "2026-MDJ-001");
        choose(classes, "2026-MDJ-005");
        classes.sendKeys(Keys.ESCAPE);
        browser.click("生成试卷");

        browser.waitForText("已生成 2 份试卷");
        String period = YearMonth.now().toString();
        var papers = context.getBean(PaperGenerationService.class).listPapers(Caller.system(), period);
        assertThat(papers).hasSize(2).extracting(p -> p.classCode()).containsExactlyInAnyOrder("2026-MDJ-001", "2026-MDJ-005");

        browser.click("封卷");
        browser.waitForText("已封卷");
        assertThat(context.getBean(PaperGenerationService.class).listPapers(Caller.system(), period))
                .filteredOn(p -> p.status() == PaperStatus.SEALED).hasSize(1);
    }
}
