package org.sira.security;

import jakarta.servlet.http.HttpSession;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class LoginAndAccountsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    @Test
    void theFirstStartCreatedAnAdminWithTheConfiguredPassword() throws Exception {
        mvc.perform(get("/api/v1/persons").with(httpBasic("admin", "first start secret 2026"))).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT roles FROM app_user WHERE username = 'admin'").query(String.class).single()).isEqualTo("ADMIN");
    }

    @Tag("asvs-7.2.4")
    @Tag("asvs-3.5.1")
    @Test
    void formLoginGivesANewSessionIdAndRefusesAFormWithoutCsrfToken() throws Exception {
        String user = users.ensure(Role.SHELTER);
        MockHttpSession before = new MockHttpSession();
        String idBefore = before.getId();
        MvcResult login = mvc.perform(post("/login").session(before).with(csrf())
                        .param("username", user).param("password", TestUsers.PASSWORD))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"))
                .andReturn();
        HttpSession after = login.getRequest().getSession(false);
        assertThat(after).isNotNull();
        assertThat(after.getId()).isNotEqualTo(idBefore);
        mvc.perform(post("/login").param("username", user).param("password", TestUsers.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Tag("asvs-16.3.1")
    @Test
    void aWrongPasswordSendsBackToTheLoginPageWithAMessage() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", "nobody-here").param("password", "wrong password 123"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Nom d’utilisateur ou mot de passe incorrect.")));
    }

    @Test
    void repeatedFailedLoginsLockTheAccountOnBothDoors() throws Exception {
        String user = "lockme";
        users.create(user, Role.RECEPTION);
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(get("/api/v1/persons").with(httpBasic(user, "not the password " + attempt)))
                    .andExpect(status().isUnauthorized());
        }
        // Even the right password is refused while the lock lasts.
        mvc.perform(get("/api/v1/persons").with(httpBasic(user, TestUsers.PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail", startsWith("Trop d’essais manqués")));
        mvc.perform(post("/login").with(csrf()).param("username", user).param("password", TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = :u AND action = 'LOGIN_FAILED'")
                .param("u", user).query(Long.class).single()).isEqualTo(5);
    }

    /** The API remembers a right password to spare Argon2, but never a wrong one, a lock or a disabled account. */
    @Test
    void aRememberedApiPasswordStillObeysLockOutAndDisabling() throws Exception {
        String user = "remembered";
        users.create(user, Role.RECEPTION);
        mvc.perform(get("/api/v1/persons").with(httpBasic(user, TestUsers.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons").with(httpBasic(user, TestUsers.PASSWORD))).andExpect(status().isOk());
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(get("/api/v1/persons").with(httpBasic(user, TestUsers.PASSWORD + attempt)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/persons").with(httpBasic(user, TestUsers.PASSWORD))).andExpect(status().isTooManyRequests());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = :u AND action = 'LOGIN_FAILED'")
                .param("u", user).query(Long.class).single()).isEqualTo(5);

        String other = "remembered.disabled";
        users.create(other, Role.RECEPTION);
        mvc.perform(get("/api/v1/persons").with(httpBasic(other, TestUsers.PASSWORD))).andExpect(status().isOk());
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = :u").param("u", other).update();
        mvc.perform(get("/api/v1/persons").with(httpBasic(other, TestUsers.PASSWORD))).andExpect(status().isUnauthorized());
    }

    @Test
    void weakPasswordsAreRefusedWithTheReasonInTheCallersLanguage() throws Exception {
        mvc.perform(post("/api/v1/users").with(users.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"weak1\",\"password\":\"short\",\"roles\":[\"CASEWORKER\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].message",
                        hasItem("Le mot de passe doit compter au moins 12 caractères.")));
        mvc.perform(post("/api/v1/users").with(users.as(Role.ADMIN)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"weak2\",\"password\":\"aaaaaaaaaaaaaaa\",\"roles\":[\"CASEWORKER\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'password')].message",
                        hasItem("The password uses too few different characters.")));
        mvc.perform(post("/api/v1/users").with(users.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"bad1\",\"password\":\"a perfectly fine passphrase\",\"roles\":[\"GOD\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"));
    }

    @Tag("asvs-11.4.2")
    @Test
    void aCreatedUserCanLogInWithTheRolesGiven() throws Exception {
        mvc.perform(post("/api/v1/users").with(users.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"new.caseworker\",\"password\":\"a perfectly fine passphrase\",\"roles\":[\"CASEWORKER\"],\"displayName\":\"Awa\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty());
        mvc.perform(get("/api/v1/persons").with(httpBasic("new.caseworker", "a perfectly fine passphrase"))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/users").with(httpBasic("new.caseworker", "a perfectly fine passphrase"))
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isForbidden());
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = 'new.caseworker'").query(String.class).single();
        assertThat(hash).startsWith("$argon2id$").doesNotContain("passphrase");
    }

    @Tag("asvs-3.4.4")
    @Tag("asvs-3.4.5")
    @Tag("asvs-3.4.6")
    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        for (String path : new String[] {"/login", "/api/v1/persons"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                    .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "same-origin"))
                    .andExpect(header().string("X-Frame-Options", "DENY"));
        }
    }

    @Tag("asvs-3.3.2")
    @Tag("asvs-3.3.4")
    @Test
    void theSessionCookieIsSecureHttpOnlyAndSameSite(@org.springframework.boot.test.web.server.LocalServerPort int port) throws Exception {
        // Through the real server: MockMvc does not write the container's session cookie.
        var response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("JSESSIONID=").contains("HttpOnly", "Secure", "SameSite=Strict");
    }
}
