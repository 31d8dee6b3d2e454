package org.sira.arrivals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

abstract class ArrivalsApiContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    private JsonNode created(Role role, String path, String body) throws Exception {
        return json.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path)
                        .with(users.as(role)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private String person(String family) throws Exception {
        return created(Role.RECEPTION, "/api/v1/persons", "{\"familyName\":\"" + family + "\",\"givenNames\":\"Moussa\",\"sex\":\"M\"}")
                .get("id").asString();
    }

    @Test
    void createsAnArrivalGroupAsTheContractSays() throws Exception {
        mvc.perform(post("/api/v1/arrivals").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"arrivalDate":"2020-01-15","arrivalPoint":"Gao","countryFrom":"DZ","returnKind":"BORDER_REJECTION",
                                 "transport":"ROAD_CONVOY","expectedCount":180}"""))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.id").isNotEmpty())
                .andExpect(jsonPath("$.countryFrom").value("DZ"))
                .andExpect(jsonPath("$.expectedCount").value(180));
    }

    @Test
    void refusesAnArrivalGroupWithUnknownCountryKindAndAFutureDate() throws Exception {
        mvc.perform(post("/api/v1/arrivals").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"arrivalDate":"2999-01-15","arrivalPoint":"Gao","countryFrom":"Atlantis","returnKind":"TELEPORTED",
                                 "transport":"BOAT"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("arrivalDate")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("countryFrom")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("returnKind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("transport")));
    }

    @Test
    void nobodyReturnsFromAntarcticaSoItsCountsNeverLeaveTheSixContinents() throws Exception {
        mvc.perform(post("/api/v1/arrivals").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("""
                                {"arrivalDate":"2020-01-15","arrivalPoint":"Gao","countryFrom":"AQ","returnKind":"FORCED_REMOVAL",
                                 "transport":"FLIGHT"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("countryFrom"))
                .andExpect(jsonPath("$.errors[0].message").value("\"AQ\": nobody returns from there; give the country the person came back from."));
    }

    @Test
    void aHeadcountMustBeAWholeNumberAndTheFieldIsNamed() throws Exception {
        for (String count : new String[] {"1.5", "\"abc\"", "1000000000000"}) {
            long before = jdbc.sql("SELECT COUNT(*) FROM arrival_group").query(Long.class).single();
            mvc.perform(post("/api/v1/arrivals").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"arrivalDate\":\"2024-02-03\",\"arrivalPoint\":\"Gao\",\"countryFrom\":\"DZ\","
                                    + "\"returnKind\":\"FORCED_REMOVAL\",\"transport\":\"FLIGHT\",\"expectedCount\":" + count + "}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("expectedCount"))
                    .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM arrival_group").query(Long.class).single()).isEqualTo(before);
        }
    }

    @Test
    void aReturnRegisteredFromTheGroupInheritsItsDatePointCountryAndKind() throws Exception {
        String group = created(Role.RECEPTION, "/api/v1/arrivals", """
                {"arrivalDate":"2020-01-16","arrivalPoint":"Aéroport Bamako-Sénou","countryFrom":"Libya","returnKind":"retour volontaire assisté","transport":"FLIGHT","expectedCount":117}""")
                .get("id").asString();
        String personId = person("Tounkara");
        created(Role.RECEPTION, "/api/v1/arrivals/" + group + "/returns", "{\"personId\":\"" + personId + "\"}");
        mvc.perform(get("/api/v1/persons/" + personId).with(users.as(Role.SHELTER)))
                .andExpect(jsonPath("$.returns[0].arrivalDate").value("2020-01-16"))
                .andExpect(jsonPath("$.returns[0].countryFrom").value("LY"))
                .andExpect(jsonPath("$.returns[0].returnKind").value("ASSISTED_VOLUNTARY"))
                .andExpect(jsonPath("$.returns[0].arrivalPoint").value("Aéroport Bamako-Sénou"));
        mvc.perform(get("/api/v1/arrivals/" + group).with(users.as(Role.SHELTER)))
                .andExpect(jsonPath("$.registeredCount").value(1));
        mvc.perform(post("/api/v1/arrivals/" + group + "/returns").with(users.as(Role.RECEPTION))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"personId\":\"" + personId + "\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aPersonPageListsAllTheirReturnsInOrder() throws Exception {
        String personId = person("Bathily");
        created(Role.CASEWORKER, "/api/v1/persons/" + personId + "/returns", """
                {"returnKind":"expulsion","countryFrom":"FRA","arrivalDate":"2019-06-01","detained":true,"detentionDays":40}""");
        created(Role.CASEWORKER, "/api/v1/persons/" + personId + "/returns", """
                {"returnKind":"FORCED_REMOVAL","countryFrom":"Espagne","arrivalDate":"2012-03-10"}""");
        created(Role.CASEWORKER, "/api/v1/persons/" + personId + "/returns", """
                {"returnKind":"refoulement","countryFrom":"DZ","arrivalDate":"2023-11-02"}""");
        mvc.perform(get("/api/v1/persons/" + personId).with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.returns.length()").value(3))
                .andExpect(jsonPath("$.returns[0].countryFrom").value("ES"))
                .andExpect(jsonPath("$.returns[1].countryFrom").value("FR"))
                .andExpect(jsonPath("$.returns[2].returnKind").value("BORDER_REJECTION"));
        String page = mvc.perform(get("/persons/" + personId).with(users.page(Role.CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("2012-03-10", "2019-06-01", "2023-11-02", "Expulsion", "Refoulement");
    }

    @Tag("asvs-2.3.4")
    @Tag("asvs-16.2.1")
    @Test
    void aCorrectionIsAuditedAndAStaleOneRefused() throws Exception {
        String personId = person("Soumaré");
        String returnId = created(Role.CASEWORKER, "/api/v1/persons/" + personId + "/returns", """
                {"returnKind":"FORCED_REMOVAL","countryFrom":"SA","arrivalDate":"2018-02-01"}""").get("id").asString();
        mvc.perform(put("/api/v1/returns/" + returnId).with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"SA\",\"arrivalDate\":\"2018-02-03\",\"version\":0}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1));
        mvc.perform(put("/api/v1/returns/" + returnId).with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"SA\",\"arrivalDate\":\"2018-02-04\",\"version\":0}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_id = :id AND action = 'UPDATE'")
                .param("id", returnId).query(Long.class).single()).isEqualTo(1);
    }

    @Tag("asvs-8.2.1")
    @Test
    void onlyAnAdminRemovesAReturnAndItIsVoidedNotDeleted() throws Exception {
        String personId = person("Kamissoko");
        String returnId = created(Role.CASEWORKER, "/api/v1/persons/" + personId + "/returns", """
                {"returnKind":"FORCED_REMOVAL","countryFrom":"CI","arrivalDate":"2018-02-01"}""").get("id").asString();
        mvc.perform(delete("/api/v1/returns/" + returnId).param("version", "0").with(users.as(Role.CASEWORKER)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/returns/" + returnId).param("version", "0").with(users.as(Role.ADMIN)))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/persons/" + personId).with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.returns.length()").value(0));
        assertThat(jdbc.sql("SELECT voided FROM person_return WHERE id = :id").param("id", java.util.UUID.fromString(returnId))
                .query(Boolean.class).single()).isTrue();
    }

    @Tag("asvs-8.2.2")
    @Test
    void theReturnsOfAProtectedPersonAreInvisibleToRolesThatMayNotSeeThem() throws Exception {
        String personId = created(Role.COORDINATOR, "/api/v1/persons", "{\"familyName\":\"Diakité\",\"restricted\":true}").get("id").asString();
        String returnId = created(Role.COORDINATOR, "/api/v1/persons/" + personId + "/returns", """
                {"returnKind":"FORCED_REMOVAL","countryFrom":"GA","arrivalDate":"2017-05-05"}""").get("id").asString();
        mvc.perform(get("/api/v1/returns/" + returnId).with(users.as(Role.SHELTER))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/returns/" + returnId).with(users.as(Role.CASEWORKER))).andExpect(status().isOk());
    }
}
