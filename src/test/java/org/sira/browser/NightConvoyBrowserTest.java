package org.sira.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

/**
 * The reception night of issue 13 on a 360 px phone, taps counted: a 180-row list (60 known, 120 new
 * of whom 4 minors, one row unreadable) received, the confident rows accepted, the new ones registered
 * in one action, the unreadable row corrected in place, the board's "minors" opened on their names.
 */
@WebTest
class NightConvoyBrowserTest {

    @LocalServerPort int port;
    @Value("${sira.admin.initial-password}") String adminPassword;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    /** Every tap or click the team leader makes, counted. */
    private int taps;

    private void tap(WebElement element) {
        taps++;
        element.click();
    }

    private void choose(WebElement select, String value) {
        taps++;
        new Select(select).selectByValue(value);
    }

    private static String name(Random random) {
        String consonants = "bdfgkmnstz";
        String vowels = "aeiou";
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            name.append(consonants.charAt(random.nextInt(consonants.length()))).append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    @Test
    void aConvoyOf180IsReceivedOnAPhoneInUnder40Taps() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.installed(), "SKIPPED: Debian chromium and chromium-driver are not installed (see .ci/run)");
        }
        Random random = new Random(System.nanoTime());
        String[] given = {"Moussa", "Awa", "Seydou", "Fatoumata", "Bakary", "Mariam", "Drissa", "Oumou", "Lassina", "Kadiatou"};
        List<String> lines = new ArrayList<>();
        List<String> minors = new ArrayList<>();
        int n = 0;
        for (int i = 0; i < 60; i++) {
            String family = name(random);
            String first = given[i % given.length];
            String phone = "7%d %02d %02d %02d".formatted(i % 10, random.nextInt(100), random.nextInt(100), i);
            mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"familyName\":\"" + family + "\",\"givenNames\":\"" + first + "\",\"sex\":\"" + (i % 2 == 0 ? "M" : "F")
                            + "\",\"birthDate\":\"" + (1975 + i % 20) + "\",\"fatherGivenName\":\"Bourama\",\"originRegion\":\"Kayes\",\"phone\":\""
                            + phone + "\"}")).andExpect(status().isCreated());
            lines.add(++n + ";" + family + ";" + first + ";" + (i % 2 == 0 ? "M" : "F") + ";" + (1975 + i % 20) + ";Bourama;Kayes;"
                    + phone.replace(" ", ""));
        }
        for (int i = 0; i < 119; i++) {
            String family = name(random);
            boolean minor = i % 30 == 0;
            String born = minor ? "2012" : Integer.toString(1970 + i % 30);
            if (minor) {
                minors.add(family.toUpperCase() + " " + given[i % given.length]);
            }
            lines.add(++n + ";" + family + ";" + given[i % given.length] + ";" + (i % 2 == 0 ? "M" : "F") + ";" + born + ";;Mopti;");
        }
        lines.add(++n + ";;;M;2031;;Mopti;");
        Path manifest = Files.createTempFile("convoi-", ".csv");
        Files.writeString(manifest, "N°;nom;prenoms;sexe;date_naissance;prenom_pere;region_origine;telephone\n"
                + String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            browser.width(360);
            browser.logIn(base, "admin", adminPassword);
            taps = 0;

            // The group (its date is today's by default).
            driver.get(base + "/arrivals/new");
            tap(driver.findElement(By.id("arrivalPoint")));
            driver.findElement(By.id("arrivalPoint")).sendKeys("Gao");
            choose(driver.findElement(By.id("countryFrom")), "DZ");
            choose(driver.findElement(By.id("returnKind")), "BORDER_REJECTION");
            choose(driver.findElement(By.id("transport")), "ROAD_CONVOY");
            tap(driver.findElement(By.id("expectedCount")));
            driver.findElement(By.id("expectedCount")).sendKeys("180");
            tap(driver.findElement(By.cssSelector("form.form button[type=submit]")));
            wait.until(ExpectedConditions.urlMatches(".*/arrivals/[0-9a-f-]{36}$"));

            // The list: received, 180 rows.
            tap(driver.findElement(By.partialLinkText("Manifeste")));
            taps++; // choosing the file
            driver.findElement(By.id("file")).sendKeys(manifest.toString());
            tap(driver.findElement(By.cssSelector("form.form button[type=submit]")));
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Accepter les"));
            browser.screenshot("night-manifest-360");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Ligne 180", "Enregistrer les 119 nouvelles personnes");

            // The confident rows accepted, the new ones registered, in two taps.
            tap(driver.findElement(By.xpath("//button[starts-with(text(), 'Accepter les')]")));
            wait.until(ExpectedConditions.urlContains("accepted="));
            assertThat(driver.getCurrentUrl()).endsWith("accepted=60");
            tap(driver.findElement(By.xpath("//button[starts-with(text(), 'Enregistrer les')]")));
            wait.until(ExpectedConditions.urlContains("registered="));
            assertThat(driver.getCurrentUrl()).endsWith("registered=119");
            browser.screenshot("night-registered-360");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("119 nouvelles personnes enregistrées",
                    "Annuler l’enregistrement des 119 nouvelles personnes");

            // The unreadable row, corrected where it is listed: the person is standing there.
            tap(driver.findElement(By.partialLinkText("Ligne 180")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("correct")));
            browser.screenshot("night-row-to-correct-360");
            tap(driver.findElement(By.id("familyName")));
            driver.findElement(By.id("familyName")).sendKeys("Dembélé");
            tap(driver.findElement(By.id("givenNames")));
            driver.findElement(By.id("givenNames")).sendKeys("Sékou");
            tap(driver.findElement(By.id("birthDate")));
            driver.findElement(By.id("birthDate")).clear();
            driver.findElement(By.id("birthDate")).sendKeys("1993");
            tap(driver.findElement(By.cssSelector("#correct button[type=submit]")));
            wait.until(ExpectedConditions.urlContains("?corrected"));
            browser.screenshot("night-row-corrected-360");
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains("Ligne 180 · DEMBÉLÉ Sékou");

            // The board, and who its minors are.
            tap(driver.findElement(By.partialLinkText("Retour au manifeste")));
            wait.until(ExpectedConditions.urlContains("/manifest"));
            tap(driver.findElement(By.cssSelector("main > p > a")));
            wait.until(ExpectedConditions.urlMatches(".*/arrivals/[0-9a-f-]{36}$"));
            tap(driver.findElement(By.cssSelector("main a[href$='/board']")));
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("live")));
            browser.screenshot("night-board-360");
            tap(driver.findElement(By.cssSelector("#live a.tile[href*='who=MINOR']")));
            wait.until(ExpectedConditions.urlContains("who=MINOR"));
            browser.screenshot("night-minors-360");
            String listed = driver.findElement(By.tagName("main")).getText();
            assertThat(listed).contains(minors.toArray(String[]::new)).contains(minors.size() + " personnes");
            long pageHeight = (Long) driver.executeScript("return document.body.scrollHeight");
            assertThat(pageHeight).as("the group page on a phone").isLessThan(4000);
        }
        assertThat(taps).as("taps and clicks for the whole night").isLessThan(40);
        System.out.println("Night convoy of 180 on a 360 px phone: " + taps + " taps and clicks");
    }
}
