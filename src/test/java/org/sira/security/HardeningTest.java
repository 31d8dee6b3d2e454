package org.sira.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** What the server sends around every answer: headers, methods, caching, what stays closed. */
@WebTest
class HardeningTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @LocalServerPort int port;

    @Test
    @Tag("asvs-3.4.3")
    void theContentSecurityPolicyForbidsPluginsAndForeignBaseAddresses() throws Exception {
        for (String path : new String[] {"/login", "/api/v1/persons", "/persons"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", containsString("object-src 'none'")))
                    .andExpect(header().string("Content-Security-Policy", containsString("base-uri 'none'")))
                    .andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))));
        }
    }

    @Test
    @Tag("asvs-3.4.1")
    void httpsAnswersCarryStrictTransportSecurityForAYearAtLeast() throws Exception {
        String hsts = mvc.perform(get("/login").secure(true)).andReturn().getResponse().getHeader("Strict-Transport-Security");
        assertThat(hsts).isNotNull().contains("includeSubDomains");
        long maxAge = Long.parseLong(hsts.replaceAll(".*max-age=(\\d+).*", "$1"));
        assertThat(maxAge).isGreaterThanOrEqualTo(31_536_000L);
    }

    @Test
    @Tag("asvs-14.3.2")
    @Tag("asvs-14.2.2")
    void answersNamingPersonsAreNeverCached() throws Exception {
        mvc.perform(get("/api/v1/persons").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(get("/persons").with(users.page(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    @Tag("asvs-13.4.4")
    void traceIsRefusedByTheServer() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                        .method("TRACE", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).doesNotContain("TRACE /login");
    }

    @Test
    @Tag("asvs-13.4.3")
    @Tag("asvs-13.4.5")
    void noDirectoryListingAndNoMonitoringBeyondHealth() throws Exception {
        for (String path : new String[] {"/css/", "/js/", "/actuator", "/actuator/env", "/actuator/heapdump", "/h2-console"}) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isIn(302, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("sira.css", "htmx.min.js", "\"propertySources\"");
        }
    }
}
