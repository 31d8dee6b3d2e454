package org.sira.arrivals;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The arrival and return forms put each refusal beside the field it is about, and write nothing. */
@WebTest
class ArrivalFormPagesTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    /** The field's block, marked invalid, with its label and an error message under the control. */
    private static Pattern invalidField(String name) {
        return Pattern.compile("<div class=\"field invalid\">\\s*<label for=\"" + name + "\">[^<]+</label>"
                + "(?:(?!</div>).)*<p class=\"error\" id=\"" + name + "-error\">[^<]+</p>\\s*</div>", Pattern.DOTALL);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void aHeadcountThatIsNotANumberIsShownOnTheHeadcountAndNoGroupIsCreated() throws Exception {
        long groups = count("arrival_group");
        String page = mvc.perform(post("/arrivals").with(users.page(Role.RECEPTION)).with(csrf())
                        .param("arrivalDate", "2022-04-05").param("arrivalPoint", "Gao").param("countryFrom", "DZ")
                        .param("returnKind", "BORDER_REJECTION").param("transport", "ROAD_CONVOY").param("expectedCount", "douze"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern(invalidField("expectedCount")).contains("Ce n’est pas un nombre ou une date valide.");
        assertThat(page).doesNotContainPattern(invalidField("arrivalPoint"));
        // The places offered come from the reference list, not from the template.
        assertThat(page).contains("<option value=\"Aéroport Bamako-Sénou\">", "<option value=\"Gogui\">");
        assertThat(count("arrival_group")).isEqualTo(groups);
    }

    @Test
    void theGroupsQuickRegistrationShowsWhyADateOfBirthWasRefused() throws Exception {
        String group = json.readTree(mvc.perform(post("/api/v1/arrivals").with(users.as(Role.RECEPTION))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"arrivalDate\":\"2022-04-06\",\"arrivalPoint\":\"Gao\",\"countryFrom\":\"DZ\","
                                + "\"returnKind\":\"BORDER_REJECTION\",\"transport\":\"ROAD_CONVOY\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        long persons = count("person");
        String page = mvc.perform(post("/arrivals/" + group + "/persons").with(users.page(Role.RECEPTION)).with(csrf())
                        .param("familyName", "Dembélé").param("givenNames", "Sira").param("birthDate", "31/02/1990")
                        .param("requestToken", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern(invalidField("birthDate")).contains("31/02/1990")
                .contains("Certains champs sont à corriger");
        assertThat(count("person")).isEqualTo(persons);

        // An error that belongs to no field of the form is said at the top.
        String known = json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"familyName\":\"Dembélé\",\"givenNames\":\"Awa\"}"))
                .andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(post("/arrivals/" + group + "/returns").with(users.page(Role.RECEPTION)).with(csrf()).param("personId", known))
                .andExpect(status().is3xxRedirection());
        String twice = mvc.perform(post("/arrivals/" + group + "/returns").with(users.page(Role.RECEPTION)).with(csrf())
                        .param("personId", known))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(twice).contains("Cette personne est déjà enregistrée dans ce groupe.");
    }

    @Test
    void aReturnWithYearsAbroadThatAreNotANumberIsRefusedBesideThatField() throws Exception {
        String person = json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"familyName\":\"Sissoko\",\"givenNames\":\"Fanta\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        long returns = count("person_return");
        String page = mvc.perform(post("/persons/" + person + "/returns").with(users.page(Role.COORDINATOR)).with(csrf())
                        .header("Accept-Language", "en")
                        .param("returnKind", "FORCED_REMOVAL").param("countryFrom", "FR").param("arrivalDate", "2022-04-07")
                        .param("yearsAbroad", "many"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern(invalidField("yearsAbroad")).contains("Not a valid number or date.");
        assertThat(count("person_return")).isEqualTo(returns);
    }
}
