package org.sira.shared.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The fields of templates/fields.html: a form sent back shows what was chosen, and each error and hint is tied to its control. */
@WebTest
class FormFieldsTest {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private String created(String path, String body) throws Exception {
        return json.readTree(mvc.perform(post(path).with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private String page(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(users.page(role))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString().replaceAll("\\s+", " ");
    }

    @Test
    void aRefusedPersonFormKeepsEveryChoiceAndTiesTheErrorToItsControl() throws Exception {
        String page = mvc.perform(post("/persons").with(users.page(Role.RECEPTION)).with(csrf())
                        .param("familyName", "Fieldform").param("birthDate", "31/02/1990").param("sex", "F")
                        .param("birthDatePrecision", "YEAR").param("documentKind", "PASSPORT").param("languages", "snk")
                        .param("vulnerabilities", "PREGNANT").param("restricted", "true").param("consent", "GIVEN")
                        .param("consentPurposes", "FOLLOW_UP").param("originRegion", "Kayes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(page).contains(
                "value=\"31/02/1990\" aria-describedby=\"birthDate-error\" aria-invalid=\"true\">",
                "<p class=\"error\" id=\"birthDate-error\">Date invalide",
                "<option value=\"F\" selected=\"selected\">", "<option value=\"YEAR\" selected=\"selected\">",
                "<option value=\"PASSPORT\" selected=\"selected\">",
                "name=\"languages\" value=\"snk\" checked=\"checked\"", "name=\"vulnerabilities\" value=\"PREGNANT\" checked=\"checked\"",
                "name=\"restricted\" value=\"true\" checked=\"checked\"", "name=\"consent\" value=\"GIVEN\" checked=\"checked\"",
                "name=\"consentPurposes\" value=\"FOLLOW_UP\" checked=\"checked\"",
                "value=\"Kayes\" list=\"originRegion-suggestions\"", "<datalist id=\"originRegion-suggestions\">");
        assertThat(page).doesNotContain("value=\"M\" selected", "name=\"consent\" value=\"\" checked",
                "value=\"bm\" checked", "aria-describedby=\"familyName");
    }

    @Test
    void anEmptyPersonFormChoosesNothingButTheEmptyChoices() throws Exception {
        String page = mvc.perform(get("/persons/new").with(users.page(Role.RECEPTION)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(page).contains("<label for=\"familyName\">Nom de famille</label>",
                "<input id=\"familyName\" name=\"familyName\" maxlength=\"100\" autocomplete=\"off\" autofocus=\"autofocus\">",
                "<option value=\"\" selected=\"selected\">inconnu</option>", "name=\"consent\" value=\"\" checked=\"checked\"");
        assertThat(page).doesNotContain("value=\"GIVEN\" checked", "value=\"F\" selected", "class=\"field invalid\"", "aria-invalid");
    }

    @Test
    void aHintIsReadWithItsControlAndRefusedRolesComeBackTicked() throws Exception {
        String page = mvc.perform(post("/admin/users").with(users.page(Role.ADMIN)).with(csrf())
                        .param("username", "fieldsuser").param("password", "short").param("roles", "VIEWER"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString().replaceAll("\\s+", " ");
        assertThat(page).contains("aria-describedby=\"password-hint password-error\" aria-invalid=\"true\"",
                "<p class=\"hint\" id=\"password-hint\">", "<p class=\"error\" id=\"password-error\">",
                "name=\"roles\" value=\"VIEWER\" checked=\"checked\"", "maxlength=\"50\" autocomplete=\"off\" value=\"fieldsuser\" required=\"required\">");
        assertThat(page).doesNotContain("value=\"short\"", "name=\"roles\" value=\"ADMIN\" checked");
    }

    @Test
    void theRightsCheckShowsEachAnswerGivenAndNotAskedForTheOthers() throws Exception {
        String person = created("/api/v1/persons", "{\"familyName\":\"Fieldrights\",\"givenNames\":\"Awa\"}");
        String group = created("/api/v1/arrivals", """
                {"arrivalDate":"2020-02-15","arrivalPoint":"Gao","countryFrom":"DZ","returnKind":"BORDER_REJECTION","transport":"ROAD_CONVOY"}""");
        String ret = created("/api/v1/arrivals/" + group + "/returns", "{\"personId\":\"" + person + "\"}");
        mvc.perform(post("/returns/" + ret + "/rights").with(users.page(Role.RECEPTION)).with(csrf())
                        .param("informedOfRights", "false").param("violence", "true").param("detentionDays", "12"))
                .andExpect(status().is3xxRedirection());
        String page = page("/returns/" + ret + "/rights", Role.RECEPTION);
        assertThat(page).contains("<select id=\"violence\" name=\"violence\"> <option value=\"\">non demandé</option> <option value=\"true\" selected=\"selected\">oui</option>",
                "<select id=\"informedOfRights\" name=\"informedOfRights\"> <option value=\"\">non demandé</option> <option value=\"true\">oui</option> <option value=\"false\" selected=\"selected\">non</option>",
                "<select id=\"detained\" name=\"detained\"> <option value=\"\" selected=\"selected\">non demandé</option>",
                "<input id=\"detentionDays\" name=\"detentionDays\" min=\"0\" max=\"3650\" type=\"number\" value=\"12\">");
    }
}
