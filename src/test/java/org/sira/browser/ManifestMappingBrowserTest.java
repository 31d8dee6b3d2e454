package org.sira.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
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
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The authorities' list with headings nobody planned for, mapped on a 360 px phone with the keyboard alone. */
@WebTest
class ManifestMappingBrowserTest {

    @LocalServerPort int port;
    @Value("${sira.admin.initial-password}") String adminPassword;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    @Test
    void mapsTheColumnsOfAnUnknownListOnAPhoneWithTheKeyboard() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.installed(), "SKIPPED: Debian chromium and chromium-driver are not installed (see .ci/run)");
        }
        String group = json.readTree(mvc.perform(post("/api/v1/arrivals").with(users.as(Role.RECEPTION))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"arrivalDate\":\"2021-05-05\",\"arrivalPoint\":\"Gao\",\"countryFrom\":\"DZ\",\"returnKind\":\"BORDER_REJECTION\",\"transport\":\"ROAD_CONVOY\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        Path manifest = Files.createTempFile("liste-", ".csv");
        Files.writeString(manifest, """
                NOM ET PRENOMS;Date de naiss.;Lieu de naissance;N° Passeport;Tel
                COULIBALY Mahamadou Abdoulaye dit Bakary;vers 1992;Kita;AA1234567;76 12 34 56
                DOUMBIA Fatoumata;03/04/1999;Ségou;;
                """, StandardCharsets.UTF_8);
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            browser.width(360);
            browser.logIn(base, "admin", adminPassword);

            driver.get(base + "/arrivals/" + group + "/manifest");
            driver.findElement(By.id("file")).sendKeys(manifest.toString());
            driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("/manifest/mapping/"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("N° Passeport", "AA1234567");
            // Nothing wider than the phone: no sideways scrolling to reach a select.
            assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360L);
            browser.screenshot("manifest-mapping-360");

            // Type-ahead in a focused select, as a keyboard user chooses.
            // Column A is already read as family and given names together ("Nom et prénoms").
            driver.findElement(By.id("col-B")).sendKeys("Date de naissance");
            driver.findElement(By.id("col-D")).sendKeys("Numéro de pièce");
            driver.findElement(By.cssSelector("form.form button[type=submit]")).sendKeys(Keys.ENTER);

            wait.until(ExpectedConditions.urlMatches(".*/manifest$"));
            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("COULIBALY Mahamadou Abdoulaye dit Bakary", "DOUMBIA Fatoumata");
        }
    }
}
