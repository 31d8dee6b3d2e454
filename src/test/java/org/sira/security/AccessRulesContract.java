package org.sira.security;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each role sees and does what {@link Role} says, and nothing else, whichever door it uses. */
abstract class AccessRulesContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private String createPerson(String body) throws Exception {
        String response = mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asString();
    }

    private static ResultMatcher allowedIf(boolean allowed) {
        return allowed ? status().is2xxSuccessful() : status().isForbidden();
    }

    @Tag("asvs-8.2.1")
    @Tag("asvs-8.3.1")
    @ParameterizedTest
    @EnumSource(Role.class)
    void readingPersonsFollowsTheMatrix(Role role) throws Exception {
        String id = createPerson("{\"familyName\":\"Kanté\",\"givenNames\":\"Oumou\"}");
        mvc.perform(get("/api/v1/persons/" + id).with(users.as(role))).andExpect(allowedIf(role.may(Permission.PERSON_READ)));
        mvc.perform(get("/api/v1/persons").param("q", "Kante").with(users.as(role))).andExpect(allowedIf(role.may(Permission.PERSON_READ)));
        mvc.perform(get("/persons/" + id).with(users.page(role))).andExpect(allowedIf(role.may(Permission.PERSON_READ)));
    }

    @Tag("asvs-8.2.1")
    @Tag("asvs-8.3.1")
    @ParameterizedTest
    @EnumSource(Role.class)
    void writingPersonsFollowsTheMatrix(Role role) throws Exception {
        boolean allowed = role.may(Permission.PERSON_WRITE);
        mvc.perform(post("/api/v1/persons").with(users.as(role)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"Konaté\"}"))
                .andExpect(allowed ? status().isCreated() : status().isForbidden());
        String id = createPerson("{\"familyName\":\"Konaté\",\"givenNames\":\"Issa\"}");
        mvc.perform(put("/api/v1/persons/" + id).with(users.as(role)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"Konaté\",\"givenNames\":\"Issa\",\"version\":0}"))
                .andExpect(allowedIf(allowed));
    }

    @Tag("asvs-8.2.2")
    @ParameterizedTest
    @EnumSource(Role.class)
    void aRestrictedPersonIsInvisibleToRolesWithoutTheRightEvenByGuessingItsId(Role role) throws Exception {
        String id = createPerson("{\"familyName\":\"Samaké\",\"givenNames\":\"Rokia\",\"vulnerabilities\":[\"TRAFFICKING_VICTIM\"]}");
        boolean reads = role.may(Permission.PERSON_READ);
        boolean restricted = role.may(Permission.PERSON_RESTRICTED_READ);
        mvc.perform(get("/api/v1/persons/" + id).with(users.as(role)))
                .andExpect(!reads ? status().isForbidden() : restricted ? status().isOk() : status().isNotFound());
        mvc.perform(get("/persons/" + id).with(users.page(role)))
                .andExpect(!reads ? status().isForbidden() : restricted ? status().isOk() : status().isNotFound());
        if (reads) {
            String found = mvc.perform(get("/api/v1/persons").param("q", "Samake Rokia").with(users.as(role)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(found.contains(id)).isEqualTo(restricted);
        }
    }

    @Tag("asvs-14.2.4")
    @Tag("asvs-16.2.1")
    @Test
    void everyReadOfARestrictedPersonIsAudited(@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) throws Exception {
        String id = createPerson("{\"familyName\":\"Guindo\",\"restricted\":true}");
        mvc.perform(get("/api/v1/persons/" + id).with(users.as(Role.COUNSELLOR))).andExpect(status().isOk());
        long reads = jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_id = :id AND action = 'READ' AND actor = 'test-counsellor'")
                .param("id", id).query(Long.class).single();
        assertThat(reads).isEqualTo(1);
    }

    @Tag("asvs-8.2.1")
    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyAdminsCreateUsersAndBrowseAdminPages(Role role) throws Exception {
        boolean admin = role.may(Permission.USER_MANAGE);
        mvc.perform(post("/api/v1/users").with(users.as(role)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"made-by-" + role.name().toLowerCase() + "\",\"password\":\"a very long passphrase\",\"roles\":[\"VIEWER\"]}"))
                .andExpect(admin ? status().isCreated() : status().isForbidden());
        mvc.perform(get("/admin/users").with(users.page(role))).andExpect(allowedIf(admin));
        mvc.perform(get("/admin/audit").with(users.page(role))).andExpect(allowedIf(role.may(Permission.AUDIT_READ)));
        mvc.perform(get("/admin/reference").with(users.page(role))).andExpect(allowedIf(role.may(Permission.REFERENCE_EDIT)));
    }

    @Test
    void anonymousCallsGet401ProblemsAndPagesRedirectToLogin() throws Exception {
        mvc.perform(get("/api/v1/persons"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/persons")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Tag("asvs-13.4.2")
    @Tag("asvs-13.4.5")
    @Test
    void noActuatorEndpointButHealthAndNoH2Console() throws Exception {
        mvc.perform(get("/actuator/env").with(users.page(Role.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans").with(users.page(Role.ADMIN))).andExpect(status().isNotFound());
        mvc.perform(get("/h2-console").with(users.page(Role.ADMIN))).andExpect(status().isNotFound());
    }
}
