package org.sira.imports;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Imports without a reference say which created rows look like persons already known, and still import them. */
@WebTest
class ImportRowsLikeKnownPersonsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private String registered(String body) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("fileNumber").asString();
    }

    private JsonNode imported(String path, String csv) throws Exception {
        return json.readTree(mvc.perform(multipart(path).file(new MockMultipartFile("file", "f.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aPersonsRowWithoutReferenceThatLooksLikeAKnownPersonIsImportedWithAWarning() throws Exception {
        String known = registered("{\"familyName\":\"Coulibaly\",\"givenNames\":\"Awaoulé\",\"sex\":\"F\",\"birthDate\":\"1991-04-17\","
                + "\"fatherGivenName\":\"Zantigui\",\"motherName\":\"Nakounté Diarrassouba\",\"originRegion\":\"Kayes\",\"phone\":\"76 41 52 63\"}");

        JsonNode report = imported("/api/v1/imports/persons", "nom;prenoms;sexe;date_naissance;prenom_pere;nom_mere;region_origine;telephone\n"
                + "KULIBALI;Awaoule;F;17/04/1991;Zantigi;Nakounte Diarrassouba;Kayes;76415263\n"
                + "Ouologuem;Yacouboulaye;M;1988;;;;\n");

        assertThat(report.get("created").asInt()).isEqualTo(2);
        JsonNode rows = report.get("rows");
        assertThat(rows.get(0).get("looksLike").get(0).get("fileNumber").asString()).isEqualTo(known);
        assertThat(rows.get(1).get("looksLike")).isEmpty();
    }

    @Test
    void aReturnsRowWithoutReferenceForAKnownPersonSaysWhomItResembles() throws Exception {
        String known = registered("{\"familyName\":\"Sissoko\",\"givenNames\":\"Kassoumbaly\",\"sex\":\"M\",\"birthDate\":\"1984-09-02\","
                + "\"fatherGivenName\":\"Fodémory\",\"motherName\":\"Djénéba Soumbounou\",\"originRegion\":\"Kayes\",\"phone\":\"66 93 81 27\"}");

        JsonNode report = imported("/api/v1/imports/returns", "nom;prenoms;sexe;date_naissance;prenom_pere;nom_mere;telephone;type_retour;pays_provenance;date_arrivee\n"
                + "Sisoko;Kasumbali;M;02/09/1984;Fodemori;Jɛnɛba Sumbunu;66938127;expulsion;DZ;2021-06-03\n");

        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("rows").get(0).get("looksLike").get(0).get("fileNumber").asString()).isEqualTo(known);
    }

    @Test
    void theImportPageSaysWhichRowLooksLikeWhomWithALink() throws Exception {
        String known = registered("{\"familyName\":\"Dembélé\",\"givenNames\":\"Niamoyé\",\"sex\":\"F\",\"birthDate\":\"1979-12-08\","
                + "\"fatherGivenName\":\"Bazoumana\",\"motherName\":\"Tenemba Kouyaté\",\"originRegion\":\"Ségou\",\"phone\":\"79 12 88 40\"}");
        String csv = "nom;prenoms;sexe;date_naissance;prenom_pere;nom_mere;region_origine;telephone\n"
                + "Dembele;Niamoye;F;08/12/1979;Bazumana;Tenemba Kuyate;Segou;79128840\n";
        String started = mvc.perform(multipart("/imports").file(new MockMultipartFile("file", "personnes.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).param("kind", "PERSONS").with(users.page(Role.COORDINATOR)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String job = started.substring(started.lastIndexOf('/') + 1);

        String page = await().atMost(java.time.Duration.ofSeconds(20)).until(() -> mvc.perform(get("/imports/" + job)
                        .with(users.page(Role.COORDINATOR))).andReturn().getResponse().getContentAsString(),
                html -> html.contains("alert ok"));

        assertThat(page).contains("Ligne 2 :", "ressemble à " + known, "looks-like");
    }
}
