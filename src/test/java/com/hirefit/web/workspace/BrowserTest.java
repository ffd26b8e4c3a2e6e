package com.hirefit.web.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.hirefit.user.Role;
import com.hirefit.user.UserAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The workspace for real: the service on a random port (its own in-memory H2 per test class), one headless
 * chromium per test class, reused by its tests. Gives users of each role, login, axe-core checks and screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:browser-${random.uuid};DB_CLOSE_DELAY=-1", "hirefit.rules.watch=false",
        "hirefit.api.keys=browser-test-key"})
abstract class BrowserTest {
    static final String PASSWORD = "correct-horse-battery";
    static final Path SCREENSHOTS = Path.of("docs/screenshots");
    static Browser browser;
    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts accounts;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
        driver = browser.driver;
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Users of each role, once per database. */
    @BeforeEach
    void users() {
        for (Role role : Role.values()) {
            String name = role.name().toLowerCase().replace('_', '-');
            if (!accounts.exists(name)) {
                accounts.add(name, EnumSet.of(role), PASSWORD);
            }
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Logs in afresh (any earlier session is dropped first) and lands on the user's start page. */
    void logIn(String username) {
        driver.manage().deleteAllCookies();
        driver.get(url("/login"));
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        waitFor().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    static WebDriverWait waitFor() {
        return waitFor(Duration.ofSeconds(15));
    }

    static WebDriverWait waitFor(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.pollingEvery(Duration.ofMillis(100)).ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** The text of an element htmx may be swapping right now, read in one step; empty when it is not there. */
    static String textOf(String id) {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.innerText : '';", id);
        return String.valueOf(text);
    }

    /** What the decision panel of a candidate page says of the decision taken. */
    static String decisionStatus() {
        return textOf("decision-status").strip();
    }

    static WebElement visible(By by) {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** axe-core on the page as shown: no violation of impact serious or critical. */
    static void assertAccessible(String page) {
        assertThat(Axe.seriousViolations(driver)).as("axe-core on " + page + " (" + driver.getCurrentUrl() + ")").isEmpty();
    }

    /** Saves what the browser shows as docs/screenshots/NAME.png (the README shows them). */
    static void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.activeElement.blur();");
            Files.write(SCREENSHOTS.resolve(name + ".png"), ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The session cookie the browser holds, for a request made outside it. */
    static String sessionCookie() {
        return "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue();
    }
}
