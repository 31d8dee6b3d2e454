package org.sira.browser;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sira.security.Role;
import org.sira.support.Browser;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A caseworker, on a phone: from a returnee's record, opens a family mediation, records a session
 * and closes it reconciled; then starts a support group, adds the returnee and ticks who came.
 */
@WebTest
class MediationAndGroupsBrowserTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    @Test
    void opensAMediationClosesItAndTicksTheAttendanceOfAGroupOnAPhone() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.installed(), "SKIPPED: Debian chromium and chromium-driver are not installed (see .ci/run)");
        }
        JsonNode person = json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION))
                .contentType(MediaType.APPLICATION_JSON).content("{\"familyName\":\"Dembélé\",\"givenNames\":\"Medbrowser\"}"))
                .andReturn().getResponse().getContentAsString());
        String base = "http://localhost:" + port;
        String today = LocalDate.now().toString();
        try (Browser browser = new Browser()) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            browser.width(360);
            browser.logIn(base, users.ensure(Role.CASEWORKER), TestUsers.PASSWORD);

            driver.get(base + "/persons/" + person.get("id").asString());
            driver.findElement(By.linkText("Médiation et groupes")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("party-name-0")));
            driver.findElement(By.id("party-name-0")).sendKeys("Souleymane Dembélé");
            new Select(driver.findElement(By.id("party-relation-0"))).selectByVisibleText("Père");
            driver.findElement(By.id("party-village-0")).sendKeys("Diéma");
            browser.screenshot("mediation-open-360");
            driver.findElement(By.cssSelector("form.form button.primary")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
            assertThat(driver.findElement(By.cssSelector("ul.audit")).getText()).contains("Souleymane Dembélé").contains("Père");
            driver.findElement(By.id("summary")).sendKeys("Rencontre avec le père : il accepte de revoir son fils.");
            driver.findElement(By.cssSelector("form[action$='/sessions'] button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.alert.ok")));
            assertThat(driver.findElement(By.cssSelector("ol.notes")).getText()).contains("il accepte de revoir son fils");
            driver.findElement(By.xpath("//label[span[text()='Réconciliation']]/input")).click();
            browser.screenshot("mediation-session-360");
            driver.findElement(By.cssSelector("form[action$='/closure'] button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.alert.ok")));
            assertThat(driver.findElement(By.cssSelector("dl.facts")).getText()).contains("Clôturée").contains("Réconciliation");
            assertThat(driver.findElements(By.id("summary"))).isEmpty();
            browser.screenshot("mediation-closed-360");

            driver.get(base + "/support-groups");
            driver.findElement(By.id("name")).sendKeys("Groupe des femmes de Diéma " + person.get("fileNumber").asString());
            driver.findElement(By.id("facilitator")).sendKeys("Fatoumata Diarra");
            driver.findElement(By.id("place")).sendKeys("Diéma, maison des femmes");
            driver.findElement(By.cssSelector("form.form button.primary")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("fileNumber")));
            driver.findElement(By.id("fileNumber")).sendKeys(person.get("fileNumber").asString());
            driver.findElement(By.cssSelector("form[action$='/members'] button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.alert.ok")));
            driver.findElement(By.id("theme")).sendKeys("Le regard des voisins");
            browser.screenshot("support-group-360");
            driver.findElement(By.cssSelector("form[action$='/sessions'] button")).click();

            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ul.attendance")));
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains(today).contains("Le regard des voisins");
            driver.findElement(By.cssSelector("ul.attendance input[type=checkbox]")).click();
            browser.screenshot("support-group-attendance-360");
            driver.findElement(By.cssSelector("button.primary")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.alert.ok")));
            assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Présences enregistrées.").contains("1 présent");
            browser.screenshot("support-group-after-attendance-360");

            driver.get(base + "/persons/" + person.get("id").asString() + "/mediations");
            assertThat(driver.findElement(By.cssSelector("main")).getText()).contains("Groupe des femmes de Diéma").contains("Réconciliation");
            browser.screenshot("mediations-and-groups-360");
        }
    }
}
