package org.sira.arrivals;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The review of a manifest as a team leader goes through it, page by page. */
@WebTest
class ManifestPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    @Test
    void reviewsDoubtfulRowsSideBySideAndAcceptsTheConfidentOnes() throws Exception {
        for (String body : new String[] {
                "{\"familyName\":\"Sacko\",\"givenNames\":\"Ousmane\",\"sex\":\"M\",\"birthDate\":\"1987\",\"fatherGivenName\":\"Drissa\",\"originRegion\":\"Kayes\",\"phone\":\"66 10 20 30\"}",
                "{\"familyName\":\"Ballo\",\"givenNames\":\"Korotoumou\",\"sex\":\"F\",\"birthDate\":\"1993-05-05\",\"fatherGivenName\":\"Siaka\",\"originRegion\":\"Sikasso\"}"}) {
            mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isCreated());
        }
        String group = json.readTree(mvc.perform(post("/api/v1/arrivals").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"arrivalDate\":\"2021-03-03\",\"arrivalPoint\":\"Gao\",\"countryFrom\":\"DZ\",\"returnKind\":\"BORDER_REJECTION\",\"transport\":\"ROAD_CONVOY\"}"))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        String csv = "nom;prenoms;sexe;date_naissance;prenom_pere;region_origine;telephone\n"
                + "SACKO;Ousmane;M;1987;Drissa;Kayes;66102030\n"
                + "Ballo;Korotoumou;F;1993;;;\n"
                + "Keita;Salif;M;2001;;;\n";
        mvc.perform(multipart("/arrivals/" + group + "/manifest").file(new MockMultipartFile("file", "m.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String review = mvc.perform(get("/arrivals/" + group + "/manifest").with(users.page(Role.RECEPTION)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(review).contains("SACKO Ousmane", "KEITA Salif", "Accepter les 2 rapprochements sûrs");
        UUID second = jdbc.sql("SELECT id FROM manifest_row WHERE group_id = :g AND row_number = 3")
                .param("g", UUID.fromString(group)).query(UUID.class).single();
        String compare = mvc.perform(get("/arrivals/" + group + "/manifest/" + second).with(users.page(Role.RECEPTION)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // The registry has the full date of birth, the manifest only the year: shown as a difference.
        assertThat(compare).contains("class=\"diff\"", "05/05/1993", "Nouvelle personne");
        // The list says nothing of her father or region: blanks are not differences, only the date is.
        assertThat(compare.split("class=\"diff\"", -1)).hasSize(2);
        // Why, in words for everybody; the engine's numbers behind a toggle for coordinators only.
        assertThat(compare).contains("Même nom de famille, même prénom, même année de naissance.")
                .doesNotContain("match-details", "givenNames EXACT");
        String asCoordinator = mvc.perform(get("/arrivals/" + group + "/manifest/" + second).with(users.page(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asCoordinator).contains("Même nom de famille, même prénom, même année de naissance.", "match-details", "givenNames EXACT");
        mvc.perform(post("/arrivals/" + group + "/manifest/accept-confident").with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID third = jdbc.sql("SELECT id FROM manifest_row WHERE group_id = :g AND row_number = 4")
                .param("g", UUID.fromString(group)).query(UUID.class).single();
        mvc.perform(post("/arrivals/" + group + "/manifest/" + third).with(users.page(Role.RECEPTION)).with(csrf())
                        .param("decision", "NEW_PERSON").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM manifest_row WHERE group_id = :g ORDER BY row_number")
                .param("g", UUID.fromString(group)).query(String.class).list()).containsExactly("LINKED", "LINKED", "NEW_PERSON");
    }
}
