package org.sira.security;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.signin.SecondStep;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Browser sessions follow the account as it is now: disabled, locked, given other roles or a new
 * password elsewhere, they end at their next request. Real form logins, the session kept between requests.
 */
abstract class AccountSessionsContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired UserAccounts accounts;
    @Autowired TransactionTemplate transaction;

    private MockHttpSession logIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }

    private String newUser(String prefix, Role role) {
        String name = UserApiContract.unique(prefix);
        users.create(name, role);
        return name;
    }

    private String idOf(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(String.class).single();
    }

    private void adminPatches(String username, String body) throws Exception {
        mvc.perform(patch("/api/v1/users/" + idOf(username)).with(users.as(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
    }

    /** Finding 4: a disabled caseworker kept reading records for up to 8 hours. */
    @Tag("asvs-7.4.2")
    @Test
    void disablingAnAccountEndsItsOpenSessionAtOnce() throws Exception {
        String name = newUser("session-disabled", Role.CASEWORKER);
        MockHttpSession session = logIn(name, TestUsers.PASSWORD);
        mvc.perform(get("/persons").session(session)).andExpect(status().isOk());
        adminPatches(name, "{\"enabled\":false}");
        mvc.perform(get("/persons").session(session)).andExpect(redirectedUrl("/login?expired"));
        assertThat(session.isInvalid()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor = :u AND action = 'SESSION_ENDED'")
                .param("u", name).query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/login").param("expired", "")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Votre session a pris fin")));
    }

    @Tag("asvs-7.4.2")
    @Test
    void disablingAnAccountOnItsPageEndsItsOpenSessionToo() throws Exception {
        String name = newUser("page-disabled", Role.SHELTER);
        MockHttpSession session = logIn(name, TestUsers.PASSWORD);
        mvc.perform(post("/admin/users/" + idOf(name) + "/enabled").param("enabled", "false").with(csrf())
                .with(users.page(Role.ADMIN))).andExpect(redirectedUrl("/admin/users?updated"));
        mvc.perform(get("/persons").session(session)).andExpect(redirectedUrl("/login?expired"));
    }

    @Tag("asvs-7.4.2")
    @Test
    void aLockedAccountsOpenSessionEnds() throws Exception {
        String name = newUser("session-locked", Role.RECEPTION);
        MockHttpSession session = logIn(name, TestUsers.PASSWORD);
        jdbc.sql("UPDATE app_user SET locked_until = :until WHERE username = :u")
                .param("until", java.time.OffsetDateTime.now().plusHours(1)).param("u", name).update();
        mvc.perform(get("/persons").session(session)).andExpect(redirectedUrl("/login?expired"));
    }

    /** Authorisation follows a change of roles at once, not at the next sign-in. */
    @Tag("asvs-8.3.2")
    @Tag("asvs-7.4.2")
    @Test
    void changingTheRolesOfAnAccountEndsItsOpenSession() throws Exception {
        String name = newUser("session-roles", Role.CASEWORKER);
        MockHttpSession session = logIn(name, TestUsers.PASSWORD);
        mvc.perform(get("/persons").session(session)).andExpect(status().isOk());
        adminPatches(name, "{\"roles\":[\"VIEWER\"]}");
        mvc.perform(get("/persons").session(session)).andExpect(redirectedUrl("/login?expired"));
        MockHttpSession again = logIn(name, TestUsers.PASSWORD);
        mvc.perform(get("/persons").session(again)).andExpect(status().isForbidden());
    }

    @Test
    void changingOnlyTheDisplayNameLeavesTheSessionOpen() throws Exception {
        String name = newUser("session-name", Role.CASEWORKER);
        MockHttpSession session = logIn(name, TestUsers.PASSWORD);
        adminPatches(name, "{\"displayName\":\"Mariam Coulibaly\"}");
        mvc.perform(get("/persons").session(session)).andExpect(status().isOk());
    }

    @Test
    void htmxRequestsOfAnEndedSessionAreSentToTheLoginPageWhole() throws Exception {
        String name = newUser("session-htmx", Role.CASEWORKER);
        MockHttpSession session = logIn(name, TestUsers.PASSWORD);
        adminPatches(name, "{\"enabled\":false}");
        mvc.perform(get("/persons").session(session).header("HX-Request", "true"))
                .andExpect(status().isNoContent()).andExpect(header().string("HX-Redirect", "/login?expired"));
    }

    /** The session where the password is changed goes on (with a new id); every other one ends. */
    @Tag("asvs-7.4.3")
    @Tag("asvs-6.2.2")
    @Test
    void changingOnesPasswordEndsOnesOtherSessions() throws Exception {
        String name = newUser("session-password", Role.CASEWORKER);
        MockHttpSession here = logIn(name, TestUsers.PASSWORD);
        MockHttpSession elsewhere = logIn(name, TestUsers.PASSWORD);
        mvc.perform(get("/account/password").session(here)).andExpect(status().isOk());
        mvc.perform(post("/account/password").session(here)
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", UserApiContract.NEW_PASSWORD)
                        .param("confirmation", UserApiContract.NEW_PASSWORD))
                .andExpect(status().isForbidden());
        String idBefore = here.getId();
        mvc.perform(post("/account/password").session(here).with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", UserApiContract.NEW_PASSWORD)
                        .param("confirmation", UserApiContract.NEW_PASSWORD))
                .andExpect(redirectedUrl("/account?password-changed"));
        assertThat(here.getId()).isNotEqualTo(idBefore);
        mvc.perform(get("/persons").session(here)).andExpect(status().isOk());
        mvc.perform(get("/account").param("password-changed", "").session(here)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mot de passe changé")));
        mvc.perform(get("/persons").session(elsewhere)).andExpect(redirectedUrl("/login?expired"));
        logIn(name, UserApiContract.NEW_PASSWORD);
    }

    @Tag("asvs-6.2.3")
    @Test
    void thePasswordPageSaysWhyAChangeIsRefused() throws Exception {
        String name = newUser("page-password", Role.SHELTER);
        MockHttpSession session = logIn(name, TestUsers.PASSWORD);
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", "wrong wrong wrong").param("newPassword", UserApiContract.NEW_PASSWORD)
                        .param("confirmation", UserApiContract.NEW_PASSWORD))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Le mot de passe actuel n’est pas le bon.")));
        mvc.perform(post("/account/password").session(session).with(csrf()).header("Accept-Language", "en")
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "motdepasse123")
                        .param("confirmation", "motdepasse123"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("too easy to guess")));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", UserApiContract.NEW_PASSWORD)
                        .param("confirmation", "something else entirely"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("ne sont pas identiques")));
        mvc.perform(get("/persons").session(session)).andExpect(status().isOk());
    }

    /** ADMIN + COUNSELLOR is refused on the edit page as on the API. */
    @Tag("asvs-8.2.1")
    @Test
    void theEditPageRefusesTheCounsellorRoleBesideAdministrator() throws Exception {
        String name = newUser("page-roles", Role.COUNSELLOR);
        mvc.perform(get("/admin/users/" + idOf(name)).with(users.page(Role.ADMIN))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Modifier l’utilisateur " + name)));
        mvc.perform(post("/admin/users/" + idOf(name)).with(users.page(Role.ADMIN)).with(csrf())
                        .param("roles", "COUNSELLOR", "ADMIN").param("displayName", "Psy").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le rôle Psychologue ne peut pas être donné avec Administrateur")));
        mvc.perform(post("/admin/users").with(users.page(Role.ADMIN)).with(csrf())
                        .param("username", UserApiContract.unique("page-both")).param("password", UserApiContract.NEW_PASSWORD)
                        .param("roles", "COUNSELLOR", "ADMIN"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le rôle Psychologue ne peut pas être donné avec Administrateur")));
        mvc.perform(post("/admin/users/" + idOf(name)).with(users.page(Role.ADMIN)).with(csrf())
                        .param("roles", "COUNSELLOR").param("displayName", "Psy Diarra").param("version", "0"))
                .andExpect(redirectedUrl("/admin/users?updated"));
        assertThat(jdbc.sql("SELECT display_name FROM app_user WHERE username = :u").param("u", name).query(String.class).single())
                .isEqualTo("Psy Diarra");
    }

    /**
     * Without SIRA_ADMIN_PASSWORD the first administrator's password is generated and printed in
     * the log: it opens the password page and nothing else, on either door, until replaced.
     */
    @Tag("asvs-6.4.1")
    @Test
    void aGeneratedFirstPasswordMustBeChangedBeforeAnythingElse() throws Exception {
        String name = UserApiContract.unique("first");
        String generated = new FirstStartAdmin(accounts, transaction, "").createAdmin(name);
        assertThat(generated).isNotNull();
        assertThat(PasswordPolicy.check(name, generated)).isEmpty();
        // An administrator sets up the second step first (ADMIN requires it), then must change the password.
        MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", name).param("password", generated))
                .andExpect(redirectedUrl(SecondStep.ENROL_PAGE)).andReturn().getRequest().getSession(false);
        String enrolment = mvc.perform(get(SecondStep.ENROL_PAGE).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher secret = java.util.regex.Pattern.compile("<code id=\"secret\">([A-Z2-7 ]+)</code>").matcher(enrolment);
        assertThat(secret.find()).isTrue();
        String code = new dev.samstevens.totp.code.DefaultCodeGenerator(dev.samstevens.totp.code.HashingAlgorithm.SHA1, 6)
                .generate(secret.group(1).replace(" ", ""), java.time.Instant.now().getEpochSecond() / 30);
        mvc.perform(post(SecondStep.ENROL_PAGE).session(session).with(csrf()).param("code", code)).andExpect(status().isOk());
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/admin/users").session(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("choisissez le vôtre")));
        mvc.perform(get("/api/v1/users").with(httpBasic(name, generated))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("password-change-required"));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", generated).param("newPassword", UserApiContract.NEW_PASSWORD)
                        .param("confirmation", UserApiContract.NEW_PASSWORD))
                .andExpect(redirectedUrl("/account?password-changed"));
        mvc.perform(get("/admin/users").session(session)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(httpBasic(name, UserApiContract.NEW_PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/users").with(httpBasic(name, generated))).andExpect(status().isUnauthorized());
    }

    @Tag("asvs-6.4.1")
    @Test
    void aGeneratedFirstPasswordCanBeReplacedThroughTheApiToo() throws Exception {
        String name = UserApiContract.unique("first-api");
        String generated = new FirstStartAdmin(accounts, transaction, "").createAdmin(name);
        mvc.perform(get("/api/v1/persons").with(httpBasic(name, generated))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("password-change-required"));
        mvc.perform(put("/api/v1/users/me/password").with(httpBasic(name, generated)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + generated + "\",\"newPassword\":\"" + UserApiContract.NEW_PASSWORD + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/persons").with(httpBasic(name, UserApiContract.NEW_PASSWORD))).andExpect(status().isOk());
    }

    @Tag("asvs-3.5.1")
    @Test
    void accountChangesOnThePagesNeedTheFormsToken() throws Exception {
        String name = newUser("page-csrf", Role.SHELTER);
        mvc.perform(post("/admin/users/" + idOf(name)).with(users.page(Role.ADMIN))
                .param("roles", "VIEWER").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/" + idOf(name) + "/enabled").with(users.page(Role.ADMIN))
                .param("enabled", "false")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT roles FROM app_user WHERE username = :u").param("u", name).query(String.class).single())
                .isEqualTo("SHELTER");
    }

    @Tag("asvs-6.4.1")
    @Test
    void theConfiguredFirstPasswordIsUsableAtOnce() throws Exception {
        String name = UserApiContract.unique("configured");
        assertThat(new FirstStartAdmin(accounts, transaction, "deux girafes lisent le journal").createAdmin(name)).isNull();
        mvc.perform(get("/api/v1/users").with(httpBasic(name, "deux girafes lisent le journal"))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/users/me/password").with(httpBasic(name, "deux girafes lisent le journal"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"currentPassword\":\"deux girafes lisent le journal\",\"newPassword\":\"" + UserApiContract.NEW_PASSWORD + "\"}"))
                .andExpect(status().isNoContent());
    }
}
