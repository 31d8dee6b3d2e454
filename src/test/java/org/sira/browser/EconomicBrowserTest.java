package org.sira.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * On a 360 px phone: a caseworker notes a returnee's trade abroad, a training and a business with
 * its grant and status; the director reads the 12-month comparison of returns of 1974 (a year no other test uses)
 * and finds the grant in the project's spending.
 */
@WebTest
class EconomicBrowserTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private JsonNode send(Role role, String address, Map<String, ?> body) throws Exception {
        return json.readTree(mvc.perform(post(address).with(users.as(role)).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(body)))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString());
    }

    private void fill(ChromeDriver driver, String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        driver.executeScript("arguments[0].scrollIntoView()", field);
        if ("date".equals(field.getAttribute("type"))) {
            driver.executeScript("arguments[0].value = arguments[1]", field, value);
        } else if ("select".equals(field.getTagName())) {
            new Select(field).selectByValue(value);
        } else {
            field.sendKeys(value);
        }
    }

    private void open(ChromeDriver driver, String summaryText) {
        WebElement summary = driver.findElement(By.xpath("//summary[text()='" + summaryText + "']"));
        driver.executeScript("arguments[0].scrollIntoView()", summary);
        summary.click();
    }

    private void submit(ChromeDriver driver, WebDriverWait wait, String formAction) {
        WebElement button = driver.findElement(By.cssSelector("form[action$='" + formAction + "'] button[type=submit]"));
        driver.executeScript("arguments[0].scrollIntoView()", button);
        button.click();
        wait.until(ExpectedConditions.urlContains("saved"));
    }

    @Test
    void aCaseworkerRecordsABusinessWithItsGrantAndTheDirectorComparesOutcomes() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.installed(), "SKIPPED: Debian chromium and chromium-driver are not installed (see .ci/run)");
        }
        String donor = send(Role.COORDINATOR, "/api/v1/donors", Map.of("name", "Donateur navigateur " + UUID.randomUUID())).get("id").asString();
        JsonNode project = send(Role.COORDINATOR, "/api/v1/projects", Map.of("donorId", donor, "name", "Réinsertion Kayes", "from", "2025-01-01",
                "to", "2027-12-31", "lines", List.of(Map.of("name", "Kits AGR", "budgetXof", 10_000_000))));
        String line = project.get("lines").get(0).get("id").asString();
        String person = send(Role.CASEWORKER, "/api/v1/persons", Map.of("familyName", "Ecophone", "givenNames", "Bakary")).get("id").asString();
        for (int i = 0; i < 10; i++) {
            String p = send(Role.CASEWORKER, "/api/v1/persons", Map.of("familyName", "Ecodirecteur", "givenNames", "Oumar")).get("id").asString();
            send(Role.CASEWORKER, "/api/v1/persons/" + p + "/returns", Map.of("returnKind", i % 2 == 0 ? "FORCED_REMOVAL" : "ASSISTED_VOLUNTARY",
                    "countryFrom", "LY", "arrivalDate", "1974-03-01"));
            if (i < 5) {
                send(Role.CASEWORKER, "/api/v1/persons/" + p + "/trainings", Map.of("sector", "FISHING", "provider", "Mopti",
                        "startsOn", "1974-04-01", "endsOn", "1974-08-01", "status", "COMPLETED"));
            }
            send(Role.CASEWORKER, "/api/v1/persons/" + p + "/reintegration-assessments", Map.of("date", "1975-03-01",
                    "answers", Map.of("ECONOMIC_SATISFACTION", i < 5 ? "SATISFIED" : "DISSATISFIED")));
        }
        String caseworker = "browser-eco-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(caseworker, Role.CASEWORKER);
        String director = "browser-dir-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(director, Role.COORDINATOR);

        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            browser.width(360);
            browser.logIn(base, caseworker, TestUsers.PASSWORD);
            driver.get(base + "/persons/" + person);
            driver.findElement(By.cssSelector("a[href$='/economic']")).click();
            wait.until(ExpectedConditions.urlContains("/economic"));
            browser.screenshot("economic-empty-360");

            open(driver, "Ajouter un métier");
            fill(driver, "work-trade", "Maçon");
            fill(driver, "work-country", "DZ");
            fill(driver, "work-years", "4");
            fill(driver, "work-description", "Chantiers à Oran");
            submit(driver, wait, "/economic/work-history");

            open(driver, "Ajouter une formation");
            fill(driver, "training-sector", "LIVESTOCK");
            fill(driver, "training-provider", "Centre de Samanko");
            fill(driver, "training-startsOn", LocalDate.now().minusMonths(3).toString());
            submit(driver, wait, "/economic/trainings");

            open(driver, "Ajouter un plan d’affaires");
            fill(driver, "business-activity", "Embouche ovine");
            fill(driver, "business-sector", "LIVESTOCK");
            fill(driver, "business-summary", "Achat de 5 moutons, revente à la Tabaski");
            fill(driver, "business-plannedOn", LocalDate.now().minusMonths(1).toString());
            submit(driver, wait, "/economic/businesses");

            open(driver, "Ajouter une subvention");
            WebElement amount = driver.findElement(By.cssSelector("input[id$='-amountXof']"));
            String prefix = amount.getAttribute("id").replace("-amountXof", "");
            fill(driver, prefix + "-kind", "IN_KIND");
            fill(driver, prefix + "-amountXof", "150000,50");
            fill(driver, prefix + "-projectLineId", line);
            fill(driver, prefix + "-grantedOn", LocalDate.now().toString());
            driver.findElement(By.cssSelector("form[action$='/grants'] button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Le franc CFA n’a pas de décimales"));
            browser.screenshot("economic-grant-refused-360");
            WebElement typed = driver.findElement(By.id(prefix + "-amountXof"));
            typed.clear();
            typed.sendKeys("150 000");
            fill(driver, prefix + "-grantedOn", LocalDate.now().toString());
            driver.findElement(By.cssSelector("form[action$='/grants'] button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("saved"));

            open(driver, "Noter l’état à un suivi");
            String status = driver.findElement(By.cssSelector("select[id$='-status'][id^='status-']")).getAttribute("id");
            fill(driver, status, "STRUGGLING");
            fill(driver, status.replace("-status", "-date"), LocalDate.now().toString());
            submit(driver, wait, "/statuses");
            String main = driver.findElement(By.tagName("main")).getText();
            assertThat(main).contains("Maçon", "Centre de Samanko", "Embouche ovine", "En nature · 150 000 XOF", "En difficulté");
            browser.screenshot("economic-filled-360");

            driver.manage().deleteAllCookies();
            // A coordinator starts on the dashboard, where the helper's sign-in waits for the persons' list.
            driver.get(base + "/login");
            driver.findElement(By.id("username")).sendKeys(director);
            driver.findElement(By.id("password")).sendKeys(TestUsers.PASSWORD);
            driver.findElement(By.cssSelector("button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("/dashboard"));
            driver.get(base + "/reintegration/outcomes?from=1974-01-01&to=1974-12-31");
            assertThat(driver.findElements(By.cssSelector("img.report-chart"))).hasSize(2);
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Formation terminée", "0.75", "0.25");
            browser.screenshot("economic-outcomes-360");

            driver.get(base + "/programmes/projects/" + project.get("id").asString());
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("150 000", "dont 150 000 en subventions");
            browser.screenshot("programmes-project-grant-360");
        }
    }
}
