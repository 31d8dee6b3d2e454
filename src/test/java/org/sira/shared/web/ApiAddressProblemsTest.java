package org.sira.shared.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Errors that happen before any controller is chosen still answer the API's problem+json, in the caller's language. */
@WebTest
class ApiAddressProblemsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @LocalServerPort int port;

    @Tag("asvs-16.5.1")
    @Test
    void anUnknownApiAddressIsAProblemInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").with(users.as(Role.COORDINATOR)).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404))
                .andExpect(jsonPath("$.detail").value("Nothing at this address."));
        mvc.perform(get("/api/v1/no-such-thing").with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.detail").value("Aucune ressource à cette adresse."));
    }

    @Test
    void aMethodTheAddressDoesNotTakeIs405WithAllow() throws Exception {
        mvc.perform(delete("/api/v1/reports/returns").with(users.as(Role.COORDINATOR)).header("Accept-Language", "en"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Method not allowed"));
    }

    @Test
    void anImportWithoutAFilePartIs415Problem() throws Exception {
        mvc.perform(post("/api/v1/imports/returns").with(users.as(Role.COORDINATOR))
                        .contentType(MediaType.TEXT_PLAIN).content("nom,prenoms"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("unsupported-media-type"));
    }

    @Test
    void pagesKeepTheirOwnErrorHandling() throws Exception {
        String type = mvc.perform(get("/no-such-page").with(users.page(Role.COORDINATOR)))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentType();
        assertThat(type == null ? "" : type).doesNotContain("problem+json"); // the error page renders it later
    }

    @Test
    void overTheWireTooAnUnknownApiAddressIsProblemJson() throws Exception {
        String username = users.ensure(Role.COORDINATOR);
        String basic = Base64.getEncoder().encodeToString((username + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/no-such-thing"))
                .header("Authorization", "Basic " + basic).header("Accept-Language", "en").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(response.body()).contains("Nothing at this address.");
    }

    @Tag("asvs-16.5.1")
    @Test
    void aRequestTomcatRefusesBeforeSiraSeesItIsProblemJsonToo() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/persons?q=" + "x".repeat(20_000)))
                .header("Accept-Language", "en").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        // The request line alone is too long for its headers to be read: the answer is in French, the default.
        assertThat(response.body()).contains("\"status\":400").contains("trop grande").doesNotContain("<html");
    }
}
