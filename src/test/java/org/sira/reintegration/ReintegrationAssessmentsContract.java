package org.sira.reintegration;

import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** api-v1: the scoring method, and assessments scored by it exactly as written there. */
abstract class ReintegrationAssessmentsContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired ReintegrationAssessments assessments;
    @Autowired ReintegrationMethods methods;

    private String person(String familyName) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Fanta\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private ResultActions assess(String person, Role role, String date, Map<String, String> answers) throws Exception {
        return mvc.perform(post("/api/v1/persons/" + person + "/reintegration-assessments").with(users.as(role))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("date", date, "answers", answers))));
    }

    @Test
    void anySignedInRoleReadsTheMethodInForce() throws Exception {
        mvc.perform(get("/api/v1/reintegration/method").with(users.as(Role.VIEWER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value("v1"))
                .andExpect(jsonPath("$.dimensions.length()").value(3))
                .andExpect(jsonPath("$.dimensions[0].code").value("ECONOMIC"))
                .andExpect(jsonPath("$.dimensions[0].weight").value(0.35))
                .andExpect(jsonPath("$.dimensions[0].questions[0].code").isNotEmpty())
                .andExpect(jsonPath("$.dimensions[0].questions[0].answers[0].value").isNotEmpty())
                .andExpect(jsonPath("$.dimensions[0].questions[0].answers[0].score").value(1.0));
        mvc.perform(get("/api/v1/reintegration/method")).andExpect(status().isUnauthorized());
    }

    @Test
    void anAssessmentIsScoredAsTheHandComputedExampleAndListedOldestFirst() throws Exception {
        String person = person("Reinscore");
        assess(person, Role.CASEWORKER, "2025-03-01", Map.of("HOUSING", "GOOD")).andExpect(status().isCreated());
        assess(person, Role.CASEWORKER, "2024-09-01", ReintegrationMethodTest.ANSWERS)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.methodVersion").value("v1"))
                .andExpect(jsonPath("$.scores.ECONOMIC").value(0.5455))
                .andExpect(jsonPath("$.scores.SOCIAL").value(0.7))
                .andExpect(jsonPath("$.scores.PSYCHOSOCIAL").value(0.15))
                .andExpect(jsonPath("$.scores.composite").value(0.4534));
        mvc.perform(get("/api/v1/persons/" + person + "/reintegration-assessments").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items[0].date").value("2024-09-01"))
                .andExpect(jsonPath("$.items[0].scores.composite").value(0.4534))
                .andExpect(jsonPath("$.items[0].answers.INTENDS_TO_MIGRATE_AGAIN").value("YES"))
                .andExpect(jsonPath("$.items[1].scores.SOCIAL").value(1.0))
                .andExpect(jsonPath("$.items[1].scores.ECONOMIC").doesNotExist())
                .andExpect(jsonPath("$.items[1].scores.composite").value(1.0));
    }

    @Test
    void unknownQuestionsOrValuesAreABadRequest() throws Exception {
        String person = person("Reinbad");
        assess(person, Role.CASEWORKER, "2025-03-01", Map.of("SHOE_SIZE", "42")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.SHOE_SIZE"));
        assess(person, Role.CASEWORKER, "2025-03-01", Map.of("WORK", "ALWAYS")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("answers.WORK"));
        assess(person, Role.CASEWORKER, "le 3 mars", Map.of("WORK", "NONE")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("date"));
    }

    @Tag("asvs-8.2.2")
    @Test
    void onlyTheCaseworkerRecordsAnAssessment() throws Exception {
        String person = person("Reinroles");
        for (Role role : new Role[] {Role.COORDINATOR, Role.COUNSELLOR, Role.RECEPTION, Role.ADMIN}) {
            assess(person, role, "2025-03-01", Map.of("WORK", "NONE")).andExpect(status().isForbidden());
        }
        assess(java.util.UUID.randomUUID().toString(), Role.CASEWORKER, "2025-03-01", Map.of("WORK", "NONE"))
                .andExpect(status().isNotFound());
    }

    @Test
    void newWeightsScoreOldAssessmentsAgainFromTheirAnswers() throws Exception {
        String person = person("Reinrescore");
        assess(person, Role.CASEWORKER, "2024-09-01", ReintegrationMethodTest.ANSWERS).andExpect(status().isCreated());
        ReintegrationMethod v2 = ReintegrationMethodTest.reweighted(methods.inForce(), "v2-test",
                Map.of("ECONOMIC", 0.5, "SOCIAL", 0.25, "PSYCHOSOCIAL", 0.25), "WORK", 1);
        try {
            assessments.rescoreAll(v2);
            mvc.perform(get("/api/v1/persons/" + person + "/reintegration-assessments").with(users.as(Role.CASEWORKER)))
                    .andExpect(jsonPath("$.items[0].methodVersion").value("v2-test"))
                    .andExpect(jsonPath("$.items[0].scores.ECONOMIC").value(0.5556))
                    .andExpect(jsonPath("$.items[0].scores.composite").value(0.4903));
        } finally {
            assessments.rescoreAll(methods.inForce());
        }
        mvc.perform(get("/api/v1/persons/" + person + "/reintegration-assessments").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.items[0].methodVersion").value("v1"))
                .andExpect(jsonPath("$.items[0].scores.composite").value(0.4534));
    }
}
