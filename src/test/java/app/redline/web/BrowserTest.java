package app.redline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A real browser for the tests of what a person does: Debian's headless Chromium (CHROME_BIN and
 * CHROMEDRIVER override the paths), started once per test class. Screenshots land in
 * target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTest {

    static final String PASSWORD = "Mall2026safety";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws IOException {
        String chromium = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        assertThat(new File(chromium))
                .as("Chromium for the browser tests (apt-get install chromium chromium-driver)")
                .exists();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--lang=zh-CN",
                "--window-size=1280,900",
                "--user-data-dir=" + scratchFolder("chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(driver))
                .build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    /**
     * A fresh folder under {@code target/} for a browser profile or a file to upload: not the system's
     * temporary folder, which the test runs would fill; {@code mvn clean} removes these.
     */
    static Path scratchFolder(String kind) throws IOException {
        return Files.createDirectories(Path.of("target", kind, UUID.randomUUID().toString()))
                .toAbsolutePath();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    void click(By by) {
        var element = browser.findElement(by);
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    /**
     * Clicks something that sends a form or follows a link, and waits for the next page: reading
     * the page before it has gone would find the last page's message.
     */
    void submit(By by) {
        var page = browser.findElement(By.tagName("html"));
        click(by);
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException gone) {
                return true; // stale, or (Chromium) "does not belong to the document"
            }
        });
    }

    /**
     * Every image the selector finds has loaded and shows a picture (not a broken-image icon):
     * waited for, since a photo may still be on its way when the page is there.
     */
    void assertImagesLoaded(String selector) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript(
                                "return Array.from(document.querySelectorAll(arguments[0]))"
                                        + ".every(i => i.complete && i.naturalWidth > 0)",
                                selector)));
    }

    /** The page fits the window's width: nothing (the navigation bar included) makes it scroll sideways. */
    void assertFitsTheWidth() {
        org.assertj.core.api.Assertions.assertThat(((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no sideways scroll at " + browser.manage().window().getSize())
                .isEqualTo(true);
    }

    void signIn(String username, String password) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.id("welcome")).isEmpty()
                        || !d.findElements(By.id("change-password")).isEmpty()
                        || d.getCurrentUrl().contains("/login?"));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    void waitFor(String id) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    String text(String id) {
        waitFor(id);
        return browser.findElement(By.id(id)).getText().trim();
    }

    void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
