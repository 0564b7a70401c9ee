package cn.kaowu.ui.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** A headless Chromium logged in to the application under test (Debian's chromium and chromium-driver). */
final class BrowserSession implements AutoCloseable {

    private final WebDriver driver;
    private final String baseUrl;

    private BrowserSession(WebDriver driver, String baseUrl) {
        this.driver = driver;
        this.baseUrl = baseUrl;
    }

    static BrowserSession start(String baseUrl) {
        String chromedriver = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        assertThat(Files.isExecutable(Path.of(chromedriver)))
                .as("chromedriver missing at %s: apt-get install chromium chromium-driver (as .ci/run does)", chromedriver)
                .isTrue();
        System.setProperty("webdriver.chrome.driver", chromedriver);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--lang=zh-CN");
        return new BrowserSession(new ChromeDriver(options), baseUrl);
    }

    WebDriver driver() {
        return driver;
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(40));
    }

    void logIn(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(baseUrl + "/login");
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field[name='username'] input")))
                .sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-password-field[name='password'] input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
    }

    void open(String path) {
        driver.get(baseUrl + "/" + path);
    }

    WebElement button(String text) {
        return waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-button[normalize-space(.)='" + text + "']")));
    }

    /** Clicks a button by its text through the DOM, so an open combo-box overlay does not swallow the click. */
    void click(String buttonText) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].click()", button(buttonText));
    }

    void waitForText(String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
