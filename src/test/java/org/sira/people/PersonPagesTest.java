package org.sira.people;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebTest
class PersonPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;

    private String createByForm(String family, String token) throws Exception {
        return mvc.perform(post("/persons").with(users.page(Role.RECEPTION)).with(csrf())
                        .param("familyName", family).param("givenNames", "Awa").param("requestToken", token))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void theFormComesBackWithTheMessageBesideTheFieldAndNothingIsWritten() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
        String page = mvc.perform(post("/persons").with(users.page(Role.RECEPTION)).with(csrf())
                        .param("familyName", "Pageform").param("birthDate", "31/02/1990").param("phone", "123"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Date invalide", "Numéro invalide", "value=\"Pageform\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(before);
        String english = mvc.perform(post("/persons").with(users.page(Role.RECEPTION)).with(csrf()).header("Accept-Language", "en")
                        .param("familyName", "Pageform").param("birthDate", "1990-13"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Invalid date");
    }

    @Test
    void datesOfBirthAreTakenAsPeopleWriteThemInFrench() throws Exception {
        String[][] cases = {{"14/03/1990", "1990-03-14", "DAY"}, {"03/1990", "1990-03-01", "MONTH"}, {"1990-03", "1990-03-01", "MONTH"},
                {"vers 1985", "1985-01-01", "ESTIMATED"}, {"1979", "1979-01-01", "YEAR"}};
        for (String[] c : cases) {
            String family = "Datefr" + c[0].replaceAll("[^0-9]", "");
            mvc.perform(post("/persons").with(users.page(Role.RECEPTION)).with(csrf())
                            .param("familyName", family).param("birthDate", c[0]).param("requestToken", UUID.randomUUID().toString()))
                    .andExpect(status().is3xxRedirection());
            assertThat(jdbc.sql("SELECT birth_date || ' ' || birth_date_precision FROM person WHERE family_name = :f")
                    .param("f", family).query(String.class).single()).isEqualTo(c[1] + " " + c[2]);
        }
    }

    @Tag("asvs-2.3.3")
    @Test
    void aFormSentTwiceCreatesOnePerson() throws Exception {
        String token = UUID.randomUUID().toString();
        String first = createByForm("Pagetwice", token);
        String second = createByForm("Pagetwice", token);
        assertThat(second).isEqualTo(first);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE family_name = 'Pagetwice'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aStaleEditShowsWhoChangedTheRecordAndTheNewerValuesAndKeepsWhatWasTyped() throws Exception {
        String location = createByForm("Pagestale", UUID.randomUUID().toString());
        String id = location.substring("/persons/".length(), location.indexOf('?'));
        mvc.perform(post("/persons/" + id).with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("familyName", "Pagestale").param("givenNames", "Awa").param("motherName", "Kadidia").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(post("/persons/" + id).with(users.page(Role.RECEPTION)).with(csrf())
                        .param("familyName", "Pagestale").param("givenNames", "Awa Bintou").param("version", "0"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Quelqu’un d’autre a modifié cette fiche", "test-caseworker", "value=\"Awa Bintou\"",
                "name=\"version\" value=\"1\"");
        assertThat(jdbc.sql("SELECT given_names FROM person WHERE id = :id").param("id", UUID.fromString(id))
                .query(String.class).single()).isEqualTo("Awa");
    }

    @Tag("asvs-3.5.1")
    @Test
    void aFormWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/persons").with(users.page(Role.RECEPTION)).param("familyName", "Pagecsrf"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownPersonIsAPlain404Page() throws Exception {
        mvc.perform(get("/persons/" + UUID.randomUUID()).with(users.page(Role.RECEPTION))).andExpect(status().isNotFound());
        mvc.perform(get("/persons/not-an-id").with(users.page(Role.RECEPTION))).andExpect(status().is4xxClientError());
    }

    @Test
    void theFormSaysWhoANewcomerMayAlreadyBeAndSavesOnlyOnceTheUserSaysItIsSomeoneNew() throws Exception {
        String phone = "67" + String.format("%06d", (int) (Math.random() * 1_000_000));
        String family = "Coulibaly" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        mvc.perform(post("/persons").with(users.page(Role.RECEPTION)).with(csrf()).param("familyName", family)
                        .param("givenNames", "Awa").param("sex", "F").param("fatherGivenName", "Bourama")
                        .param("motherName", "Sitan Diarra").param("phone", phone).param("requestToken", UUID.randomUUID().toString()))
                .andExpect(status().is3xxRedirection());
        String known = jdbc.sql("SELECT file_number FROM person WHERE family_name = :f").param("f", family).query(String.class).single();
        long before = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
        String token = UUID.randomUUID().toString();

        String page = mvc.perform(post("/persons").with(users.page(Role.RECEPTION)).with(csrf()).param("familyName", family.toUpperCase())
                        .param("givenNames", "Awa").param("sex", "F").param("fatherGivenName", "Bourama")
                        .param("motherName", "Sitan Diarra").param("phone", phone).param("requestToken", token))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Peut-être déjà connu", known, "name=\"confirmedNew\"", "Enregistrer une nouvelle personne");
        // Why, in the words of the manifest's comparison page.
        assertThat(page).contains("même numéro de téléphone", "même prénom du père");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).as("nothing saved yet").isEqualTo(before);

        mvc.perform(post("/persons").with(users.page(Role.RECEPTION)).with(csrf()).param("familyName", family.toUpperCase())
                        .param("givenNames", "Awa").param("sex", "F").param("fatherGivenName", "Bourama")
                        .param("motherName", "Sitan Diarra").param("phone", phone).param("requestToken", token)
                        .param("confirmedNew", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(before + 1);
    }
}
