package org.sira.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sira.security.Role;
import org.sira.support.Browser;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A convoy at night on a phone: manifest, doubtful rows reviewed, confident ones accepted, one typed by hand, the board. */
@WebTest
class ReceptionBrowserTest {

    @LocalServerPort int port;
    @Value("${sira.admin.initial-password}") String adminPassword;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    private void person(String body) throws Exception {
        mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated());
    }

    @Test
    void receivesAConvoyOnAPhone() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.installed(), "SKIPPED: Debian chromium and chromium-driver are not installed (see .ci/run)");
        }
        person("{\"familyName\":\"Sangaré\",\"givenNames\":\"Lassina\",\"sex\":\"M\",\"birthDate\":\"1984\",\"fatherGivenName\":\"Zoumana\",\"originRegion\":\"Sikasso\",\"phone\":\"79 00 11 22\"}");
        person("{\"familyName\":\"Haïdara\",\"givenNames\":\"Aïssata\",\"sex\":\"F\",\"birthDate\":\"1996-02-10\",\"fatherGivenName\":\"Hamidou\",\"originRegion\":\"Tombouctou\"}");
        person("{\"familyName\":\"Tangara\",\"givenNames\":\"Fousseyni\",\"sex\":\"M\",\"birthDate\":\"1979\",\"fatherGivenName\":\"Siaka\",\"originRegion\":\"Ségou\"}");
        person("{\"familyName\":\"Tangara\",\"givenNames\":\"Fousseyni\",\"sex\":\"M\",\"birthDate\":\"1981\",\"fatherGivenName\":\"Modibo\",\"originRegion\":\"Ségou\"}");
        person("{\"familyName\":\"Sylla\",\"givenNames\":\"Mory\",\"sex\":\"M\",\"birthDate\":\"1990\",\"fatherGivenName\":\"Daouda\",\"originRegion\":\"Kayes\"}");
        Path manifest = Files.createTempFile("manifeste-", ".csv");
        Files.writeString(manifest, """
                nom;prenoms;sexe;date_naissance;prenom_pere;region_origine;telephone
                SANGARE;Lassina;M;1984;Zoumana;Sikasso;79001122
                Tangara;Fouseini;M;1980;;Segou;
                Kone;Hawa;F;2000;;;
                Kone;Hawa;F;2000;;;
                Ballo;Siaka;M;1975;;Kayes;
                """, StandardCharsets.UTF_8);
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            browser.width(360);
            browser.logIn(base, "admin", adminPassword);

            driver.get(base + "/arrivals/new");
            driver.findElement(By.id("arrivalPoint")).sendKeys("Gao");
            new Select(driver.findElement(By.id("countryFrom"))).selectByValue("DZ");
            new Select(driver.findElement(By.id("returnKind"))).selectByValue("BORDER_REJECTION");
            new Select(driver.findElement(By.id("transport"))).selectByValue("ROAD_CONVOY");
            driver.findElement(By.id("expectedCount")).sendKeys("180");
            driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
            wait.until(ExpectedConditions.urlMatches(".*/arrivals/[0-9a-f-]{36}$"));
            String groupUrl = driver.getCurrentUrl();

            driver.get(groupUrl + "/manifest");
            driver.findElement(By.id("file")).sendKeys(manifest.toString());
            driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "À vérifier"));
            browser.screenshot("manifest-360");
            String review = driver.findElement(By.tagName("main")).getText();
            assertThat(review).contains("SANGARE Lassina", "peut-être la même que la ligne 4");

            // Two doubtful rows: Tangara, who could be either of two namesakes, and the Koné row typed twice.
            driver.findElement(By.partialLinkText("TANGARA Fouseini")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.compare")));
            assertThat(driver.findElements(By.cssSelector("table.compare td.diff"))).isNotEmpty();
            browser.screenshot("manifest-compare-360");
            driver.findElement(By.xpath("//button[text()='Nouvelle personne']")).click();
            wait.until(ExpectedConditions.urlContains("/manifest?decided"));
            driver.findElement(By.partialLinkText("Ligne 4 · KONE Hawa")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table.compare")));
            driver.findElement(By.xpath("//button[text()='Nouvelle personne']")).click();
            wait.until(ExpectedConditions.urlContains("/manifest?decided"));
            driver.findElement(By.partialLinkText("Ligne 5 · KONE Hawa")).click();
            driver.findElement(By.xpath("//button[starts-with(text(), 'Doublon de la ligne')]")).click();
            wait.until(ExpectedConditions.urlContains("/manifest?decided"));

            driver.findElement(By.xpath("//button[starts-with(text(), 'Accepter les')]")).click();
            wait.until(ExpectedConditions.urlContains("accepted="));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("rapprochements acceptés");

            // Typed in a hurry: a date that does not exist comes back beside the date, with what was typed kept.
            driver.get(groupUrl);
            driver.findElement(By.id("familyName")).sendKeys("Diakité");
            driver.findElement(By.id("birthDate")).sendKeys("31/02/1990");
            driver.findElement(By.cssSelector("#quick > .actions button[type=submit]")).click();
            WebElement dateError = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field.invalid p.error")));
            assertThat(dateError.getText()).startsWith("Date invalide");
            assertThat(driver.findElement(By.id("birthDate")).getAttribute("value")).isEqualTo("31/02/1990");
            assertThat(driver.findElement(By.id("familyName")).getAttribute("value")).isEqualTo("Diakité");
            browser.screenshot("group-error-360");

            // Someone not on the list: typed by hand, recognised while typing.
            driver.get(groupUrl);
            driver.findElement(By.id("familyName")).sendKeys("SILLA");
            driver.findElement(By.id("givenNames")).sendKeys("Mori");
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("suggestions"), "SYLLA Mory"));
            browser.screenshot("typing-recognised-360");
            driver.findElement(By.cssSelector("#suggestions button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("?registered"));

            driver.get(groupUrl + "/board");
            String board = driver.findElement(By.id("live")).getText();
            browser.screenshot("board-360");
            assertThat(board).contains("enregistrés (attendus : 180)");
            // Sangaré (accepted), Tangara and Koné (new), Sylla (typed); Ballo is still to be decided and the second Koné is a duplicate.
            assertThat(driver.findElement(By.cssSelector("#live .tile .big")).getText()).isEqualTo("4");
            assertThat(board).contains("4/5");
        }
    }
}
