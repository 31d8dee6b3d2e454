package org.sira.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sira.support.Browser;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A coordinator's first minutes with Sira, in a real browser, at phone and laptop widths. */
@WebTest
class RegistryBrowserTest {

    @LocalServerPort int port;
    @Value("${sira.admin.initial-password}") String adminPassword;

    @Test
    void logsInRegistersFindsByAMisspelledNameEditsAndSeesTheAuditEntry() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.installed(), "SKIPPED: Debian chromium and chromium-driver are not installed (see .ci/run)");
        }
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, java.time.Duration.ofSeconds(10));
            for (int width : new int[] {360, 1280}) {
                browser.width(width);
                driver.manage().deleteAllCookies();
                driver.get(base + "/login");
                browser.screenshot("login-" + width);
                // An administrator signs in in two steps (set up at the first login).
                browser.logIn(base, "admin", adminPassword);

                String family = width == 360 ? "Traoré" : "Kouyaté";
                driver.get(base + "/persons/new");
                driver.findElement(By.id("familyName")).sendKeys(family);
                driver.findElement(By.id("givenNames")).sendKeys("Mahamadou");
                driver.findElement(By.id("birthDate")).sendKeys("31/11/1990");
                browser.screenshot("form-invalid-input-" + width);
                driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
                // There is no 31 November: the form comes back with the message beside the field.
                WebElement error = driver.findElement(By.cssSelector(".field.invalid p.error"));
                assertThat(error.getText()).startsWith("Date invalide");
                browser.screenshot("form-error-" + width);
                WebElement birth = driver.findElement(By.id("birthDate"));
                birth.clear();
                birth.sendKeys("12/1990");
                driver.findElement(By.id("phone")).sendKeys("76 12 34 56");
                driver.findElement(By.id("originRegion")).sendKeys("Segou");
                driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
                // Others in this registry may be named so: the form then says who, and saves a new person on a second tap.
                wait.until(ExpectedConditions.or(ExpectedConditions.urlContains("?saved"),
                        ExpectedConditions.presenceOfElementLocated(By.id("known-like"))));
                if (!driver.getCurrentUrl().contains("?saved")) {
                    assertThat(driver.findElement(By.id("known-like")).getText()).contains("Peut-être déjà connu", "SIR-");
                    browser.screenshot("form-known-like-" + width);
                    driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
                    wait.until(ExpectedConditions.urlContains("?saved"));
                }
                String personUrl = driver.getCurrentUrl().replace("?saved", "");
                assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("+22376123456", "Ségou");
                browser.screenshot("person-" + width);

                String misspelled = width == 360 ? "trawore mamadou" : "kouyate mamadou";
                driver.get(base + "/persons");
                driver.findElement(By.id("q")).sendKeys(misspelled);
                wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "trouvée"));
                assertThat(driver.findElement(By.id("results")).getText()).contains(family.toUpperCase() + " Mahamadou");
                browser.screenshot("search-" + width);
                driver.findElement(By.cssSelector("#results a.person-link")).click();
                wait.until(ExpectedConditions.urlContains("/persons/"));

                driver.get(personUrl + "/edit");
                WebElement father = driver.findElement(By.id("fatherGivenName"));
                father.sendKeys("Bakary");
                driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
                wait.until(ExpectedConditions.urlContains("?saved"));
                assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("Bakary");

                driver.findElement(By.linkText("Historique des modifications")).click();
                wait.until(ExpectedConditions.urlContains("/admin/audit"));
                String log = driver.findElement(By.cssSelector("ul.audit")).getText();
                assertThat(log).contains("Modification", "Création");
                browser.screenshot("audit-" + width);
                driver.findElement(By.cssSelector("ul.audit details summary")).click();
                assertThat(driver.findElement(By.cssSelector("ul.audit details")).getText()).contains("Bakary");

                driver.findElement(By.cssSelector("form[action$='/logout'] button")).click();
                wait.until(ExpectedConditions.urlContains("/login"));
            }
        }
    }
}
