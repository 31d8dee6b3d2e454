package org.sira.arrivals;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A convoy at night: a known person recognised while typed, rights checks, and the board counting them. */
@WebTest
class ReceptionNightTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private JsonNode created(String path, String body) throws Exception {
        return json.readTree(mvc.perform(post(path).with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void afterARightsCheckTheGroupPageSaysTheCheckWasSavedAndTheButtonSaysHimForAManAndHerForAWoman() throws Exception {
        String man = created("/api/v1/persons", """
                {"familyName":"Dagnon","givenNames":"Lassina","sex":"M","birthDate":"1984","fatherGivenName":"Bourama","originRegion":"Koulikoro"}""")
                .get("id").asString();
        created("/api/v1/persons", """
                {"familyName":"Dagnon","givenNames":"Lassina","sex":"F","birthDate":"1984","fatherGivenName":"Bourama","originRegion":"Koulikoro"}""");
        String group = created("/api/v1/arrivals", """
                {"arrivalDate":"2020-02-16","arrivalPoint":"Gao","countryFrom":"DZ","returnKind":"BORDER_REJECTION","transport":"ROAD_CONVOY"}""")
                .get("id").asString();
        String typing = mvc.perform(get("/arrivals/" + group + "/suggestions").param("familyName", "DAGNON")
                        .param("givenNames", "Lassina").param("birthDate", "1984").with(users.page(Role.RECEPTION)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(typing).contains("C’est lui : enregistrer son retour", "C’est elle : enregistrer son retour");
        String returnId = created("/api/v1/arrivals/" + group + "/returns", "{\"personId\":\"" + man + "\"}").get("id").asString();
        String target = mvc.perform(post("/returns/" + returnId + "/rights").with(users.page(Role.RECEPTION)).with(csrf())
                        .param("informedOfRights", "true"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(target).with(users.page(Role.RECEPTION))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Contrôle des droits enregistré.").doesNotContain("Retour enregistré.");
    }

    @Test
    void aKnownPersonAppearsWhileTheirNameIsTypedAndTheBoardCountsTheNight() throws Exception {
        String known = created("/api/v1/persons", """
                {"familyName":"Kouyaté","givenNames":"Brahima","sex":"M","birthDate":"1986","fatherGivenName":"Mory","originRegion":"Kita"}""")
                .get("id").asString();
        String group = created("/api/v1/arrivals", """
                {"arrivalDate":"2020-01-15","arrivalPoint":"Gao","countryFrom":"DZ","returnKind":"BORDER_REJECTION","transport":"ROAD_CONVOY","expectedCount":180}""")
                .get("id").asString();
        String typing = mvc.perform(get("/arrivals/" + group + "/suggestions").param("familyName", "KOUYATE")
                        .param("givenNames", "Ibrahim").param("birthDate", "1986").with(users.page(Role.RECEPTION)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(typing).contains("KOUYATÉ Brahima", known);

        String minor = created("/api/v1/persons", "{\"familyName\":\"Coulibaly\",\"givenNames\":\"Issa\",\"birthDate\":\"2006\"}").get("id").asString();
        String pregnant = created("/api/v1/persons", "{\"familyName\":\"Diarra\",\"givenNames\":\"Awa\",\"sex\":\"F\",\"vulnerabilities\":[\"PREGNANT\"]}")
                .get("id").asString();
        String firstReturn = null;
        for (String person : new String[] {known, minor, pregnant}) {
            String returnId = created("/api/v1/arrivals/" + group + "/returns", "{\"personId\":\"" + person + "\"}").get("id").asString();
            firstReturn = firstReturn == null ? returnId : firstReturn;
        }
        mvc.perform(post("/returns/" + firstReturn + "/rights").with(users.page(Role.RECEPTION)).with(csrf())
                        .param("informedOfRights", "false").param("violence", "true").param("medicalUrgent", "true")
                        .param("needsBedTonight", "true").param("detentionDays", "12"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/arrivals/" + group + "/board").with(users.as(Role.SHELTER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.expected").value(180))
                .andExpect(jsonPath("$.registered").value(3))
                .andExpect(jsonPath("$.minors").value(1))
                .andExpect(jsonPath("$.pregnant").value(1))
                .andExpect(jsonPath("$.urgentMedical").value(1))
                .andExpect(jsonPath("$.bedsTonight").value(1))
                .andExpect(jsonPath("$.rightsChecked").value(1))
                .andExpect(jsonPath("$.rightsViolations").value(1));
        String live = mvc.perform(get("/arrivals/" + group + "/board/live").with(users.page(Role.SHELTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(live).contains("hx-trigger=\"every 10s\"");
        String form = mvc.perform(get("/returns/" + firstReturn + "/rights").with(users.page(Role.RECEPTION)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("value=\"12\"");
        // A second save must carry the version of the first one.
        mvc.perform(post("/returns/" + firstReturn + "/rights").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("needsBedTonight", "false"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/arrivals/" + group + "/board").with(users.as(Role.SHELTER)))
                .andExpect(jsonPath("$.bedsTonight").value(1));
        assertThat(UUID.fromString(known)).isNotNull();

        // Tonight's rights check and urgent flag on the person's page.
        String personPage = mvc.perform(get("/persons/" + known).with(users.page(Role.SHELTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(personPage).contains("Droits contrôlés", "Urgence médicale", "/returns/" + firstReturn + "/rights");
        String minorPage = mvc.perform(get("/persons/" + minor).with(users.page(Role.SHELTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(minorPage).contains("Contrôle des droits à faire").doesNotContain("Urgence médicale");

        // Each counter opens who is behind it.
        String boardPage = mvc.perform(get("/arrivals/" + group + "/board").with(users.page(Role.SHELTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(boardPage).contains("who=MINOR", "who=URGENT", "who=PREGNANT", "who=BED", "who=VIOLATED", "who=UNCHECKED");
        String minors = mvc.perform(get("/arrivals/" + group).param("who", "MINOR").with(users.page(Role.SHELTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(minors).contains("COULIBALY Issa", "/persons/" + minor, "1 personnes", "Contrôle des droits à faire")
                .doesNotContain("KOUYATÉ Brahima", "DIARRA Awa");
        String urgent = mvc.perform(get("/arrivals/" + group).param("who", "urgent").with(users.page(Role.SHELTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(urgent).contains("KOUYATÉ Brahima", "Droits contrôlés", "Urgence médicale").doesNotContain("COULIBALY Issa");
        String unchecked = mvc.perform(get("/arrivals/" + group).param("who", "UNCHECKED").with(users.page(Role.SHELTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unchecked).contains("COULIBALY Issa", "DIARRA Awa", "2 personnes").doesNotContain("KOUYATÉ Brahima");
        mvc.perform(get("/arrivals/" + group).param("who", "SOMEONE").with(users.page(Role.SHELTER)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theGroupPageShowsItsReturneesAPageAtATime() throws Exception {
        String group = created("/api/v1/arrivals", """
                {"arrivalDate":"2020-03-17","arrivalPoint":"Gao","countryFrom":"DZ","returnKind":"BORDER_REJECTION","transport":"ROAD_CONVOY"}""")
                .get("id").asString();
        for (int i = 0; i < 27; i++) {
            String person = created("/api/v1/persons", "{\"familyName\":\"Pagé" + (char) ('a' + i) + "\",\"givenNames\":\"Numéro\"}")
                    .get("id").asString();
            created("/api/v1/arrivals/" + group + "/returns", "{\"personId\":\"" + person + "\"}");
        }
        String first = mvc.perform(get("/arrivals/" + group).with(users.page(Role.SHELTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("27 personnes", "PAGÉA Numéro", "PAGÉY Numéro", "Page 1 sur 2").doesNotContain("PAGÉZ Numéro");
        String second = mvc.perform(get("/arrivals/" + group).param("page", "1").with(users.page(Role.SHELTER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second).contains("PAGÉZ Numéro", "PAGÉ{ Numéro").doesNotContain("PAGÉA Numéro");
    }
}
