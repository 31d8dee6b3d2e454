package org.sira.casework;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The case plan (what was promised, what was done) and the services given, by API and page, and through merges. */
abstract class CasePlansContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private String person(String familyName) throws Exception {
        return body(mvc.perform(post("/api/v1/persons").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Awa\"}")).andExpect(status().isCreated())).get("id").asString();
    }

    private String openCase(String person) throws Exception {
        return body(send(post("/api/v1/persons/" + person + "/cases"), Role.CASEWORKER, "{}").andExpect(status().isCreated())).get("id").asString();
    }

    private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, Role role,
                               String content) throws Exception {
        return mvc.perform(request.with(users.as(role)).contentType(MediaType.APPLICATION_JSON).content(content));
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private String item(String caseId, String goal) {
        return "{\"goal\":\"" + goal + "\",\"action\":\"Inscrire au centre de formation de Baguineda\",\"partner\":\"AFPA Mali\","
                + "\"due\":\"" + LocalDate.now().plusMonths(1) + "\"}";
    }

    @Test
    void aPlanItemMovesFromPlannedToDoneOnTheVersionSeenAndStaysDone() throws Exception {
        String caseId = openCase(person("Planmove"));
        String requestId = UUID.randomUUID().toString();
        String input = "{\"goal\":\"Papiers d’identité\",\"action\":\"Accompagner à la mairie pour l’acte de naissance\","
                + "\"assignee\":\"" + users.ensure(Role.CASEWORKER) + "\",\"requestId\":\"" + requestId + "\"}";
        JsonNode created = body(send(post("/api/v1/cases/" + caseId + "/plan-items"), Role.CASEWORKER, input)
                .andExpect(status().isCreated()).andExpect(header().string("Location", "/api/v1/plan-items/" + requestId))
                .andExpect(jsonPath("$.status").value("PLANNED")).andExpect(jsonPath("$.version").value(0)));
        send(post("/api/v1/cases/" + caseId + "/plan-items"), Role.CASEWORKER, input)
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(requestId));
        String other = openCase(person("Planmoveother"));
        send(post("/api/v1/cases/" + other + "/plan-items"), Role.CASEWORKER, input).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/cases/" + caseId + "/plan-items").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1));

        String id = created.get("id").asString();
        send(patch("/api/v1/plan-items/" + id), Role.COORDINATOR, "{\"version\":0,\"status\":\"IN_PROGRESS\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS")).andExpect(jsonPath("$.version").value(1));
        send(patch("/api/v1/plan-items/" + id), Role.CASEWORKER, "{\"version\":0,\"status\":\"DONE\"}").andExpect(status().isConflict());
        send(patch("/api/v1/plan-items/" + id), Role.CASEWORKER, "{\"version\":1,\"status\":\"DONE\",\"note\":\"Acte obtenu le 3\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE"))
                .andExpect(jsonPath("$.statusNote").value("Acte obtenu le 3"));
        send(patch("/api/v1/plan-items/" + id), Role.CASEWORKER, "{\"version\":2,\"status\":\"IN_PROGRESS\"}")
                .andExpect(status().isUnprocessableContent());
        send(patch("/api/v1/plan-items/" + id), Role.CASEWORKER, "{\"version\":2,\"due\":\"2030-01-01\"}")
                .andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/plan-items/" + id).with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.status").value("DONE")).andExpect(jsonPath("$.version").value(2));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'PLAN_ITEM' AND record_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void badInputIsABadRequestWithItsMessageAndWritesNothing() throws Exception {
        String caseId = openCase(person("Planbad"));
        send(post("/api/v1/cases/" + caseId + "/plan-items"), Role.CASEWORKER,
                "{\"goal\":\" \",\"action\":\"" + "x".repeat(1001) + "\",\"assignee\":\"someone\",\"partner\":\"MSF\",\"due\":\"31/12/2026\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'goal')].message").value("Obligatoire."))
                .andExpect(jsonPath("$.errors[?(@.field == 'action')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'assignee')].message")
                        .value("Indiquez qui s’en charge : un membre de l’équipe ou un partenaire, pas les deux."))
                .andExpect(jsonPath("$.errors[?(@.field == 'due')]").exists());
        mvc.perform(post("/api/v1/cases/" + caseId + "/plan-items").with(users.as(Role.CASEWORKER)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"goal\":\"Santé\",\"action\":\"Visite au CSCOM\",\"assignee\":\"nobody-plan-here\",\"requestId\":\"not-a-uuid\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'assignee')].message").value("No user is called nobody-plan-here."))
                .andExpect(jsonPath("$.errors[?(@.field == 'requestId')]").exists());
        send(post("/api/v1/cases/" + caseId + "/plan-items"), Role.CASEWORKER, "{not json").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM case_plan_item WHERE case_id = :c").param("c", UUID.fromString(caseId))
                .query(Long.class).single()).isZero();

        String id = body(send(post("/api/v1/cases/" + caseId + "/plan-items"), Role.CASEWORKER, item(caseId, "Formation"))
                .andExpect(status().isCreated())).get("id").asString();
        mvc.perform(patch("/api/v1/plan-items/" + id).with(users.as(Role.CASEWORKER)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"status\":\"DROPPED\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("note"))
                .andExpect(jsonPath("$.errors[0].message").value("Say why this action is dropped."));
        send(patch("/api/v1/plan-items/" + id), Role.CASEWORKER, "{\"status\":\"FINISHED\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'version')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'status')].message").value("Valeur inconnue : FINISHED."));
        send(patch("/api/v1/plan-items/" + id), Role.CASEWORKER, "{\"version\":0,\"status\":\"DROPPED\",\"note\":\"Formation complète\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DROPPED"));
    }

    @Test
    void servicesGivenAreListedWithTheirDefaultsAndRetriesDoNotDuplicate() throws Exception {
        String caseId = openCase(person("Planservice"));
        String requestId = UUID.randomUUID().toString();
        String input = "{\"kind\":\"transport\",\"note\":\"Ticket de car pour Ségou\",\"requestId\":\"" + requestId + "\"}";
        send(post("/api/v1/cases/" + caseId + "/services"), Role.CASEWORKER, input).andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("TRANSPORT")).andExpect(jsonPath("$.givenOn").value(LocalDate.now().toString()))
                .andExpect(jsonPath("$.givenBy").value(users.ensure(Role.CASEWORKER)));
        send(post("/api/v1/cases/" + caseId + "/services"), Role.CASEWORKER, input).andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(requestId));
        send(post("/api/v1/cases/" + caseId + "/services"), Role.COORDINATOR,
                "{\"kind\":\"HEALTH_FIRST_AID\",\"givenOn\":\"2025-03-02\",\"givenBy\":\"" + users.ensure(Role.CASEWORKER) + "\"}")
                .andExpect(status().isCreated());
        send(post("/api/v1/cases/" + caseId + "/services"), Role.CASEWORKER,
                "{\"kind\":\"MONEY\",\"givenOn\":\"" + LocalDate.now().plusDays(1) + "\",\"givenBy\":\"nobody-plan-here\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message").value("Valeur inconnue : MONEY."))
                .andExpect(jsonPath("$.errors[?(@.field == 'givenOn')].message").value("La date ne peut pas être dans le futur."))
                .andExpect(jsonPath("$.errors[?(@.field == 'givenBy')]").exists());
        mvc.perform(get("/api/v1/cases/" + caseId + "/services").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].kind").value("TRANSPORT")).andExpect(jsonPath("$[1].givenOn").value("2025-03-02"));
    }

    @Test
    void aClosedCasesPlanAndServicesAreOnlyRead() throws Exception {
        String person = person("Planclosed");
        String caseId = openCase(person);
        String id = body(send(post("/api/v1/cases/" + caseId + "/plan-items"), Role.CASEWORKER, item(caseId, "Logement"))
                .andExpect(status().isCreated())).get("id").asString();
        send(post("/api/v1/cases/" + caseId + "/closure-request"), Role.CASEWORKER, "{\"reason\":\"Parti vivre à Kayes\"}").andExpect(status().isOk());
        mvc.perform(post("/api/v1/cases/" + caseId + "/closure-approval").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());

        send(post("/api/v1/cases/" + caseId + "/plan-items"), Role.CASEWORKER, item(caseId, "Encore"))
                .andExpect(status().isUnprocessableContent());
        send(patch("/api/v1/plan-items/" + id), Role.COORDINATOR, "{\"version\":0,\"status\":\"DONE\"}")
                .andExpect(status().isUnprocessableContent());
        send(post("/api/v1/cases/" + caseId + "/services"), Role.CASEWORKER, "{\"kind\":\"FOOD\"}").andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/cases/" + caseId + "/plan-items").with(users.as(Role.CASEWORKER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].status").value("PLANNED"));
        String page = mvc.perform(get("/persons/" + person + "/casework").with(users.page(Role.CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Logement — Inscrire au centre de formation de Baguineda · AFPA Mali · Prévu")
                .doesNotContain("/plan-items/" + id);
    }

    @Tag("asvs-8.2.2")
    @Test
    void rolesWithoutCaseworkGetTheSameAnswerForRealAndGuessedIds() throws Exception {
        String caseId = openCase(person("Planroles"));
        String id = body(send(post("/api/v1/cases/" + caseId + "/plan-items"), Role.CASEWORKER, item(caseId, "Santé"))
                .andExpect(status().isCreated())).get("id").asString();
        String guessed = UUID.randomUUID().toString();
        for (Role role : new Role[] {Role.RECEPTION, Role.COUNSELLOR, Role.ADMIN, Role.VIEWER}) {
            for (String kase : new String[] {caseId, guessed}) {
                send(post("/api/v1/cases/" + kase + "/plan-items"), role, item(kase, "X")).andExpect(status().isForbidden());
                mvc.perform(get("/api/v1/cases/" + kase + "/plan-items").with(users.as(role))).andExpect(status().isForbidden());
                mvc.perform(get("/api/v1/cases/" + kase + "/services").with(users.as(role))).andExpect(status().isForbidden());
                send(post("/api/v1/cases/" + kase + "/services"), role, "{\"kind\":\"FOOD\"}").andExpect(status().isForbidden());
            }
            for (String item : new String[] {id, guessed}) {
                mvc.perform(get("/api/v1/plan-items/" + item).with(users.as(role))).andExpect(status().isForbidden());
                send(patch("/api/v1/plan-items/" + item), role, "{\"version\":0,\"status\":\"DONE\"}").andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/api/v1/plan-items/" + guessed).with(users.as(Role.CASEWORKER))).andExpect(status().isNotFound());
        send(patch("/api/v1/plan-items/" + guessed), Role.CASEWORKER, "{\"version\":0,\"status\":\"DONE\"}").andExpect(status().isNotFound());
        send(post("/api/v1/cases/" + guessed + "/plan-items"), Role.CASEWORKER, item(guessed, "X")).andExpect(status().isNotFound());
        send(post("/api/v1/cases/" + guessed + "/services"), Role.CASEWORKER, "{\"kind\":\"FOOD\"}").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plan-items/" + id).with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.status").value("PLANNED"));
    }

    @Test
    void thePlanAndServicesGoWithTheCaseThroughAMergeAndBack() throws Exception {
        String kept = person("Planmerge");
        String merged = person("Planmerge");
        String caseId = openCase(merged);
        send(post("/api/v1/cases/" + caseId + "/plan-items"), Role.CASEWORKER, item(caseId, "Formation")).andExpect(status().isCreated());
        send(post("/api/v1/cases/" + caseId + "/services"), Role.CASEWORKER, "{\"kind\":\"INFORMATION\"}").andExpect(status().isCreated());
        String mergeId = body(send(post("/api/v1/persons/" + kept + "/merge"), Role.CASEWORKER, "{\"mergedId\":\"" + merged + "\"}")
                .andExpect(status().isOk())).get("id").asString();

        mvc.perform(get("/api/v1/persons/" + kept + "/cases").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value(caseId));
        send(post("/api/v1/persons/" + kept + "/cases"), Role.CASEWORKER, "{}").andExpect(status().isUnprocessableContent());
        String page = mvc.perform(get("/persons/" + kept + "/casework").with(users.page(Role.CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Formation", "AFPA Mali", "Information");

        mvc.perform(post("/api/v1/merges/" + mergeId + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + kept + "/cases").with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/persons/" + merged + "/cases").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$[0].id").value(caseId)).andExpect(jsonPath("$[0].status").value("OPEN"));
        send(post("/api/v1/persons/" + merged + "/cases"), Role.CASEWORKER, "{}").andExpect(status().isUnprocessableContent());
        openCase(kept);
        mvc.perform(get("/api/v1/cases/" + caseId + "/plan-items").with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.length()").value(1));
    }

    @Test
    void onThePageAPlanItemIsAddedMovedOnAndARefusalIsShown() throws Exception {
        String person = person("Planpage");
        String caseId = openCase(person);
        mvc.perform(post("/cases/" + caseId + "/plan-items").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("goal", "Réconciliation familiale").param("action", "Médiation avec l’oncle")
                        .param("whoKind", "PARTNER").param("who", "AMSS").param("requestId", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/persons/" + person + "/casework?saved"));
        mvc.perform(post("/cases/" + caseId + "/services").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("kind", "ACCOMPANIMENT").param("givenOn", LocalDate.now().toString()).param("serviceNote", "Au CSCOM"))
                .andExpect(redirectedUrl("/persons/" + person + "/casework?saved"));
        String id = body(mvc.perform(get("/api/v1/cases/" + caseId + "/plan-items").with(users.as(Role.CASEWORKER)))).get(0).get("id").asString();
        mvc.perform(post("/plan-items/" + id).with(users.page(Role.CASEWORKER)).with(csrf()).param("version", "0").param("status", "DROPPED"))
                .andExpect(redirectedUrl("/persons/" + person + "/casework"));
        mvc.perform(post("/plan-items/" + id).with(users.page(Role.CASEWORKER)).with(csrf()).param("version", "0").param("status", "DONE"))
                .andExpect(redirectedUrl("/persons/" + person + "/casework?saved"));
        String page = mvc.perform(get("/persons/" + person + "/casework").with(users.page(Role.CASEWORKER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Réconciliation familiale", "Par le partenaire AMSS", "Fait", "Accompagnement", "Au CSCOM");
        mvc.perform(post("/plan-items/" + id).with(users.page(Role.RECEPTION)).with(csrf()).param("version", "1").param("status", "DONE"))
                .andExpect(status().isForbidden());
    }
}
