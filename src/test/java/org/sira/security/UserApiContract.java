package org.sira.security;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The users section of api-v1.md: list, change, one's own password, and the roles never held together. */
abstract class UserApiContract {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    static final String NEW_PASSWORD = "tortue velours pagaie 1984";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    static String unique(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime() % 100_000, 36);
    }

    String idOf(String username) {
        return jdbc.sql("SELECT id FROM app_user WHERE username = :u").param("u", username).query(String.class).single();
    }

    org.springframework.test.web.servlet.ResultActions patchUser(String id, String body) throws Exception {
        return mvc.perform(patch("/api/v1/users/" + id).with(users.as(Role.ADMIN))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Tag("asvs-8.2.1")
    @Test
    void administratorsListUsersAsAPage() throws Exception {
        String name = unique("listed");
        users.create(name, Role.SHELTER);
        mvc.perform(get("/api/v1/users").param("size", "200").with(users.as(Role.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(200))
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.items[?(@.username == '" + name + "')].roles[0]").value("SHELTER"))
                .andExpect(jsonPath("$.items[?(@.username == '" + name + "')].enabled").value(true))
                .andExpect(jsonPath("$.items[?(@.username == '" + name + "')].displayName").value("Test SHELTER"))
                .andExpect(jsonPath("$.items[0].id").isNotEmpty())
                .andExpect(jsonPath("$.items[0].passwordHash").doesNotExist());
    }

    @Tag("asvs-8.2.1")
    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyAdministratorsListAndChangeUsers(Role role) throws Exception {
        boolean admin = role.may(Permission.USER_MANAGE);
        String target = unique("target");
        users.create(target, Role.VIEWER);
        mvc.perform(get("/api/v1/users").with(users.as(role))).andExpect(admin ? status().isOk() : status().isForbidden());
        mvc.perform(patch("/api/v1/users/" + idOf(target)).with(users.as(role)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"displayName\":\"Changed\"}"))
                .andExpect(admin ? status().isOk() : status().isForbidden());
    }

    @Tag("asvs-16.3.2")
    @Test
    void anAdministratorChangesRolesDisplayNameAndStateAndEachChangeIsAudited() throws Exception {
        String name = unique("changed");
        users.create(name, Role.RECEPTION);
        String id = idOf(name);
        patchUser(id, "{\"roles\":[\"CASEWORKER\",\"shelter\"],\"displayName\":\"  Awa Traoré \"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.roles", hasItem("CASEWORKER")))
                .andExpect(jsonPath("$.roles", hasItem("SHELTER")))
                .andExpect(jsonPath("$.displayName").value("Awa Traoré"))
                .andExpect(jsonPath("$.enabled").value(true));
        patchUser(id, "{\"enabled\":false}").andExpect(status().isOk()).andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.displayName").value("Awa Traoré"));
        String after = jdbc.sql("SELECT after_state FROM audit_entry WHERE record_id = :id AND action = 'UPDATE' AND actor = 'test-admin'")
                .param("id", id).query(String.class).single();
        assertThat(after).contains("roles=CASEWORKER,SHELTER").contains("displayName=Awa Traoré");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_id = :id AND action = 'DISABLE'")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aChangeMadeOnAnOlderVersionIsRefusedWithTheCurrentState() throws Exception {
        String name = unique("versioned");
        users.create(name, Role.RECEPTION);
        String id = idOf(name);
        patchUser(id, "{\"displayName\":\"First\",\"version\":0}").andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        patchUser(id, "{\"displayName\":\"Second\",\"version\":0}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("stale-record"))
                .andExpect(jsonPath("$.current.displayName").value("First"));
    }

    @Test
    void badChangesAreRefusedWith400AndTheFieldNamed() throws Exception {
        String name = unique("bad");
        users.create(name, Role.RECEPTION);
        String id = idOf(name);
        patchUser(id, "{\"roles\":[]}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("roles"));
        patchUser(id, "{\"roles\":[\"GOD\"]}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("roles"));
        patchUser(id, "{\"enabled\":\"perhaps\"}").andExpect(status().isBadRequest());
        patchUser(id, "{\"displayName\":\"" + "x".repeat(250) + "\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("displayName"));
        patchUser("00000000-0000-0000-0000-000000000000", "{\"enabled\":false}").andExpect(status().isNotFound());
        patchUser("not-an-id", "{\"enabled\":false}").andExpect(status().isNotFound());
    }

    /** Finding 5: an administrator gave an account ADMIN + COUNSELLOR and read every note. */
    @Tag("asvs-8.2.1")
    @Tag("asvs-8.2.2")
    @Test
    void theCounsellorRoleIsNeverGivenWithAdministratorOnCreationOrChange() throws Exception {
        mvc.perform(post("/api/v1/users").with(users.as(Role.ADMIN)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + unique("both") + "\",\"password\":\"" + NEW_PASSWORD + "\",\"roles\":[\"ADMIN\",\"COUNSELLOR\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("roles"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("Le rôle Psychologue ne peut pas être donné avec Administrateur")));
        String counsellor = unique("counsellor");
        users.create(counsellor, Role.COUNSELLOR);
        mvc.perform(patch("/api/v1/users/" + idOf(counsellor)).with(users.as(Role.ADMIN)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"COUNSELLOR\",\"ADMIN\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", startsWith("The Counsellor role cannot be given together with Administrator")));
        String admin = unique("admin");
        users.create(admin, Role.ADMIN);
        patchUser(idOf(admin), "{\"roles\":[\"ADMIN\",\"COUNSELLOR\"]}").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT roles FROM app_user WHERE username = :u").param("u", admin).query(String.class).single())
                .isEqualTo("ADMIN");
    }

    /** Accounts combined before the rule existed read no notes until their roles are corrected. */
    @Tag("asvs-8.2.2")
    @Test
    void anAccountAlreadyHoldingBothRolesReadsNoNotes() throws Exception {
        String both = unique("legacy");
        users.create(both, Role.ADMIN);
        jdbc.sql("UPDATE app_user SET roles = 'ADMIN,COUNSELLOR' WHERE username = :u").param("u", both).update();
        String person = json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"familyName\":\"Dembélé\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-notes").with(httpBasic(both, TestUsers.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/users").with(httpBasic(both, TestUsers.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void theLastActiveAdministratorCannotBeDisabledNorLoseTheRole() throws Exception {
        // Other administrators exist in this database: only the rule's arithmetic is checked here.
        long others = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE enabled = TRUE AND roles LIKE '%ADMIN%'").query(Long.class).single();
        assertThat(others).isGreaterThan(1);
        String name = unique("sole");
        users.create(name, Role.ADMIN);
        patchUser(idOf(name), "{\"enabled\":false}").andExpect(status().isOk());
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE roles LIKE '%ADMIN%' AND username NOT IN ('test-admin')").update();
        try {
            mvc.perform(patch("/api/v1/users/" + idOf("test-admin")).with(users.as(Role.ADMIN))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].message").value("Ce changement laisserait Sira sans aucun administrateur actif."));
            mvc.perform(patch("/api/v1/users/" + idOf("test-admin")).with(users.as(Role.ADMIN))
                            .contentType(MediaType.APPLICATION_JSON).content("{\"roles\":[\"VIEWER\"]}"))
                    .andExpect(status().isBadRequest());
        } finally {
            jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE username = 'admin'").update();
        }
    }

    @Tag("asvs-6.2.2")
    @Tag("asvs-6.2.3")
    @Test
    void everyUserChangesTheirOwnPasswordKnowingTheCurrentOne() throws Exception {
        String name = unique("own");
        users.create(name, Role.VIEWER);
        mvc.perform(put("/api/v1/users/me/password").with(httpBasic(name, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"not the right one at all\",\"newPassword\":\"" + NEW_PASSWORD + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("currentPassword"))
                .andExpect(jsonPath("$.errors[0].message").value("Le mot de passe actuel n’est pas le bon."));
        mvc.perform(put("/api/v1/users/me/password").with(httpBasic(name, TestUsers.PASSWORD)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + TestUsers.PASSWORD + "\",\"newPassword\":\"azertyuiop123\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("This password")));
        mvc.perform(put("/api/v1/users/me/password").with(httpBasic(name, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + TestUsers.PASSWORD + "\",\"newPassword\":\"" + TestUsers.PASSWORD + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("newPassword"));
        mvc.perform(put("/api/v1/users/me/password").with(httpBasic(name, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + TestUsers.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/reports/returns").param("from", "2024-01-01").param("to", "2024-12-31")
                .with(httpBasic(name, NEW_PASSWORD))).andExpect(status().isOk());
        String id = idOf(name);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE record_id = :id AND action LIKE 'PASSWORD%' ORDER BY seq")
                .param("id", id).query(String.class).list()).containsExactly("PASSWORD_CHANGE_REFUSED", "PASSWORD_CHANGE");
    }

    /** The API remembers a right password for five minutes: a changed one must be forgotten at once. */
    @Tag("asvs-7.4.3")
    @Test
    void theOldPasswordStopsWorkingOnTheApiAtOnce() throws Exception {
        String name = unique("forgotten");
        users.create(name, Role.RECEPTION);
        mvc.perform(get("/api/v1/persons").with(httpBasic(name, TestUsers.PASSWORD))).andExpect(status().isOk());
        mvc.perform(put("/api/v1/users/me/password").with(httpBasic(name, TestUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + TestUsers.PASSWORD + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/persons").with(httpBasic(name, TestUsers.PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/persons").with(httpBasic(name, NEW_PASSWORD))).andExpect(status().isOk());
    }

    /** Finding 4, on the API door: HTTP Basic checks the account at every call. */
    @Tag("asvs-7.4.2")
    @Test
    void aDisabledAccountIsRefusedOnTheApiAtOnce() throws Exception {
        String name = unique("api-disabled");
        users.create(name, Role.RECEPTION);
        mvc.perform(get("/api/v1/persons").with(httpBasic(name, TestUsers.PASSWORD))).andExpect(status().isOk());
        patchUser(idOf(name), "{\"enabled\":false}").andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons").with(httpBasic(name, TestUsers.PASSWORD))).andExpect(status().isUnauthorized());
        patchUser(idOf(name), "{\"enabled\":true}").andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons").with(httpBasic(name, TestUsers.PASSWORD))).andExpect(status().isOk());
    }
}
