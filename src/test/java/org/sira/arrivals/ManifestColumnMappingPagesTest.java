package org.sira.arrivals;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A list from the authorities whose headings Sira does not understand: the team leader says what
 * each column holds before anything is staged, and the rows are then staged with that choice.
 */
@WebTest
class ManifestColumnMappingPagesTest {

    private static final String AUTHORITIES_LIST = "NOM ET PRENOMS;Date de naiss.;Tel\n"
            + "TRAORE Moussa;vers 1990;76 12 34 56\n"
            + "KEITA Awa;12/03/1995;+223 66 00 11 22\n"
            + "DIARRA Ali;2001;\n"
            + "SACKO Ousmane;1970;90 00 00 01\n";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    @Test
    void aListWithUnknownHeadingsShowsEveryColumnWithItsFirstValuesBeforeStagingAnything() throws Exception {
        String group = group();
        MockHttpSession session = new MockHttpSession();

        String mapping = upload(group, AUTHORITIES_LIST, session);

        String page = mvc.perform(get(mapping).session(session).with(users.page(Role.RECEPTION)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Que contient chaque colonne ?", "Colonne A · « NOM ET PRENOMS »",
                "Colonne B · « Date de naiss. »", "Colonne C · « Tel »",
                "TRAORE Moussa", "KEITA Awa", "DIARRA Ali", "vers 1990", "76 12 34 56")
                // Three values, no more: the fourth person is not on the page.
                .doesNotContain("SACKO Ousmane");
        assertThat(selected(page, "column.2")).isEqualTo("PHONE");
        // "Nom et prénoms" is a known heading: family and given names in one cell.
        assertThat(selected(page, "column.0")).isEqualTo("FULL_NAME");
        assertThat(selected(page, "column.1")).isEmpty();
        assertThat(page).contains("name=\"_csrf\"").doesNotContain("<script>");
        assertThat(stagedRows(group)).isZero();
    }

    @Test
    void theConfirmedMappingStagesEveryRowWithTheChosenFields() throws Exception {
        String group = group();
        MockHttpSession session = new MockHttpSession();
        String mapping = upload(group, AUTHORITIES_LIST, session);

        mvc.perform(confirm(mapping, session, Map.of("column.0", "FULL_NAME", "column.1", "BIRTH_DATE", "column.2", "PHONE")))
                .andExpect(status().is3xxRedirection());

        List<Map<String, Object>> rows = jdbc.sql("""
                SELECT row_number, family_name, given_names, birth_date, birth_precision, phone FROM manifest_row
                WHERE group_id = :g ORDER BY row_number""").param("g", UUID.fromString(group)).query().listOfRows();
        assertThat(rows).hasSize(4);
        // The whole name is cut at the capitals: family name, then given names, as written.
        assertThat(rows.get(0)).containsEntry("ROW_NUMBER", 2).containsEntry("FAMILY_NAME", "TRAORE")
                .containsEntry("GIVEN_NAMES", "Moussa")
                .containsEntry("BIRTH_PRECISION", "ESTIMATED").containsEntry("PHONE", "+22376123456");
        assertThat(rows.get(1)).containsEntry("FAMILY_NAME", "KEITA").containsEntry("GIVEN_NAMES", "Awa")
                .containsEntry("BIRTH_PRECISION", "DAY")
                .containsEntry("PHONE", "+22366001122");
        assertThat(((java.sql.Date) rows.get(1).get("BIRTH_DATE")).toLocalDate()).isEqualTo(LocalDate.of(1995, 3, 12));
        assertThat(rows.get(3)).containsEntry("FAMILY_NAME", "SACKO").containsEntry("GIVEN_NAMES", "Ousmane");
        // Staged once: the kept file is gone, and the same key cannot stage it a second time.
        mvc.perform(confirm(mapping, session, Map.of("column.0", "FAMILY_NAME"))).andExpect(status().isNotFound());
        assertThat(stagedRows(group)).isEqualTo(4);
    }

    @Test
    void twoColumnsForOneFieldAreRefusedWithAMessageAndNothingIsStaged() throws Exception {
        String group = group();
        MockHttpSession session = new MockHttpSession();
        String mapping = upload(group, AUTHORITIES_LIST, session);

        String page = mvc.perform(confirm(mapping, session, Map.of("column.0", "FAMILY_NAME", "column.1", "FAMILY_NAME",
                        "column.2", "PHONE")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Les colonnes A, B sont toutes associées à « Nom de famille »", "class=\"field invalid\"");
        // What the user chose is kept on the page, to be corrected rather than chosen again.
        assertThat(selected(page, "column.1")).isEqualTo("FAMILY_NAME");
        assertThat(stagedRows(group)).isZero();

        String english = mvc.perform(confirm(mapping, session, Map.of("column.0", "FAMILY_NAME", "column.1", "FAMILY_NAME"))
                        .locale(Locale.ENGLISH).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Columns A, B are all set to &quot;Family name&quot;");
    }

    @Test
    void aMappingWithoutANameColumnIsRefusedWithAMessage() throws Exception {
        String group = group();
        MockHttpSession session = new MockHttpSession();
        String mapping = upload(group, AUTHORITIES_LIST, session);

        String page = mvc.perform(confirm(mapping, session, Map.of("column.0", "", "column.1", "BIRTH_DATE", "column.2", "PHONE")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Aucune colonne ne contient le nom");
        assertThat(stagedRows(group)).isZero();
    }

    @Tag("asvs-15.3.3")
    @Test
    void fieldsOrColumnsThePageNeverOfferedAreABadRequestNeverAServerError() throws Exception {
        String group = group();
        MockHttpSession session = new MockHttpSession();
        String mapping = upload(group, AUTHORITIES_LIST, session);

        for (Map<String, String> tampered : List.of(Map.of("column.0", "PASSWORD"), Map.of("column.0", "RETURN_KIND"),
                Map.of("column.0", "family_name"), Map.of("column.0", "FAMILY_NAME", "column.9", "PHONE"),
                Map.of("column.x", "FAMILY_NAME"), Map.of("column.-1", "FAMILY_NAME"),
                Map.of("column.99999999999", "FAMILY_NAME"))) {
            String page = mvc.perform(confirm(mapping, session, tampered))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(page).as(tampered.toString()).contains("Le choix des colonnes reçu ne correspond pas à ce fichier");
        }
        assertThat(stagedRows(group)).isZero();
    }

    @Tag("asvs-8.2.2")
    @Test
    void theKeptFileCannotBeUsedFromAnotherSessionOrWithAnotherKey() throws Exception {
        String group = group();
        MockHttpSession session = new MockHttpSession();
        String mapping = upload(group, AUTHORITIES_LIST, session);
        Map<String, String> choice = Map.of("column.0", "FAMILY_NAME");

        // The same user logged in elsewhere, another user, a made-up key, the key under another group.
        mvc.perform(confirm(mapping, new MockHttpSession(), choice)).andExpect(status().isNotFound());
        mvc.perform(post(mapping).session(new MockHttpSession()).with(users.page(Role.CASEWORKER)).with(csrf())
                .param("column.0", "FAMILY_NAME")).andExpect(status().isNotFound());
        mvc.perform(get(mapping).session(new MockHttpSession()).with(users.page(Role.CASEWORKER))).andExpect(status().isNotFound());
        mvc.perform(confirm("/arrivals/" + group + "/manifest/mapping/" + UUID.randomUUID(), session, choice))
                .andExpect(status().isNotFound());
        mvc.perform(confirm(mapping.replace(group, group()), session, choice)).andExpect(status().isNotFound());
        // Someone else's session cannot cancel it either.
        mvc.perform(post(mapping + "/cancel").session(new MockHttpSession()).with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(stagedRows(group)).isZero();

        mvc.perform(confirm(mapping, session, choice)).andExpect(status().is3xxRedirection());
        assertThat(stagedRows(group)).isEqualTo(4);
    }

    @Tag("asvs-3.5.1")
    @Test
    void theMappingFormNeedsItsCsrfToken() throws Exception {
        String group = group();
        MockHttpSession session = new MockHttpSession();
        String mapping = upload(group, AUTHORITIES_LIST, session);

        mvc.perform(post(mapping).session(session).with(users.page(Role.RECEPTION)).param("column.0", "FAMILY_NAME"))
                .andExpect(status().isForbidden());
        assertThat(stagedRows(group)).isZero();
    }

    @Test
    void aFileRefusedAtStagingSaysWhyAndMustBeUploadedAgain() throws Exception {
        String group = group();
        MockHttpSession session = new MockHttpSession();
        StringBuilder csv = new StringBuilder("IDENTITE\n");
        for (int i = 0; i <= Manifests.MAX_ROWS; i++) {
            csv.append("TRAORE Moussa ").append(i).append('\n');
        }
        String mapping = upload(group, csv.toString(), session);

        String page = mvc.perform(confirm(mapping, session, Map.of("column.0", "FAMILY_NAME")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Le manifeste dépasse", "lignes : découpez-le.");
        assertThat(stagedRows(group)).isZero();
        mvc.perform(get(mapping).session(session).with(users.page(Role.RECEPTION))).andExpect(status().isNotFound());
    }

    @Test
    void aCancelledUploadIsForgotten() throws Exception {
        String group = group();
        MockHttpSession session = new MockHttpSession();
        String mapping = upload(group, AUTHORITIES_LIST, session);

        mvc.perform(post(mapping + "/cancel").session(session).with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get(mapping).session(session).with(users.page(Role.RECEPTION))).andExpect(status().isNotFound());
    }

    @Test
    void aListWhoseHeadingsAreAllRecognisedIsStagedWithoutTheExtraStep() throws Exception {
        String group = group();
        String csv = "Nom;Prénoms;Tel;Date de naissance\nTRAORE;Moussa;76123456;1990\n";

        String location = mvc.perform(multipart("/arrivals/" + group + "/manifest").file(file(csv))
                        .session(new MockHttpSession()).with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        assertThat(location).isEqualTo("/arrivals/" + group + "/manifest");
        assertThat(stagedRows(group)).isEqualTo(1);
    }

    @Test
    void aListWithoutANameColumnAsksForTheMappingEvenWhenEveryHeadingIsKnown() throws Exception {
        String group = group();

        String mapping = upload(group, "Sexe;Tel\nM;76123456\n", new MockHttpSession());

        assertThat(mapping).contains("/manifest/mapping/");
        assertThat(stagedRows(group)).isZero();
    }

    @Test
    void aListWithoutHeaderRowIsStagedFromItsFirstRowWhenTheUserSaysSo() throws Exception {
        String group = group();
        MockHttpSession session = new MockHttpSession();
        String mapping = upload(group, "TRAORE;Moussa;1990\nKEITA;Awa;1995\n", session);

        mvc.perform(confirm(mapping, session, Map.of("column.0", "FAMILY_NAME", "column.1", "GIVEN_NAMES",
                        "column.2", "BIRTH_DATE", "firstRowIsData", "true")))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("SELECT given_names FROM manifest_row WHERE group_id = :g ORDER BY row_number")
                .param("g", UUID.fromString(group)).query(String.class).list()).containsExactly("Moussa", "Awa");
    }

    /** Uploads a manifest expected to need a mapping, and answers the mapping page's address. */
    private String upload(String group, String csv, MockHttpSession session) throws Exception {
        String location = mvc.perform(multipart("/arrivals/" + group + "/manifest").file(file(csv))
                        .session(session).with(users.page(Role.RECEPTION)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/arrivals/" + group + "/manifest/mapping/");
        return location;
    }

    private MockHttpServletRequestBuilder confirm(String mapping, MockHttpSession session, Map<String, String> choices) {
        MockHttpServletRequestBuilder request = post(mapping).session(session).with(users.page(Role.RECEPTION)).with(csrf());
        choices.forEach(request::param);
        return request;
    }

    private static MockMultipartFile file(String csv) {
        return new MockMultipartFile("file", "liste.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The value of the option selected in the named select, {@code ""} for "ignore". */
    private static String selected(String page, String select) {
        String from = page.substring(page.indexOf("name=\"" + select + "\""));
        String options = from.substring(0, from.indexOf("</select>"));
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("<option value=\"([A-Z_]*)\" selected").matcher(options);
        return matcher.find() ? matcher.group(1) : null;
    }

    private int stagedRows(String group) {
        return jdbc.sql("SELECT COUNT(*) FROM manifest_row WHERE group_id = :g").param("g", UUID.fromString(group))
                .query(Integer.class).single();
    }

    private String group() throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/arrivals").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"arrivalDate\":\"2021-04-04\",\"arrivalPoint\":\"Gao\",\"countryFrom\":\"DZ\",\"returnKind\":\"BORDER_REJECTION\",\"transport\":\"ROAD_CONVOY\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }
}
