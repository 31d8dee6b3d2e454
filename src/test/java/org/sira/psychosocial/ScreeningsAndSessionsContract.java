package org.sira.psychosocial;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Screenings and counselling sessions recorded and read back by the counsellor, scored as the instruments say. */
abstract class ScreeningsAndSessionsContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    String person(String familyName) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Awa\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    static String phq9(String answers, String date) {
        return "{\"instrument\":\"PHQ9\",\"screenedOn\":\"" + date + "\",\"answers\":[" + answers + "]}";
    }

    long rows(String table, String person) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table + " WHERE person_id = :p").param("p", UUID.fromString(person)).query(Long.class).single();
    }

    @Tag("asvs-16.2.1")
    @Test
    void aPhq9IsScoredIntoItsBandWithTheNinthItemFlaggedAndReadBackWithTheReadingAudited() throws Exception {
        String person = person("Psyscreen");
        String location = mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-screenings").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON).content(phq9("3,3,3,3,2,2,2,2,1", "2024-05-02")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/persons/" + person + "/psychosocial-screenings/")))
                .andExpect(jsonPath("$.total").value(21))
                .andExpect(jsonPath("$.band").value("SEVERE"))
                .andExpect(jsonPath("$.risk").value(true))
                .andExpect(jsonPath("$.riskItems[0]").value(9))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-screenings").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"instrument\":\"GAD7\",\"screenedOn\":\"2024-06-02\",\"answers\":[1,1,1,1,1,0,0]}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.total").value(5)).andExpect(jsonPath("$.band").value("MILD"))
                .andExpect(jsonPath("$.risk").value(false));

        mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-screenings").with(users.as(Role.COUNSELLOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].instrument").value("PHQ9"))
                .andExpect(jsonPath("$.items[0].answers[8]").value(1))
                .andExpect(jsonPath("$.items[0].riskItems[0]").value(9))
                .andExpect(jsonPath("$.items[1].instrument").value("GAD7"));
        mvc.perform(get(location).with(users.as(Role.COUNSELLOR))).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(21));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'READ' AND record_type = 'PSYCHOSOCIAL_SCREENINGS' AND record_id = :p")
                .param("p", person).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'READ' AND record_type = 'PSYCHOSOCIAL_SCREENING' AND record_id = :s")
                .param("s", location.substring(location.lastIndexOf('/') + 1)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'PSYCHOSOCIAL_SCREENING' AND (after_state LIKE '%SEVERE%' "
                + "OR after_state LIKE '%total%' OR after_state LIKE '%band%' OR after_state LIKE '%answers%' OR after_state LIKE '%PHQ%')").query(Long.class).single()).as("the audit never says what was found").isZero();
    }

    @Tag("asvs-2.2.1")
    @Test
    void wrongAnswersAnUnknownInstrumentOrADateToComeAreRefusedAndNothingIsWritten() throws Exception {
        String person = person("Psywrong");
        String address = "/api/v1/persons/" + person + "/psychosocial-screenings";
        mvc.perform(post(address).with(users.as(Role.COUNSELLOR)).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(phq9("0,0,0,0,0,0,0,0", "2024-05-02")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers"))
                .andExpect(jsonPath("$.errors[0].message").value("Exactly 9 answers are needed (one per question); 8 received."));
        mvc.perform(post(address).with(users.as(Role.COUNSELLOR)).contentType(MediaType.APPLICATION_JSON)
                        .content(phq9("0,0,0,4,0,0,0,-1,0", "2024-05-02")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("answers[3]", "answers[7]")));
        mvc.perform(post(address).with(users.as(Role.COUNSELLOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"instrument\":\"BDI\",\"screenedOn\":\"2999-01-01\",\"answers\":[1]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("instrument", "screenedOn")));
        for (String unreadable : new String[] {phq9("0,0,0,1.5,0,0,0,0,0", "2024-05-02"), phq9("0,0,0,\"a\",0,0,0,0,0", "2024-05-02"),
                "{\"instrument\":\"PHQ9\",\"answers\":\"all\"}"}) {
            mvc.perform(post(address).with(users.as(Role.COUNSELLOR)).contentType(MediaType.APPLICATION_JSON).content(unreadable))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(post(address).with(users.as(Role.COUNSELLOR)).contentType(MediaType.TEXT_PLAIN).content(phq9("0,0,0,0,0,0,0,0,0", "2024-05-02")))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(post("/api/v1/persons/" + UUID.randomUUID() + "/psychosocial-screenings").with(users.as(Role.COUNSELLOR))
                .contentType(MediaType.APPLICATION_JSON).content(phq9("0,0,0,0,0,0,0,0,0", "2024-05-02"))).andExpect(status().isNotFound());
        assertThat(rows("psychosocial_screening", person)).isZero();
    }

    @Test
    void aScreeningOrASessionSentAgainWithTheSameIdempotencyKeyIsRecordedOnce() throws Exception {
        String person = person("Psyretry");
        String first = null;
        for (int i = 0; i < 2; i++) {
            String id = json.readTree(mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-screenings").with(users.as(Role.COUNSELLOR))
                            .header("Idempotency-Key", "retry-" + person).contentType(MediaType.APPLICATION_JSON)
                            .content(phq9("1,1,1,1,1,1,1,1,0", "2024-05-02")))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
            assertThat(first == null || first.equals(id)).isTrue();
            first = id;
            mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-sessions").with(users.as(Role.COUNSELLOR))
                    .header("Idempotency-Key", "retry-" + person).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"kind\":\"FAMILY\",\"sessionDate\":\"2024-05-02\"}")).andExpect(status().isCreated());
        }
        assertThat(rows("psychosocial_screening", person)).isEqualTo(1);
        assertThat(rows("psychosocial_session", person)).isEqualTo(1);
    }

    @Tag("asvs-14.2.4")
    @Test
    void aSessionsTextIsSealedAndCaseworkersLearnOnlyThatAFollowUpExistsAndWhenTheNextSessionIs() throws Exception {
        String person = person("Psysession");
        String secret = "Séance-" + UUID.randomUUID();
        mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-follow-up").with(users.as(Role.CASEWORKER)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.exists").value(false));
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-sessions").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"GROUP\",\"sessionDate\":\"2024-05-02\",\"text\":\""
                                + secret + "\",\"nextSession\":\"2024-05-16\",\"counsellor\":\"Dr Keïta\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.text").value(secret));
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-sessions").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"INDIVIDUAL\",\"sessionDate\":\"2024-05-16\",\"nextSession\":\"2099-06-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nextSession"));
        mvc.perform(post("/api/v1/persons/" + person + "/psychosocial-sessions").with(users.as(Role.COUNSELLOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"COUPLE\",\"sessionDate\":\"2024-05-16\",\"nextSession\":\"2024-05-01\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("kind", "nextSession")));

        String stored = jdbc.sql("SELECT sealed_text FROM psychosocial_session WHERE person_id = :p").param("p", UUID.fromString(person))
                .query(String.class).single();
        assertThat(stored).doesNotContain(secret);
        mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-sessions").with(users.as(Role.COUNSELLOR)))
                .andExpect(jsonPath("$.items[0].text").value(secret)).andExpect(jsonPath("$.items[0].kind").value("GROUP"))
                .andExpect(jsonPath("$.items[0].counsellor").value("Dr Keïta"));
        for (Role role : new Role[] {Role.CASEWORKER, Role.COORDINATOR}) {
            String answer = mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-follow-up").with(users.as(role)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$.exists").value(true))
                    .andExpect(jsonPath("$.nextSession").value("2024-05-16")).andReturn().getResponse().getContentAsString();
            assertThat(answer).doesNotContain(secret).doesNotContain("GROUP").doesNotContain("Keïta");
        }
        mvc.perform(get("/api/v1/persons/" + person + "/psychosocial-follow-up").with(users.as(Role.RECEPTION))).andExpect(status().isForbidden());
    }

    @Test
    void screeningsAndSessionsFollowAMergeAndGoBackWhenItIsUndone() throws Exception {
        String kept = person("Psymergescreen");
        String merged = person("Psymergescreen");
        mvc.perform(post("/api/v1/persons/" + merged + "/psychosocial-screenings").with(users.as(Role.COUNSELLOR))
                .contentType(MediaType.APPLICATION_JSON).content(phq9("0,0,0,0,0,0,0,0,0", "2024-05-02"))).andExpect(status().isCreated());
        mvc.perform(post("/api/v1/persons/" + merged + "/psychosocial-sessions").with(users.as(Role.COUNSELLOR))
                .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"FAMILY\",\"sessionDate\":\"2024-05-02\"}")).andExpect(status().isCreated());
        String mergeId = json.readTree(mvc.perform(post("/api/v1/persons/" + kept + "/merge").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mergedId\":\"" + merged + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("id").asString();
        assertThat(rows("psychosocial_screening", kept)).isEqualTo(1);
        assertThat(rows("psychosocial_session", kept)).isEqualTo(1);

        mvc.perform(post("/api/v1/merges/" + mergeId + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        assertThat(rows("psychosocial_screening", kept) + rows("psychosocial_session", kept)).isZero();
        assertThat(rows("psychosocial_screening", merged) + rows("psychosocial_session", merged)).isEqualTo(2);
    }
}
