package org.sira.psychosocial;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class ScreeningAndSessionPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    private String person() throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"Psypages\",\"givenNames\":\"Awa\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.page(Role.COUNSELLOR))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder phq9(String person, String token, int... answers) {
        MockHttpServletRequestBuilder form = post("/persons/" + person + "/psychosocial-screenings").with(csrf())
                .param("instrument", "PHQ9").param("screenedOn", "2024-05-02").param("requestToken", token);
        for (int i = 0; i < answers.length; i++) {
            form.param("answer-" + i, String.valueOf(answers[i]));
        }
        return form;
    }

    @Test
    void theCounsellorFillsInAPhq9WithItsQuestionsShownAndSeesItsScoreAndRisk() throws Exception {
        String person = person();
        assertThat(page(get("/persons/" + person + "/psychosocial-screenings")))
                .contains("Aucun dépistage pour l’instant.", "Au cours des deux dernières semaines",
                        "9. Penser qu’il vaudrait mieux mourir", "Presque tous les jours", "name=\"answer-8\"",
                        "value=\"" + java.time.LocalDate.now() + "\"");
        assertThat(page(get("/persons/" + person + "/psychosocial-screenings?instrument=GAD7").header("Accept-Language", "en")))
                .contains("GAD-7 (anxiety)", "7. Feeling afraid, as if something awful might happen").doesNotContain("answer-7");

        String token = UUID.randomUUID().toString();
        for (int twice = 0; twice < 2; twice++) {
            mvc.perform(phq9(person, token, 2, 2, 2, 2, 1, 1, 1, 1, 1).with(users.page(Role.COUNSELLOR)))
                    .andExpect(redirectedUrl("/persons/" + person + "/psychosocial-screenings?saved"));
        }
        assertThat(page(get("/persons/" + person + "/psychosocial-screenings"))).contains("13 / 27", "modérée", "Risque à traiter (question 9)");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM psychosocial_screening WHERE person_id = :p").param("p", UUID.fromString(person))
                .query(Long.class).single()).as("a form sent twice is one screening").isEqualTo(1);
    }

    @Test
    void aQuestionLeftUnansweredOrAnAnswerOffTheScaleGoesBackToTheFormWithItsMessage() throws Exception {
        String person = person();
        String refused = page(phq9(person, UUID.randomUUID().toString(), 1, 1, 1, 1, 1, 1, 1, 1));
        assertThat(refused).contains("Réponse attendue parmi : 0, 1, 2, 3.", "Penser qu’il vaudrait mieux mourir", "value=\"2024-05-02\"");
        assertThat(refused.split("checked=\"checked\"", -1)).as("the answers given stay ticked").hasSize(9);
        assertThat(page(phq9(person, UUID.randomUUID().toString(), 1, 1, 1, 1, 1, 1, 1, 1, 7))).contains("Réponse attendue parmi");
        assertThat(page(post("/persons/" + person + "/psychosocial-screenings").with(csrf()).param("instrument", "NOPE")
                .param("screenedOn", "demain"))).contains("Valeur inconnue : NOPE.");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM psychosocial_screening WHERE person_id = :p").param("p", UUID.fromString(person))
                .query(Long.class).single()).isZero();
    }

    @Test
    void theCounsellorRecordsASessionAndTheCaseworkerSeesOnlyTheFollowUpOnThePersonsAndCaseworkPages() throws Exception {
        String person = person();
        mvc.perform(post("/persons/" + person + "/psychosocial-sessions").with(users.page(Role.COUNSELLOR)).with(csrf())
                        .param("kind", "FAMILY").param("sessionDate", "2024-05-02").param("nextSession", "2024-05-23")
                        .param("text", "La mère est venue.").param("requestToken", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/persons/" + person + "/psychosocial-sessions?saved"));
        assertThat(page(get("/persons/" + person + "/psychosocial-sessions")))
                .contains("La mère est venue.", "familiale", "Prochaine séance prévue le 2024-05-23", "value=\"" + java.time.LocalDate.now() + "\"");
        assertThat(page(post("/persons/" + person + "/psychosocial-sessions").with(csrf()).param("kind", "FAMILY")
                .param("sessionDate", "2024-05-02").param("nextSession", "2024-04-01")))
                .contains("La prochaine séance doit être le jour de la séance ou après");

        for (String address : new String[] {"/persons/" + person, "/persons/" + person + "/casework"}) {
            assertThat(mvc.perform(get(address).with(users.page(Role.CASEWORKER))).andReturn().getResponse().getContentAsString())
                    .contains("hx-get=\"/persons/" + person + "/psychosocial-follow-up\"").doesNotContain("La mère est venue.");
        }
        assertThat(mvc.perform(get("/persons/" + person).with(users.page(Role.RECEPTION))).andReturn().getResponse().getContentAsString())
                .doesNotContain("psychosocial-follow-up");
        assertThat(mvc.perform(get("/persons/" + person + "/psychosocial-follow-up").with(users.page(Role.CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                .contains("Suivi psychosocial en cours", "prochaine séance le 2024-05-23").doesNotContain("familiale", "La mère");
        assertThat(page(get("/persons/" + person + "/psychosocial-follow-up"))).contains("/persons/" + person + "/psychosocial-screenings");
    }
}
