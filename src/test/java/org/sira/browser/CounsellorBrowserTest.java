package org.sira.browser;

import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sira.security.Role;
import org.sira.support.Browser;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A counsellor, on a phone, opens a returnee's record and writes the note of today's session. */
@WebTest
class CounsellorBrowserTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    @Test
    void writesTheNoteOfASessionFromThePersonsRecord() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.installed(), "SKIPPED: Debian chromium and chromium-driver are not installed (see .ci/run)");
        }
        String person = json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION))
                .contentType(MediaType.APPLICATION_JSON).content("{\"familyName\":\"Sangaré\",\"givenNames\":\"Kadiatou\"}"))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            browser.width(360);
            browser.logIn(base, users.ensure(Role.COUNSELLOR), TestUsers.PASSWORD);

            driver.get(base + "/persons/" + person);
            driver.findElement(By.linkText("Notes de séances psychosociales")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("text")));
            driver.findElement(By.id("text")).sendKeys("Première séance. Dort mal depuis le retour de Tamanrasset.");
            driver.findElement(By.cssSelector("form.form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.alert.ok")));
            assertThat(driver.findElement(By.cssSelector("ol.notes")).getText()).contains("Dort mal depuis le retour de Tamanrasset.");
            browser.screenshot("psychosocial-notes-360");
        }
    }
}
