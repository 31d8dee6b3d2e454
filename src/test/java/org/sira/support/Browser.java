package org.sira.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** Debian's headless Chromium driven by Selenium, with screenshots kept under target/screenshots. */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path userData;
    private final Path downloads;

    public Browser() throws IOException {
        userData = Files.createTempDirectory("sira-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--lang=fr-FR", "--user-data-dir=" + userData);
        downloads = Files.createTempDirectory("sira-downloads");
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "fr-FR,fr",
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    /** Where the browser saves downloaded files. */
    public Path downloads() {
        return downloads;
    }

    /** What the browser learnt when a user set up their second factor, per server and user name. */
    private record SecondFactor(String secret, Deque<String> recoveryCodes, long[] lastPeriod) {
    }

    private static final Map<String, SecondFactor> SECOND_FACTORS = new ConcurrentHashMap<>();

    /**
     * Logs in through the login page and waits for the persons page a login lands on. A user whose
     * role requires a second factor sets it up at their first login (the secret is read from the
     * page and kept for the next logins); afterwards the code is computed from that secret, as
     * the user's phone would. A period's code works once only, so when this period's and the next
     * one's are spent, a recovery code is used instead of waiting.
     */
    public void logIn(String base, String username, String password) {
        driver.get(base + "/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(ExpectedConditions.or(ExpectedConditions.urlContains("/persons"), ExpectedConditions.urlContains("/login/code"),
                ExpectedConditions.urlContains("/account/two-factor")));
        String key = base + " " + username;
        if (driver.getCurrentUrl().contains("/account/two-factor")) {
            SecondFactor factor = new SecondFactor(driver.findElement(By.id("secret")).getText().replace(" ", ""),
                    new ArrayDeque<>(), new long[] {0});
            quietScreenshot("two-factor-enrol");
            driver.findElement(By.id("code")).sendKeys(code(factor));
            driver.findElement(By.cssSelector("form[action$='/account/two-factor'] button[type=submit]")).click();
            quietScreenshot("two-factor-recovery-codes");
            for (WebElement code : driver.findElements(By.cssSelector("#recovery-codes code"))) {
                factor.recoveryCodes().add(code.getText());
            }
            SECOND_FACTORS.put(key, factor);
            driver.findElement(By.id("continue")).click();
        } else if (driver.getCurrentUrl().contains("/login/code")) {
            SecondFactor factor = SECOND_FACTORS.get(key);
            if (factor == null) {
                throw new IllegalStateException(username + " set up a second factor outside this browser helper");
            }
            quietScreenshot("two-factor-code");
            driver.findElement(By.id("code")).sendKeys(code(factor));
            driver.findElement(By.cssSelector("form[action$='/login/code'] button[type=submit]")).click();
        }
        wait.until(ExpectedConditions.urlContains("/persons"));
    }

    /** The sign-in's own pages, for looking at them: named with the window's width. */
    private void quietScreenshot(String name) {
        try {
            screenshot(name + "-" + driver.manage().window().getSize().getWidth());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String code(SecondFactor factor) {
        long now = Instant.now().getEpochSecond() / 30;
        long period = Math.max(now, factor.lastPeriod()[0] + 1);
        if (period > now + 1 && !factor.recoveryCodes().isEmpty()) {
            return factor.recoveryCodes().pop();
        }
        factor.lastPeriod()[0] = period;
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(factor.secret(), period);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean installed() {
        return new File("/usr/bin/chromium").canExecute() && new File("/usr/bin/chromedriver").canExecute();
    }

    public ChromeDriver driver() {
        return driver;
    }

    public void width(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
    }

    /** Saves a full-page screenshot at the current width. */
    public Path screenshot(String name) throws IOException {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        long height = (Long) driver.executeScript("return Math.max(document.body.scrollHeight, 400)");
        Dimension size = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(size.getWidth(), (int) Math.min(height + 120, 4000)));
        Path file = dir.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(size);
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
