package org.sira.psychosocial;

import java.util.EnumSet;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class PsychosocialNotePagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private String person() throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"Psypage\",\"givenNames\":\"Awa\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    @Test
    void theCounsellorWritesANoteFromThePersonsPage() throws Exception {
        String person = person();
        assertThat(mvc.perform(get("/persons/" + person).with(users.page(Role.COUNSELLOR))).andReturn().getResponse()
                .getContentAsString()).contains("/persons/" + person + "/psychosocial-notes");
        assertThat(mvc.perform(get("/persons/" + person + "/psychosocial-notes").with(users.page(Role.COUNSELLOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).contains("Aucune note pour l’instant.");

        mvc.perform(post("/persons/" + person + "/psychosocial-notes").with(users.page(Role.COUNSELLOR)).with(csrf())
                        .param("sessionDate", "2024-05-02").param("text", "Première séance.\nParle de sa mère."))
                .andExpect(redirectedUrl("/persons/" + person + "/psychosocial-notes?saved"));
        assertThat(mvc.perform(get("/persons/" + person + "/psychosocial-notes").with(users.page(Role.COUNSELLOR)))
                .andReturn().getResponse().getContentAsString()).contains("Première séance.", "2024-05-02");

        String refused = mvc.perform(post("/persons/" + person + "/psychosocial-notes").with(users.page(Role.COUNSELLOR)).with(csrf())
                        .param("sessionDate", "2024-05-03").param("text", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Obligatoire.");
    }

    @Tag("asvs-8.2.1")
    @Test
    void noOtherRoleSeesTheLinkOrThePage() throws Exception {
        String person = person();
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.COUNSELLOR, Role.VIEWER))) {
            assertThat(mvc.perform(get("/persons/" + person).with(users.page(role))).andReturn().getResponse().getContentAsString())
                    .doesNotContain("psychosocial-notes");
        }
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.COUNSELLOR))) {
            mvc.perform(get("/persons/" + person + "/psychosocial-notes").with(users.page(role))).andExpect(status().isForbidden());
            mvc.perform(post("/persons/" + person + "/psychosocial-notes").with(users.page(role)).with(csrf())
                    .param("sessionDate", "2024-05-02").param("text", "x")).andExpect(status().isForbidden());
        }
    }
}
