package org.sira.arrivals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A row the list got wrong, corrected on its page while the person stands there, and matched again at once. */
abstract class ManifestRowCorrectionContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    private static String unheardOf() {
        return StagedManifests.unheardOf("Tq");
    }

    private UUID stagedGroup(String csv) throws Exception {
        return new StagedManifests(mvc, users, json).stagedGroup(csv);
    }

    private UUID row(UUID group, int number) {
        return jdbc.sql("SELECT id FROM manifest_row WHERE group_id = :g AND row_number = :n").param("g", group).param("n", number)
                .query(UUID.class).single();
    }

    private String statusOf(UUID row) {
        return jdbc.sql("SELECT status FROM manifest_row WHERE id = :id").param("id", row).query(String.class).single();
    }

    private int version(UUID row) {
        return jdbc.sql("SELECT version FROM manifest_row WHERE id = :id").param("id", row).query(Integer.class).single();
    }

    @Test
    void aRowBornIn2031IsCorrectedInPlaceAndMatchedAgainstTheRegistryAtOnce() throws Exception {
        String family = unheardOf();
        String known = json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"familyName\":\"" + family + "\",\"givenNames\":\"Salif\",\"sex\":\"M\",\"birthDate\":\"1990\","
                        + "\"fatherGivenName\":\"Moussa\",\"originRegion\":\"Kayes\",\"phone\":\"66 12 34 56\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        UUID group = stagedGroup("nom;prenoms;sexe;date_naissance;prenom_pere;region_origine;telephone\n"
                + ";;M;2031;Moussa;Kayes;66123456\n");
        UUID row = row(group, 2);
        assertThat(statusOf(row)).isEqualTo("INVALID");
        String review = mvc.perform(get("/arrivals/" + group + "/manifest").with(users.page(Role.RECEPTION)))
                .andReturn().getResponse().getContentAsString();
        assertThat(review).contains("/arrivals/" + group + "/manifest/" + row, "à corriger");
        String page = mvc.perform(get("/arrivals/" + group + "/manifest/" + row).with(users.page(Role.RECEPTION)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Corriger la ligne", "/correct");

        // Still in the future: said beside the date, the row as it was.
        String refused = mvc.perform(post("/arrivals/" + group + "/manifest/" + row + "/correct").with(users.page(Role.RECEPTION)).with(csrf())
                        .param("version", String.valueOf(version(row))).param("familyName", family).param("givenNames", "Salif")
                        .param("sex", "M").param("birthDate", "2031"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("dans le futur");
        assertThat(statusOf(row)).isEqualTo("INVALID");

        mvc.perform(post("/arrivals/" + group + "/manifest/" + row + "/correct").with(users.page(Role.RECEPTION)).with(csrf())
                        .param("version", String.valueOf(version(row))).param("familyName", family).param("givenNames", "Salif")
                        .param("sex", "M").param("birthDate", "1990"))
                .andExpect(redirectedUrl("/arrivals/" + group + "/manifest/" + row + "?corrected"));
        assertThat(statusOf(row)).isEqualTo("PENDING");
        assertThat(jdbc.sql("SELECT person_id FROM manifest_candidate WHERE row_id = :r ORDER BY candidate_rank").param("r", row)
                .query(UUID.class).list()).first().hasToString(known);
        String corrected = mvc.perform(get("/arrivals/" + group + "/manifest/" + row + "?corrected").with(users.page(Role.RECEPTION)))
                .andReturn().getResponse().getContentAsString();
        assertThat(corrected).contains("Ligne corrigée", family.toUpperCase() + " Salif");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'CORRECT' AND record_id = :r").param("r", row.toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aCorrectionOverAStaleVersionIsNotSavedAndADecidedRowCannotBeCorrected() throws Exception {
        String family = unheardOf();
        UUID group = stagedGroup("nom;prenoms;sexe;date_naissance\n" + family + ";Awa;F;1999\n");
        UUID row = row(group, 2);
        mvc.perform(post("/arrivals/" + group + "/manifest/" + row + "/correct").with(users.page(Role.RECEPTION)).with(csrf())
                        .param("version", "7").param("familyName", family).param("givenNames", "Aoua").param("birthDate", "1998"))
                .andExpect(redirectedUrl("/arrivals/" + group + "/manifest/" + row + "?stale"));
        mvc.perform(post("/arrivals/" + group + "/manifest/" + row).with(users.page(Role.RECEPTION)).with(csrf())
                .param("decision", "NEW_PERSON").param("version", "0")).andExpect(status().is3xxRedirection());
        String refused = mvc.perform(post("/arrivals/" + group + "/manifest/" + row + "/correct").with(users.page(Role.RECEPTION)).with(csrf())
                        .param("version", String.valueOf(version(row))).param("familyName", family).param("givenNames", "Aoua"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("déjà décidée");
        assertThat(jdbc.sql("SELECT given_names FROM manifest_row WHERE id = :id").param("id", row).query(String.class).single()).isEqualTo("Awa");
    }

    @Test
    void aRowTheSameAsAnotherShowsThatRowBesideItWithALink() throws Exception {
        String family = unheardOf();
        UUID group = stagedGroup("nom;prenoms;sexe;date_naissance;region_origine\n" + family + ";Issa;M;1997;Mopti\n"
                + family.toUpperCase() + ";Issa;M;1997;Mopti\n");
        UUID first = row(group, 2);
        String page = mvc.perform(get("/arrivals/" + group + "/manifest/" + row(group, 3)).with(users.page(Role.RECEPTION)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/arrivals/" + group + "/manifest/" + first, "Ligne 2 · " + family.toUpperCase() + " Issa", "Mopti");
    }

    @Test
    void aListUploadedAgainForTheGroupStagesOnlyTheRowsNotSeenBeforeAndSaysHowManyWereSkipped() throws Exception {
        String family = unheardOf();
        String first = "nom;prenoms;sexe;date_naissance\n" + family + ";Awa;F;1999\n" + family + ";Drissa;M;1990\n";
        UUID group = stagedGroup(first);
        String again = first + family + ";Oumou;F;2001\n";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/arrivals/" + group + "/manifest")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "m.csv", "text/csv",
                                again.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(redirectedUrl("/arrivals/" + group + "/manifest?skipped=2&added=1"));
        assertThat(jdbc.sql("SELECT given_names FROM manifest_row WHERE group_id = :g ORDER BY row_number").param("g", group)
                .query(String.class).list()).containsExactly("Awa", "Drissa", "Oumou");
        String review = mvc.perform(get("/arrivals/" + group + "/manifest?skipped=2&added=1").with(users.page(Role.RECEPTION)))
                .andReturn().getResponse().getContentAsString();
        assertThat(review).contains("déjà été chargée pour ce groupe : 2 lignes déjà vues", "1 nouvelles lignes");
    }

    @Test
    void aListWithItsOwnNumberColumnIsNumberedByItAndNeedsNoQuestionAboutIt() throws Exception {
        String family = unheardOf();
        UUID group = stagedGroup("N°;nom;prenoms;sexe;date_naissance\n1;" + family + ";Awa;F;1999\n2;" + family + ";Drissa;M;1990\n"
                + "3;;;M;2031\n");
        assertThat(jdbc.sql("SELECT row_number FROM manifest_row WHERE group_id = :g ORDER BY row_number").param("g", group)
                .query(Integer.class).list()).containsExactly(1, 2, 3);
        assertThat(jdbc.sql("SELECT given_names FROM manifest_row WHERE group_id = :g AND row_number = 2").param("g", group)
                .query(String.class).single()).isEqualTo("Drissa");
    }

    @Test
    void aShelterWorkerCannotCorrectARow() throws Exception {
        UUID group = stagedGroup("nom;prenoms;sexe;date_naissance\n;;M;2031\n");
        UUID row = row(group, 2);
        mvc.perform(post("/arrivals/" + group + "/manifest/" + row + "/correct").with(users.page(Role.SHELTER)).with(csrf())
                        .param("version", "0").param("familyName", "Keita"))
                .andExpect(status().isForbidden());
        assertThat(statusOf(row)).isEqualTo("INVALID");
    }
}
