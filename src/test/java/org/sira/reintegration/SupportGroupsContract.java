package org.sira.reintegration;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Support groups through the API, on each database: members, sessions, attendance, roles and merges. */
abstract class SupportGroupsContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    String person(String familyName) throws Exception {
        return read(send(Role.CASEWORKER, post("/api/v1/persons"), "{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Mariam\"}")
                .andExpect(status().isCreated())).get("id").asString();
    }

    ResultActions send(Role role, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
            throws Exception {
        return mvc.perform(request.with(users.as(role)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    String group(String name) throws Exception {
        return read(send(Role.CASEWORKER, post("/api/v1/support-groups"),
                "{\"name\":\"" + name + "\",\"facilitator\":\"Fatoumata Diarra\",\"place\":\"Kayes, maison des jeunes\",\"startedOn\":\"2025-01-10\"}")
                .andExpect(status().isCreated())).get("id").asString();
    }

    ResultActions join(String group, String person, String on) throws Exception {
        return send(Role.CASEWORKER, post("/api/v1/support-groups/" + group + "/members"),
                "{\"personId\":\"" + person + "\",\"joinedOn\":\"" + on + "\"}");
    }

    JsonNode session(String group, String date) throws Exception {
        return read(send(Role.CASEWORKER, post("/api/v1/support-groups/" + group + "/sessions"),
                "{\"date\":\"" + date + "\",\"theme\":\"Le regard des voisins\"}").andExpect(status().isCreated()));
    }

    @Test
    void membersOfTheDayAreTickedPresentInOneRequest() throws Exception {
        String group = group("Sgflow Kayes");
        String awa = person("Sgflowa");
        String oumou = person("Sgflowb");
        String late = person("Sgflowc");
        join(group, awa, "2025-01-10").andExpect(status().isCreated());
        join(group, oumou, "2025-01-12").andExpect(status().isCreated());
        join(group, late, "2025-03-01").andExpect(status().isCreated()).andExpect(jsonPath("$.members.length()").value(3));
        JsonNode session = session(group, "2025-02-01");
        assertThat(session.get("attendees").size()).isEqualTo(2);
        String path = "/api/v1/support-groups/" + group + "/sessions/" + session.get("id").asString();
        send(Role.COORDINATOR, put(path + "/attendance"), "{\"present\":[\"" + awa + "\",\"" + oumou + "\",\"" + awa + "\"],\"version\":0}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.present.length()").value(2))
                .andExpect(jsonPath("$.version").value(1));
        send(Role.CASEWORKER, put(path + "/attendance"), "{\"present\":[\"" + oumou + "\"],\"version\":1}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.present.length()").value(1))
                .andExpect(jsonPath("$.present[0]").value(oumou));
        mvc.perform(get("/api/v1/support-groups/" + group).with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.sessions[0].present").value(1));
        mvc.perform(get("/api/v1/support-groups").param("active", "true").param("size", "200").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.name == 'Sgflow Kayes')].members").value(3))
                .andExpect(jsonPath("$.items[?(@.name == 'Sgflow Kayes')].sessions").value(1));
        mvc.perform(get("/api/v1/persons/" + awa + "/support-groups").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.items[0].groupName").value("Sgflow Kayes"));
    }

    @Test
    void onlyMembersOfThatDayCanBeMarkedPresent() throws Exception {
        String group = group("Sgonly Ségou");
        String member = person("Sgonlya");
        String stranger = person("Sgonlyb");
        String later = person("Sgonlyc");
        join(group, member, "2025-01-10");
        join(group, later, "2025-03-01");
        String path = "/api/v1/support-groups/" + group + "/sessions/" + session(group, "2025-02-01").get("id").asString();
        send(Role.CASEWORKER, put(path + "/attendance"),
                "{\"present\":[\"" + member + "\",\"" + stranger + "\",\"" + later + "\",\"pas-un-id\"],\"version\":0}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(3))
                .andExpect(jsonPath("$.errors[?(@.field == 'present[1]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'present[2]')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'present[3]')]").exists());
        mvc.perform(get(path).with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.present.length()").value(0))
                .andExpect(jsonPath("$.version").value(0));
    }

    @Test
    void attendanceSavedOverSomeoneElsesIsAConflict() throws Exception {
        String group = group("Sgstale Mopti");
        String member = person("Sgstale");
        join(group, member, "2025-01-10");
        String path = "/api/v1/support-groups/" + group + "/sessions/" + session(group, "2025-02-01").get("id").asString();
        send(Role.CASEWORKER, put(path + "/attendance"), "{\"present\":[\"" + member + "\"],\"version\":0}").andExpect(status().isOk());
        send(Role.COORDINATOR, put(path + "/attendance"), "{\"present\":[],\"version\":0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.present[0]").value(member));
        send(Role.CASEWORKER, put("/api/v1/support-groups/" + group),
                "{\"name\":\"Sgstale Mopti 2\",\"facilitator\":\"F\",\"place\":\"P\",\"startedOn\":\"2025-01-10\",\"version\":0}")
                .andExpect(status().isConflict());
        int version = read(mvc.perform(get("/api/v1/support-groups/" + group).with(users.as(Role.CASEWORKER)))).get("version").asInt();
        send(Role.CASEWORKER, put("/api/v1/support-groups/" + group),
                "{\"name\":\"Sgstale Mopti 2\",\"facilitator\":\"F\",\"place\":\"P\",\"startedOn\":\"2025-01-10\",\"active\":false,\"version\":" + version + "}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
    }

    @Test
    void membershipRulesAreSaidInBothLanguages() throws Exception {
        String group = group("Sgrules Gao");
        String person = person("Sgrules");
        join(group, person, "2025-01-05").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("La date est antérieure au début du groupe (2025-01-10)."));
        join(group, person, "2025-01-15").andExpect(status().isCreated());
        mvc.perform(post("/api/v1/support-groups/" + group + "/members").with(users.as(Role.CASEWORKER)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":\"" + person + "\",\"joinedOn\":\"2025-01-20\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("This person is already a member of the group."));
        String member = read(mvc.perform(get("/api/v1/support-groups/" + group).with(users.as(Role.CASEWORKER))))
                .get("members").get(0).get("id").asString();
        String leave = "/api/v1/support-groups/" + group + "/members/" + member + "/leave";
        send(Role.CASEWORKER, post(leave), "{\"leftOn\":\"2025-01-14\"}").andExpect(status().isBadRequest());
        send(Role.CASEWORKER, post(leave), "{\"leftOn\":\"2025-02-14\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].leftOn").value("2025-02-14"));
        send(Role.CASEWORKER, post(leave), "{\"leftOn\":\"2025-02-20\"}").andExpect(status().isUnprocessableContent());
        join(group, person, "2025-03-01").andExpect(status().isCreated()).andExpect(jsonPath("$.members.length()").value(2));
        join(group, UUID.randomUUID().toString(), "2025-03-01").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("personId"));
        send(Role.CASEWORKER, post("/api/v1/support-groups"), "{\"name\":\" \",\"startedOn\":\"hier\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors.length()").value(4));
        send(Role.CASEWORKER, post("/api/v1/support-groups/" + group + "/sessions"), "{\"date\":\"2025-02-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("theme"));
    }

    @Test
    void aGroupThatNoLongerMeetsTakesNoMemberNorSession() throws Exception {
        String group = group("Sgended Kita");
        send(Role.CASEWORKER, put("/api/v1/support-groups/" + group),
                "{\"name\":\"Sgended Kita\",\"facilitator\":\"F\",\"place\":\"P\",\"startedOn\":\"2025-01-10\",\"active\":false,\"version\":0}")
                .andExpect(status().isOk());
        join(group, person("Sgended"), "2025-02-01").andExpect(status().isUnprocessableContent());
        send(Role.CASEWORKER, post("/api/v1/support-groups/" + group + "/sessions"), "{\"date\":\"2025-02-01\",\"theme\":\"T\"}")
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void onlyCaseworkRolesReachGroupsAndGuessedIdsAreNotFound() throws Exception {
        String group = group("Sgroles Sikasso");
        String member = person("Sgroles");
        join(group, member, "2025-01-10");
        String session = session(group, "2025-02-01").get("id").asString();
        for (Role role : new Role[] {Role.VIEWER, Role.RECEPTION, Role.SHELTER, Role.COUNSELLOR, Role.ADMIN}) {
            mvc.perform(get("/api/v1/support-groups").with(users.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/support-groups/" + group).with(users.as(role))).andExpect(status().isForbidden());
            send(role, put("/api/v1/support-groups/" + group + "/sessions/" + session + "/attendance"), "{\"present\":[],\"version\":0}")
                    .andExpect(status().isForbidden());
            join(group, member, "2025-01-11").andExpect(status().is4xxClientError());
        }
        String other = group("Sgroles Other");
        mvc.perform(get("/api/v1/support-groups/" + other + "/sessions/" + session).with(users.as(Role.CASEWORKER)))
                .andExpect(status().isNotFound());
        send(Role.CASEWORKER, put("/api/v1/support-groups/" + other + "/sessions/" + session + "/attendance"), "{\"present\":[],\"version\":0}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/support-groups/" + UUID.randomUUID()).with(users.as(Role.CASEWORKER))).andExpect(status().isNotFound());
        send(Role.CASEWORKER, post("/api/v1/support-groups/" + group + "/members/" + UUID.randomUUID() + "/leave"), "{\"leftOn\":\"2025-02-01\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void aRetriedSessionWithTheSameKeyIsAddedOnce() throws Exception {
        String group = group("Sgretry Bamako");
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/support-groups/" + group + "/sessions").with(users.as(Role.CASEWORKER))
                    .header("Idempotency-Key", "sg-retry").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"date\":\"2025-02-01\",\"theme\":\"Retour au village\"}"))
                    .andExpect(status().is(i == 0 ? 201 : 200));
        }
        mvc.perform(get("/api/v1/support-groups/" + group).with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.sessions.length()").value(1));
    }

    @Test
    void membershipsFollowAMergeAttendanceStaysAndAllGoesBackWhenUndone() throws Exception {
        String group = group("Sgmerge Kati");
        String kept = person("Sgmerge");
        String merged = person("Sgmerge");
        join(group, merged, "2025-01-10");
        String path = "/api/v1/support-groups/" + group + "/sessions/" + session(group, "2025-02-01").get("id").asString();
        send(Role.CASEWORKER, put(path + "/attendance"), "{\"present\":[\"" + merged + "\"],\"version\":0}").andExpect(status().isOk());
        String mergeId = read(send(Role.CASEWORKER, post("/api/v1/persons/" + kept + "/merge"), "{\"mergedId\":\"" + merged + "\"}")
                .andExpect(status().isOk())).get("id").asString();
        mvc.perform(get("/api/v1/persons/" + kept + "/support-groups").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.items.length()").value(1));
        mvc.perform(get(path).with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.present[0]").value(kept));
        mvc.perform(post("/api/v1/merges/" + mergeId + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + kept + "/support-groups").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get(path).with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.present[0]").value(merged));
    }
}
