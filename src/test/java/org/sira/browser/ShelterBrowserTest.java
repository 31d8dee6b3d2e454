package org.sira.browser;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A convoy at the host centre on a 360 px phone: a group of 20 checked in from its arrival group,
 * a meal and a hygiene kit for all of them in one action but two, two of them sent home on the
 * bus, one arrival confirmed by phone.
 */
@WebTest
class ShelterBrowserTest {

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    private JsonNode send(Role role, String address, String body) throws Exception {
        return json.readTree(mvc.perform(post(address).with(users.as(role)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aConvoyIsHousedFedAndSentHomeFromAPhone() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.installed(), "SKIPPED: Debian chromium and chromium-driver are not installed (see .ci/run)");
        }
        String centre = send(Role.COORDINATOR, "/api/v1/centres", "{\"name\":\"Centre de Bamako (navigateur)\"}").get("id").asString();
        send(Role.COORDINATOR, "/api/v1/centres/" + centre + "/rooms", "{\"name\":\"Hommes\",\"kind\":\"MEN\",\"beds\":16}");
        send(Role.COORDINATOR, "/api/v1/centres/" + centre + "/rooms", "{\"name\":\"Femmes\",\"kind\":\"WOMEN\",\"beds\":8}");
        send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/receipts", "{\"item\":\"MEAL\",\"quantity\":100}");
        send(Role.SHELTER, "/api/v1/centres/" + centre + "/stock/receipts", "{\"item\":\"HYGIENE_KIT\",\"quantity\":30}");
        String group = send(Role.RECEPTION, "/api/v1/arrivals", """
                {"arrivalDate":"2026-01-09","arrivalPoint":"Gao","countryFrom":"DZ","returnKind":"BORDER_REJECTION",
                 "transport":"ROAD_CONVOY","expectedCount":20}""").get("id").asString();
        List<String> persons = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String sex = i % 4 == 0 ? "F" : "M";
            String person = send(Role.RECEPTION, "/api/v1/persons", "{\"familyName\":\"Convoi" + (char) ('A' + i)
                    + "\",\"givenNames\":\"Awa\",\"sex\":\"" + sex + "\",\"birthDate\":\"199" + (i % 10) + "-03-0" + (1 + i % 9)
                    + "\",\"birthDatePrecision\":\"DAY\"}").get("id").asString();
            send(Role.RECEPTION, "/api/v1/arrivals/" + group + "/returns", "{\"personId\":\"" + person + "\"}");
            persons.add(person);
        }
        String manager = "browser-shelter-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(manager, Role.SHELTER);

        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            ChromeDriver driver = browser.driver();
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            browser.width(360);
            browser.logIn(base, manager, TestUsers.PASSWORD);

            driver.get(base + "/arrivals/" + group);
            driver.findElement(By.cssSelector("a[href^='/shelter/check-in']")).click();
            driver.get(driver.getCurrentUrl() + "&centre=" + centre);
            assertThat(driver.findElements(By.cssSelector("select[name=bedId]"))).hasSize(20);
            browser.screenshot("shelter-check-in-360");
            driver.findElement(By.cssSelector("#check-in button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("checkedIn=20"));
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("20 personnes installées.");
            browser.screenshot("shelter-board-360");

            driver.get(base + "/shelter/centres/" + centre + "/distribution?arrival=" + group);
            driver.findElement(By.cssSelector("input[name=item][value=MEAL]")).click();
            driver.findElement(By.cssSelector("input[name=item][value=HYGIENE_KIT]")).click();
            for (String exception : persons.subList(18, 20)) {
                WebElement box = driver.findElement(By.cssSelector("input[name=personId][value='" + exception + "']"));
                driver.executeScript("arguments[0].scrollIntoView()", box);
                box.click();
            }
            driver.findElement(By.cssSelector("#distribution button[type=submit]")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Kit d’hygiène : 18 personne(s) servie(s), reste 12 en stock."));
            browser.screenshot("shelter-distribution-360");
            driver.get(base + "/shelter/centres/" + centre + "/stock");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Stock bas : Kit d’hygiène, il en reste 12 (seuil 20).");
            browser.screenshot("shelter-stock-360");
            driver.get(base + "/shelter/centres/" + centre + "/stock/HYGIENE_KIT");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Fiche de stock : Kit d’hygiène");
            browser.screenshot("shelter-stock-card-360");
            driver.get(base + "/shelter/centres/" + centre + "/cash?arrival=" + group);
            browser.screenshot("shelter-cash-360");
            String stayOfFifth = jdbc.sql("SELECT id FROM shelter_stay WHERE person_id = :p AND check_out IS NULL")
                    .param("p", UUID.fromString(persons.get(5))).query(String.class).single();
            driver.get(base + "/shelter/stays/" + stayOfFifth + "/move");
            assertThat(driver.findElement(By.tagName("main")).getText()).contains("Nouveau lit");
            browser.screenshot("shelter-move-360");

            driver.get(base + "/shelter/centres/" + centre + "/journeys");
            for (String traveller : persons.subList(0, 2)) {
                driver.findElement(By.cssSelector("input[name=personId][value='" + traveller + "']")).click();
            }
            driver.findElement(By.id("region")).sendKeys("Kayes");
            driver.findElement(By.id("transportCompany")).sendKeys("Bani Transport");
            driver.executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("departureDate")), LocalDate.now().toString());
            new Select(driver.findElement(By.id("paymentMode"))).selectByValue("MOBILE_MONEY");
            driver.findElement(By.id("paymentReference")).sendKeys("OM-55120");
            driver.findElement(By.cssSelector("#book button[type=submit]")).click();
            wait.until(ExpectedConditions.urlContains("booked=2"));
            By departs = By.cssSelector("form[action$='/depart'] button");
            for (int left = 1; left >= 0; left--) {
                driver.findElement(departs).click();
                // Counted on the page that follows: Chromium may answer a staleness probe of the
                // clicked button with an inspector error while the page is being replaced.
                int expected = left;
                wait.ignoring(WebDriverException.class).until(d -> d.findElements(departs).size() == expected);
            }
            assertThat(driver.findElements(By.cssSelector("form[action$='/depart']"))).isEmpty();
            browser.screenshot("shelter-journeys-360");
            jdbc.sql("UPDATE shelter_journey SET call_due = :d WHERE centre_id = :c").param("d", LocalDate.now())
                    .param("c", UUID.fromString(centre)).update();

            driver.get(base + "/shelter/journeys/calls");
            WebElement call = driver.findElement(By.xpath("//li[.//strong[text()='CONVOIA Awa']]"));
            call.findElement(By.name("result")).sendKeys("Bien arrivé à Kayes");
            call.findElement(By.cssSelector("button[value=true]")).click();
            wait.until(ExpectedConditions.urlContains("recorded"));
            browser.screenshot("shelter-calls-360");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_stay WHERE centre_id = :c AND check_out IS NULL")
                .param("c", UUID.fromString(centre)).query(Long.class).single()).isEqualTo(18);
        assertThat(jdbc.sql("SELECT status FROM shelter_journey WHERE person_id = :p").param("p", UUID.fromString(persons.get(0)))
                .query(String.class).single()).isEqualTo("ARRIVAL_CONFIRMED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM shelter_assistance WHERE person_id = :p").param("p", UUID.fromString(persons.get(19)))
                .query(Long.class).single()).isZero();
    }
}
