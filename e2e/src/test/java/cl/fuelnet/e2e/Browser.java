package cl.fuelnet.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A headless Chromium (Debian's package, driven through the system chromedriver) with a fresh profile, for the
 * dashboard tests. Screenshots are written as files under {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("fuelnet.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final Path profile;
    private final ChromeDriver driver;

    Browser() {
        if (System.getProperty("webdriver.chrome.driver") == null) {
            // Without it Selenium's driver manager looks for a driver on the internet.
            System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        }
        try {
            profile = Files.createTempDirectory("fuelnet-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=es-CL");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("webdriver.chrome.driver"))).build();
        driver = new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String url) {
        driver.get(url);
        waitUntil(d -> d.findElement(By.id("freshness")).getText().startsWith("Actualizado"), Duration.ofSeconds(20));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Waits for a condition the page reaches by itself (its polling), failing after the given time. */
    <T> T waitUntil(Function<WebDriver, T> condition, Duration atMost) {
        return new WebDriverWait(driver, atMost, Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(condition::apply);
    }

    void waitForText(String css, String text, Duration atMost) {
        waitUntil(d -> d.findElement(By.cssSelector(css)).getText().contains(text), atMost);
    }

    void click(String css) {
        waitUntil(ExpectedConditions.elementToBeClickable(By.cssSelector(css)), Duration.ofSeconds(10)).click();
    }

    void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    /** Signs in as the network's admin through the page's own login dialog. */
    void login() {
        click("#login-button");
        waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id("login-user")), Duration.ofSeconds(5));
        type("#login-user", TestNetwork.ADMIN_USER);
        type("#login-password", TestNetwork.ADMIN_PASSWORD);
        click("#login-submit");
        waitForText("#login-button", "Salir", Duration.ofSeconds(5));
    }

    /** The whole page, beyond the window's height, as a PNG under target/screenshots for a person to look at. */
    Path screenshot(String name) {
        Path folder = Path.of(System.getProperty("fuelnet.screenshots.dir", "target/screenshots"));
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same, laid out as on a phone (390 px wide, touch), to see that the page reads there too. */
    Path phoneScreenshot(String name) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        try {
            driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 300)));");
            return screenshot(name);
        } finally {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                // The profile is in a temporary folder; what is left there is cleaned with it.
            }
        }
    }
}
