package org.sira.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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

    /** Logs in through the login page and waits for the persons page a login lands on. */
    public void logIn(String base, String username, String password) {
        driver.get(base + "/login");
        driver.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        driver.findElement(org.openqa.selenium.By.id("password")).sendKeys(password);
        driver.findElement(org.openqa.selenium.By.cssSelector("button[type=submit]")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("/persons"));
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
