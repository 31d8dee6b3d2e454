package org.sira.reintegration;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The person's economic reintegration page: its forms save, refuse with their own messages, and never save twice. */
abstract class EconomicPagesContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private String person(String familyName) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Mariam\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private String read(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(users.page(role))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private JsonNode api(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(users.as(Role.CASEWORKER))).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aTradeAndATrainingAreSavedFromThePageAndAFormSentTwiceSavesOnce() throws Exception {
        String person = person("Ecopage");
        assertThat(read("/persons/" + person, Role.CASEWORKER)).contains("/persons/" + person + "/economic");
        assertThat(read("/persons/" + person + "/economic", Role.CASEWORKER)).contains("Insertion économique", "Métiers exercés à l’étranger",
                "Formations", "Appui aux activités génératrices de revenus");
        mvc.perform(post("/persons/" + person + "/economic/work-history").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("work-trade", "Maçon").param("work-country", "DZ").param("work-years", "4")
                        .param("work-requestId", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/persons/" + person + "/economic?saved#work"));
        String request = UUID.randomUUID().toString();
        for (int sent = 0; sent < 2; sent++) {
            mvc.perform(post("/persons/" + person + "/economic/trainings").with(users.page(Role.COORDINATOR)).with(csrf())
                            .param("training-sector", "AGRICULTURE").param("training-provider", "Centre de Samanko")
                            .param("training-startsOn", "2025-10-01").param("training-requestId", request))
                    .andExpect(redirectedUrl("/persons/" + person + "/economic?saved#training"));
        }
        assertThat(api("/api/v1/persons/" + person + "/trainings").get("total").asInt()).isEqualTo(1);
        String training = api("/api/v1/persons/" + person + "/trainings").get("items").get(0).get("id").asString();
        mvc.perform(post("/persons/" + person + "/economic/trainings/" + training + "/end").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("end-" + training + "-status", "COMPLETED").param("end-" + training + "-endsOn", "2025-12-20")
                        .param("end-" + training + "-version", "0"))
                .andExpect(redirectedUrl("/persons/" + person + "/economic?saved#training"));
        assertThat(read("/persons/" + person + "/economic", Role.CASEWORKER)).contains("Maçon", "Centre de Samanko", "Terminée", "2025-12-20");
    }

    @Test
    void aGrantWithCentimesComesBackWithItsMessageAndWhatWasTyped() throws Exception {
        String person = person("Ecopagegrant");
        mvc.perform(post("/persons/" + person + "/economic/businesses").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("business-activity", "Atelier de couture").param("business-sector", "CRAFTS")
                        .param("business-plannedOn", "2025-11-02").param("business-requestId", UUID.randomUUID().toString()))
                .andExpect(redirectedUrl("/persons/" + person + "/economic?saved#business"));
        String business = api("/api/v1/persons/" + person + "/businesses").get("items").get(0).get("id").asString();
        String g = "grant-" + business + "-";
        String page = mvc.perform(post("/persons/" + person + "/economic/businesses/" + business + "/grants").with(users.page(Role.CASEWORKER))
                        .with(csrf()).param(g + "kind", "CASH").param(g + "amountXof", "150000,50")
                        .param(g + "projectLineId", UUID.randomUUID().toString()).param(g + "grantedOn", "2025-11-10")
                        .param(g + "requestId", UUID.randomUUID().toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Le franc CFA n’a pas de décimales", "value=\"150000,50\"", "aria-invalid=\"true\"");
        String unknownLine = mvc.perform(post("/persons/" + person + "/economic/businesses/" + business + "/grants")
                        .with(users.page(Role.CASEWORKER)).with(csrf()).param(g + "kind", "CASH").param(g + "amountXof", "150 000")
                        .param(g + "projectLineId", UUID.randomUUID().toString()).param(g + "grantedOn", "2025-11-10"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknownLine).contains("Ligne budgétaire inconnue");
        assertThat(api("/api/v1/persons/" + person + "/businesses/" + business).get("grants").size()).isZero();
        mvc.perform(post("/persons/" + person + "/economic/businesses/" + business + "/statuses").with(users.page(Role.CASEWORKER))
                        .with(csrf()).param("status-" + business + "-status", "ACTIVE").param("status-" + business + "-date", "2025-12-01"))
                .andExpect(redirectedUrl("/persons/" + person + "/economic?saved#business"));
        assertThat(read("/persons/" + person + "/economic", Role.CASEWORKER)).contains("Atelier de couture", "Active · 2025-12-01");
    }

    @Tag("asvs-8.2.2")
    @Test
    void onlyCaseworkOpensThePageAndTheDirectorsViewIsForStatistics() throws Exception {
        String person = person("Ecopageroles");
        for (Role role : new Role[] {Role.VIEWER, Role.RECEPTION, Role.SHELTER}) {
            mvc.perform(get("/persons/" + person + "/economic").with(users.page(role))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/persons/" + person + "/economic/work-history").with(users.page(Role.VIEWER)).with(csrf())
                .param("work-trade", "Maçon")).andExpect(status().isForbidden());
        mvc.perform(get("/reintegration/outcomes").with(users.page(Role.CASEWORKER))).andExpect(status().isForbidden());
        assertThat(read("/reintegration/outcomes", Role.VIEWER)).contains("Résultats de la réintégration");
    }
}
