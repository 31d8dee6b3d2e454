package org.sira.reintegration;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The mediation and support-group pages: who reaches them, and refused forms coming back filled with their message. */
@WebTest
class ReintegrationPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private JsonNode person(String familyName) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Adama\"}")).andReturn().getResponse().getContentAsString());
    }

    private String group(String name) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/support-groups").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + name + "\",\"facilitator\":\"Awa\",\"place\":\"Bamako\",\"startedOn\":\"2025-01-01\"}"))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    @Test
    void rolesWithoutCaseworkReachNoneOfThesePages() throws Exception {
        String person = person("Pgroles").get("id").asString();
        String group = group("Pgroles group");
        for (Role role : new Role[] {Role.RECEPTION, Role.VIEWER, Role.SHELTER, Role.COUNSELLOR}) {
            mvc.perform(get("/persons/" + person + "/mediations").with(users.page(role))).andExpect(status().isForbidden());
            mvc.perform(get("/support-groups").with(users.page(role))).andExpect(status().isForbidden());
            mvc.perform(get("/support-groups/" + group).with(users.page(role))).andExpect(status().isForbidden());
            mvc.perform(post("/persons/" + person + "/mediations").with(users.page(role)).with(csrf())
                    .param("kind", "FAMILY").param("openedOn", "2025-01-01").param("party-name-0", "X").param("party-relation-0", "OTHER"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/persons/" + person).with(users.page(Role.RECEPTION))).andExpect(content().string(not(containsString("Médiation et groupes"))));
        mvc.perform(get("/persons/" + person).with(users.page(Role.CASEWORKER))).andExpect(content().string(containsString("Médiation et groupes")));
        mvc.perform(get("/mediations/" + UUID.randomUUID()).with(users.page(Role.CASEWORKER))).andExpect(status().isNotFound());
    }

    @Test
    void aRefusedOpeningComesBackWithWhatWasTypedAndItsMessages() throws Exception {
        String person = person("Pgopen").get("id").asString();
        mvc.perform(post("/persons/" + person + "/mediations").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("kind", "FAMILY").param("openedOn", "2025-02-01").param("reason", "Refus du grand frère")
                        .param("party-name-0", "Moussa").param("party-relation-0", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Refus du grand frère")))
                .andExpect(content().string(containsString("value=\"Moussa\"")))
                .andExpect(content().string(containsString("Obligatoire.")));
        mvc.perform(post("/persons/" + person + "/mediations").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("kind", "FAMILY").param("openedOn", "2025-02-01").param("requestKey", "pg-open-1")
                        .param("party-name-0", "Moussa").param("party-relation-0", "SIBLING"))
                .andExpect(redirectedUrlPattern("/mediations/*?saved"));
        mvc.perform(post("/persons/" + person + "/mediations").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("kind", "FAMILY").param("openedOn", "2025-02-01").param("requestKey", "pg-open-1")
                        .param("party-name-0", "Moussa").param("party-relation-0", "SIBLING"))
                .andExpect(redirectedUrlPattern("/mediations/*?saved"));
        mvc.perform(get("/persons/" + person + "/mediations").with(users.page(Role.CASEWORKER)))
                .andExpect(content().string(containsString("1 partie, aucune séance")));
        assertThat(mvc.perform(get("/api/v1/persons/" + person + "/mediations").with(users.as(Role.CASEWORKER)))
                .andReturn().getResponse().getContentAsString()).contains("\"total\":1");
    }

    @Test
    void membersJoinByFileNumberAndAStrangerCannotBeTickedPresent() throws Exception {
        JsonNode member = person("Pgjoin");
        JsonNode stranger = person("Pgjoinx");
        String group = group("Pgjoin group");
        mvc.perform(post("/support-groups/" + group + "/members").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("fileNumber", member.get("fileNumber").asString().toLowerCase()).param("joinedOn", "2025-01-05"))
                .andExpect(redirectedUrlPattern("/support-groups/*?saved"));
        mvc.perform(post("/support-groups/" + group + "/members").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("fileNumber", "SIR-2098-000417").param("joinedOn", "2025-01-05"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aucune personne connue sous ce numéro.")));
        String session = mvc.perform(post("/support-groups/" + group + "/sessions").with(users.page(Role.CASEWORKER)).with(csrf())
                .param("date", "2025-02-01").param("theme", "Trouver du travail")).andReturn().getResponse().getRedirectedUrl();
        assertThat(session).startsWith("/support-groups/" + group + "/sessions/");
        mvc.perform(get(session).with(users.page(Role.CASEWORKER)))
                .andExpect(content().string(containsString(member.get("id").asString())))
                .andExpect(content().string(not(containsString(stranger.get("id").asString()))));
        mvc.perform(post(session).with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("present", member.get("id").asString(), stranger.get("id").asString()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("n’était pas membre du groupe")));
        mvc.perform(post(session).with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("present", member.get("id").asString()).param("version", "0"))
                .andExpect(redirectedUrlPattern("/support-groups/*?attendance"));
        mvc.perform(get("/support-groups/" + group).with(users.page(Role.CASEWORKER)))
                .andExpect(content().string(containsString("1 présent")));
    }

    @Test
    void aClosedMediationPageOffersNoSessionFormAndAStaleClosingSaysSo() throws Exception {
        String person = person("Pgclose").get("id").asString();
        String id = json.readTree(mvc.perform(post("/api/v1/persons/" + person + "/mediations").with(users.as(Role.CASEWORKER))
                .contentType(MediaType.APPLICATION_JSON).content(MediationsContract.OPEN)).andReturn().getResponse().getContentAsString())
                .get("id").asString();
        mvc.perform(post("/mediations/" + id + "/closure").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("outcome", "PARTIAL").param("closedOn", "2025-02-02").param("version", "7"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quelqu’un d’autre a modifié cet enregistrement")));
        mvc.perform(post("/mediations/" + id + "/closure").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("outcome", "PARTIAL").param("closedOn", "2025-02-02").param("version", "0"))
                .andExpect(redirectedUrlPattern("/mediations/*?saved"));
        mvc.perform(get("/mediations/" + id).with(users.page(Role.CASEWORKER)))
                .andExpect(content().string(containsString("Réconciliation partielle")))
                .andExpect(content().string(not(containsString("name=\"summary\""))));
        mvc.perform(post("/mediations/" + id + "/sessions").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("date", "2025-02-03").param("summary", "Après coup"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cette médiation est clôturée")));
    }
}
