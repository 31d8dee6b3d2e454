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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Mediations through the API, on each database: who may see them, their rules, and a merge. */
abstract class MediationsContract {

    static final String OPEN = """
            {"kind":"FAMILY","openedOn":"2025-02-01","reason":"La famille refuse son retour",
             "parties":[{"name":"Bakary Keita","relation":"FATHER","village":"Kolondiéba"},{"name":"Awa","relation":"mother"}]}""";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    String person(String familyName) throws Exception {
        return read(mvc.perform(post("/api/v1/persons").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Seydou\"}")).andExpect(status().isCreated()))
                .get("id").asString();
    }

    ResultActions send(Role role, String path, String body) throws Exception {
        return mvc.perform(post(path).with(users.as(role)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    JsonNode read(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    String open(String person) throws Exception {
        return read(send(Role.CASEWORKER, "/api/v1/persons/" + person + "/mediations", OPEN).andExpect(status().isCreated()))
                .get("id").asString();
    }

    @Test
    void aMediationIsOpenedWithItsPartiesGetsSessionsAndClosesWithAnOutcome() throws Exception {
        String person = person("Medflow");
        send(Role.CASEWORKER, "/api/v1/persons/" + person + "/mediations", OPEN)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/mediations/")))
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.kind").value("FAMILY"))
                .andExpect(jsonPath("$.parties.length()").value(2))
                .andExpect(jsonPath("$.parties[0].relation").value("FATHER"))
                .andExpect(jsonPath("$.parties[1].relation").value("MOTHER"))
                .andExpect(jsonPath("$.version").value(0));
        String id = read(mvc.perform(get("/api/v1/persons/" + person + "/mediations").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))).get("items").get(0).get("id").asString();
        send(Role.COORDINATOR, "/api/v1/mediations/" + id + "/sessions",
                "{\"date\":\"2025-02-10\",\"mediator\":\"" + users.ensure(Role.CASEWORKER) + "\",\"summary\":\"Première rencontre chez l’oncle\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.sessions[0].mediator").value(users.ensure(Role.CASEWORKER)));
        send(Role.CASEWORKER, "/api/v1/mediations/" + id + "/sessions", "{\"date\":\"2025-03-01\",\"summary\":\"Le père accepte\"}")
                .andExpect(jsonPath("$.sessions[1].mediator").value(users.ensure(Role.CASEWORKER)));
        send(Role.CASEWORKER, "/api/v1/mediations/" + id + "/parties", "{\"name\":\"Le chef de village\",\"relation\":\"COMMUNITY_LEADER\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.parties.length()").value(3));
        int version = read(mvc.perform(get("/api/v1/mediations/" + id).with(users.as(Role.CASEWORKER)))).get("version").asInt();
        send(Role.CASEWORKER, "/api/v1/mediations/" + id + "/closure",
                "{\"outcome\":\"RECONCILED\",\"closedOn\":\"2025-03-02\",\"version\":" + version + "}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.outcome").value("RECONCILED"))
                .andExpect(jsonPath("$.closedOn").value("2025-03-02"));
        assertThat(jdbc.sql("SELECT outcome FROM mediation_case WHERE id = :id").param("id", UUID.fromString(id))
                .query(String.class).single()).isEqualTo("RECONCILED");
    }

    @Test
    void aClosedMediationTakesNoMoreSessionsNorParties() throws Exception {
        String id = open(person("Medclosed"));
        send(Role.CASEWORKER, "/api/v1/mediations/" + id + "/closure", "{\"outcome\":\"FAILED\",\"closedOn\":\"2025-02-01\",\"version\":0}")
                .andExpect(status().isOk());
        send(Role.CASEWORKER, "/api/v1/mediations/" + id + "/sessions", "{\"date\":\"2025-02-10\",\"summary\":\"Trop tard\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Cette médiation est clôturée : elle ne reçoit plus ni séance ni partie."));
        mvc.perform(post("/api/v1/mediations/" + id + "/sessions").with(users.as(Role.CASEWORKER)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2025-02-10\",\"summary\":\"Too late\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("This mediation is closed: it takes no more sessions or parties."));
        send(Role.CASEWORKER, "/api/v1/mediations/" + id + "/parties", "{\"name\":\"Oncle\",\"relation\":\"UNCLE\"}")
                .andExpect(status().isUnprocessableContent());
        send(Role.CASEWORKER, "/api/v1/mediations/" + id + "/closure", "{\"outcome\":\"RECONCILED\",\"closedOn\":\"2025-02-02\",\"version\":1}")
                .andExpect(status().isUnprocessableContent());
        assertThat(read(mvc.perform(get("/api/v1/mediations/" + id).with(users.as(Role.CASEWORKER)))).get("sessions").size()).isZero();
    }

    @Test
    void closingWithAVersionSomeoneChangedSinceIsAConflictAndChangesNothing() throws Exception {
        String id = open(person("Medstale"));
        send(Role.COORDINATOR, "/api/v1/mediations/" + id + "/sessions", "{\"date\":\"2025-02-05\",\"summary\":\"Séance\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(1));
        send(Role.CASEWORKER, "/api/v1/mediations/" + id + "/closure", "{\"outcome\":\"PARTIAL\",\"closedOn\":\"2025-02-06\",\"version\":0}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.current.sessions.length()").value(1));
        mvc.perform(get("/api/v1/mediations/" + id).with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.status").value("OPEN")).andExpect(jsonPath("$.outcome").doesNotExist());
    }

    @Test
    void badInputIsRefusedFieldByFieldInBothLanguagesAndWritesNothing() throws Exception {
        String person = person("Medbad");
        send(Role.CASEWORKER, "/api/v1/persons/" + person + "/mediations",
                "{\"kind\":\"VILLAGE\",\"openedOn\":\"01/02/2025\",\"parties\":[{\"name\":\"\",\"relation\":\"COUSIN\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'kind')].message").value("Valeur inconnue : VILLAGE."))
                .andExpect(jsonPath("$.errors[?(@.field == 'openedOn')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'parties[0].name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'parties[0].relation')]").exists());
        mvc.perform(post("/api/v1/persons/" + person + "/mediations").with(users.as(Role.CASEWORKER)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"FAMILY\",\"openedOn\":\"2025-02-01\",\"parties\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("parties"))
                .andExpect(jsonPath("$.errors[0].message").value("Give at least one party."));
        send(Role.CASEWORKER, "/api/v1/persons/" + person + "/mediations", "{not json").andExpect(status().isBadRequest());
        send(Role.CASEWORKER, "/api/v1/persons/" + person + "/mediations", "{\"kind\":\"FAMILY\",\"openedOn\":\"2999-01-01\","
                + "\"parties\":[{\"name\":\"" + "x".repeat(201) + "\",\"relation\":\"OTHER\"}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(2));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM mediation_case WHERE person_id = :p").param("p", UUID.fromString(person))
                .query(Long.class).single()).isZero();

        String id = open(person);
        send(Role.CASEWORKER, "/api/v1/mediations/" + id + "/sessions", "{\"date\":\"2025-01-15\",\"mediator\":\"nobody-here\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'summary')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'mediator')].message").value("Aucun utilisateur Sira ne s’appelle « nobody-here »."));
        send(Role.CASEWORKER, "/api/v1/mediations/" + id + "/sessions", "{\"date\":\"2025-01-15\",\"summary\":\"Avant l’ouverture\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
        send(Role.CASEWORKER, "/api/v1/mediations/" + id + "/closure", "{\"outcome\":\"HAPPY\",\"closedOn\":\"2025-03-01\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[?(@.field == 'outcome')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'version')]").exists());
    }

    @Test
    void onlyCaseworkersAndCoordinatorsSeeMediationsAndEveryReadingIsAudited() throws Exception {
        String person = person("Medroles");
        String id = open(person);
        for (Role role : new Role[] {Role.VIEWER, Role.RECEPTION, Role.SHELTER, Role.COUNSELLOR, Role.ADMIN}) {
            mvc.perform(get("/api/v1/mediations/" + id).with(users.as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/persons/" + person + "/mediations").with(users.as(role))).andExpect(status().isForbidden());
            send(role, "/api/v1/persons/" + person + "/mediations", OPEN).andExpect(status().isForbidden());
            send(role, "/api/v1/mediations/" + id + "/sessions", "{\"date\":\"2025-02-10\",\"summary\":\"x\"}")
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/mediations/" + UUID.randomUUID()).with(users.as(Role.CASEWORKER))).andExpect(status().isNotFound());
        send(Role.CASEWORKER, "/api/v1/mediations/" + UUID.randomUUID() + "/sessions", "{\"date\":\"2025-02-10\",\"summary\":\"x\"}")
                .andExpect(status().isNotFound());
        send(Role.CASEWORKER, "/api/v1/persons/" + UUID.randomUUID() + "/mediations", OPEN).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/mediations/not-an-id").with(users.as(Role.CASEWORKER))).andExpect(status().is4xxClientError());

        mvc.perform(get("/api/v1/mediations/" + id).with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'READ' AND record_type = 'MEDIATION' AND record_id = :id"
                        + " AND actor = :actor").param("id", id).param("actor", users.ensure(Role.COORDINATOR))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'READ' AND record_type = 'MEDIATIONS' AND record_id = :id")
                .param("id", person).query(Long.class).single()).isZero();
        mvc.perform(get("/api/v1/persons/" + person + "/mediations").with(users.as(Role.CASEWORKER))).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'READ' AND record_type = 'MEDIATIONS' AND record_id = :id")
                .param("id", person).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_id = :id AND after_state LIKE '%Keita%'")
                .param("id", id).query(Long.class).single()).isZero();
    }

    @Test
    void aRetriedOpeningOrSessionWithTheSameKeyWritesOnce() throws Exception {
        String person = person("Medretry");
        String first = read(mvc.perform(post("/api/v1/persons/" + person + "/mediations").with(users.as(Role.CASEWORKER))
                .header("Idempotency-Key", "med-retry-1").contentType(MediaType.APPLICATION_JSON).content(OPEN))
                .andExpect(status().isCreated())).get("id").asString();
        mvc.perform(post("/api/v1/persons/" + person + "/mediations").with(users.as(Role.CASEWORKER))
                        .header("Idempotency-Key", "med-retry-1").contentType(MediaType.APPLICATION_JSON).content(OPEN))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(first));
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/mediations/" + first + "/sessions").with(users.as(Role.CASEWORKER))
                            .header("Idempotency-Key", "med-retry-session").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"date\":\"2025-02-03\",\"summary\":\"Séance\"}"))
                    .andExpect(jsonPath("$.sessions.length()").value(1));
        }
        mvc.perform(get("/api/v1/persons/" + person + "/mediations").with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.total").value(1));
    }

    @Test
    void mediationsFollowAMergeAndGoBackWhenItIsUndone() throws Exception {
        String kept = person("Medmerge");
        String merged = person("Medmerge");
        String id = open(merged);
        String mergeId = read(send(Role.CASEWORKER, "/api/v1/persons/" + kept + "/merge", "{\"mergedId\":\"" + merged + "\"}")
                .andExpect(status().isOk())).get("id").asString();
        mvc.perform(get("/api/v1/persons/" + kept + "/mediations").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.total").value(1)).andExpect(jsonPath("$.items[0].id").value(id))
                .andExpect(jsonPath("$.items[0].parties.length()").value(2));
        mvc.perform(post("/api/v1/merges/" + mergeId + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + kept + "/mediations").with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/persons/" + merged + "/mediations").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.items[0].id").value(id));
    }
}
