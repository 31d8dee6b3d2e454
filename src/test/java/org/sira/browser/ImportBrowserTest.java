package org.sira.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sira.support.Browser;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator brings in an old spreadsheet: refused rows downloaded, fixed, imported again, then the semester's numbers. */
@WebTest
class ImportBrowserTest {

    @LocalServerPort int port;
    @Value("${sira.admin.initial-password}") String adminPassword;

    @Test
    void importsAFileWithErrorsFixesTheRefusedRowsAndSeesTheSemester() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.installed(), "SKIPPED: Debian chromium and chromium-driver are not installed (see .ci/run)");
        }
        String base = "http://localhost:" + port;
        Path file = Files.createTempFile("retours-", ".csv");
        Files.writeString(file, """
                reference_externe;nom;prenoms;sexe;type_retour;pays_provenance;date_arrivee;lieu_arrivee
                brw-1;Browserimp;Adama;M;expulsion;France;15/02/2004;Bamako
                brw-2;Browserimp;Awa;F;refoulement;Algérie;31/02/2004;Gao
                brw-3;Browserimp;Issa;M;retour volontaire assisté;Libye;01/03/2004;Bamako
                brw-3;Traoré;Fatoumata;F;expulsion;Libye;10/03/2004;Bamako
                """, StandardCharsets.UTF_8);
        try (Browser browser = new Browser()) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            browser.width(1280);
            browser.logIn(base, "admin", adminPassword);

            driver.get(base + "/imports");
            driver.findElement(By.id("file")).sendKeys(file.toString());
            driver.findElement(By.cssSelector("input[name=kind][value=RETURNS]")).click();
            driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.linkText("Télécharger les lignes refusées")));
            assertThat(driver.findElement(By.id("status")).getText()).contains("rien n’a été importé", "n’existe pas");
            browser.screenshot("import-refused-1280");

            driver.findElement(By.linkText("Télécharger les lignes refusées")).click();
            Path refused = waitForDownload(browser.downloads());
            String content = Files.readString(refused, StandardCharsets.UTF_8);
            assertThat(content).contains("brw-2", "erreurs").doesNotContain("brw-1");

            // The user fixes the date in the refused rows, drops the error column and imports them with the valid rows.
            List<String> fixed = content.replace("\uFEFF", "").replace("31/02/2004", "28/02/2004").lines()
                    .map(line -> line.substring(0, line.lastIndexOf(';'))).toList();
            Path corrected = Files.createTempFile("corriges-", ".csv");
            Files.writeString(corrected, String.join("\n", fixed) + "\n", StandardCharsets.UTF_8);
            driver.get(base + "/imports");
            driver.findElement(By.id("file")).sendKeys(corrected.toString());
            driver.findElement(By.cssSelector("input[name=kind][value=RETURNS]")).click();
            driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "terminé"));
            driver.get(base + "/imports");
            driver.findElement(By.id("file")).sendKeys(file.toString());
            driver.findElement(By.cssSelector("input[name=kind][value=RETURNS]")).click();
            driver.findElement(By.cssSelector("input[name=mode][value=VALID_ROWS]")).click();
            driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "terminé"));
            // The last row gives Issa's reference to someone else: it is still his (api-v1), and the page says to check it.
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Ligne 5 : la référence « brw-3 » désigne à la ligne 4 une personne d’un autre sexe");
            browser.screenshot("import-done-1280");

            driver.get(base + "/reports/returns?period=2004-S1");
            String page = driver.findElement(By.tagName("main")).getText();
            assertThat(page).contains("4 retours", "Expulsion", "Refoulement", "Retour volontaire assisté");
            browser.width(360);
            browser.screenshot("statistics-360");
            browser.width(1280);
            browser.screenshot("statistics-1280");
        }
    }

    private static Path waitForDownload(Path directory) throws Exception {
        for (int i = 0; i < 100; i++) {
            try (Stream<Path> files = Files.list(directory)) {
                List<Path> done = files.filter(f -> f.toString().endsWith(".csv")).toList();
                if (!done.isEmpty()) {
                    return done.get(0);
                }
            }
            Thread.onSpinWait();
            java.util.concurrent.locks.LockSupport.parkNanos(100_000_000);
        }
        throw new AssertionError("the refused rows were not downloaded");
    }
}
