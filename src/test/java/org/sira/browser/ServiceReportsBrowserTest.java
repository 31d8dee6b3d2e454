package org.sira.browser;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.sira.support.Browser;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** On a phone, the assistance and casework reports and the dashboard fit the screen and lead to each other. */
@WebTest
class ServiceReportsBrowserTest {

    @LocalServerPort int port;
    @Value("${sira.admin.initial-password}") String adminPassword;

    @Test
    void theNewReportsAndTheDashboardFitA360PixelScreen() throws Exception {
        if (System.getenv("CI") == null) {
            Assumptions.assumeTrue(Browser.installed(), "SKIPPED: Debian chromium and chromium-driver are not installed (see .ci/run)");
        }
        String base = "http://localhost:" + port;
        try (Browser browser = new Browser()) {
            ChromeDriver driver = browser.driver();
            browser.width(360);
            browser.logIn(base, "admin", adminPassword);
            for (String report : new String[] {"assistance", "casework"}) {
                driver.get(base + "/reports/" + report + "?period=1978-S2");
                assertThat(driver.findElement(By.cssSelector("p.headline")).getText()).contains("1978");
                assertThat((Long) driver.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
                browser.screenshot("report-" + report + "-360");
            }
            driver.get(base + "/reports/donor");
            assertThat(driver.findElement(By.id("project")).isDisplayed()).isTrue();
            browser.screenshot("report-donor-choice-360");
            driver.get(base + "/dashboard");
            driver.findElement(By.linkText("Suivi et réintégration")).click();
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Suivi et réintégration");
            driver.get(base + "/dashboard");
            assertThat((Long) driver.executeScript("return document.querySelector('main').scrollWidth")).isLessThanOrEqualTo(360);
            browser.screenshot("dashboard-360");
        }
    }
}
