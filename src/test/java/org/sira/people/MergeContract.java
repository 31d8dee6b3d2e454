package org.sira.people;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

abstract class MergeContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    private JsonNode created(String path, String body) throws Exception {
        return json.readTree(mvc.perform(post(path).with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void mergingMovesEveryReturnToTheKeptRecordAndUndoingMovesThemBack() throws Exception {
        String kept = created("/api/v1/persons", "{\"familyName\":\"Fofana\",\"givenNames\":\"Bakary\",\"birthDate\":\"1980\"}").get("id").asString();
        String merged = created("/api/v1/persons", "{\"familyName\":\"Fofanah\",\"givenNames\":\"Bakari\"}").get("id").asString();
        created("/api/v1/persons/" + kept + "/returns", "{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"FR\",\"arrivalDate\":\"2011-01-01\"}");
        created("/api/v1/persons/" + merged + "/returns", "{\"returnKind\":\"BORDER_REJECTION\",\"countryFrom\":\"DZ\",\"arrivalDate\":\"2018-01-01\"}");
        created("/api/v1/persons/" + merged + "/returns", "{\"returnKind\":\"ASSISTED_VOLUNTARY\",\"countryFrom\":\"LY\",\"arrivalDate\":\"2020-01-01\"}");

        mvc.perform(post("/api/v1/persons/" + kept + "/merge").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"mergedId\":\"" + merged + "\"}")).andExpect(status().isForbidden());
        String mergeId = json.readTree(mvc.perform(post("/api/v1/persons/" + kept + "/merge").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mergedId\":\"" + merged + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("id").asString();
        mvc.perform(get("/api/v1/persons/" + kept).with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.returns.length()").value(3));
        mvc.perform(get("/api/v1/persons/" + merged).with(users.as(Role.CASEWORKER))).andExpect(status().isNotFound());
        String search = mvc.perform(get("/api/v1/persons").param("q", "Fofana Bakary").with(users.as(Role.CASEWORKER)))
                .andReturn().getResponse().getContentAsString();
        assertThat(search).contains(kept).doesNotContain(merged);

        mvc.perform(post("/api/v1/merges/" + mergeId + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + kept).with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.returns.length()").value(1));
        mvc.perform(get("/api/v1/persons/" + merged).with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.returns.length()").value(2));
        mvc.perform(post("/api/v1/merges/" + mergeId + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_id = :k AND action IN ('MERGE', 'UNMERGE')")
                .param("k", kept).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void onThePersonPageARecordIsMergedByItsFileNumberAndTheMergeCanBeUndone() throws Exception {
        String kept = created("/api/v1/persons", "{\"familyName\":\"Guindo\",\"givenNames\":\"Ali\"}").get("id").asString();
        String fileNumber = created("/api/v1/persons", "{\"familyName\":\"Guindo\",\"givenNames\":\"Aly\"}").get("fileNumber").asString();
        mvc.perform(post("/persons/" + kept + "/merge").param("fileNumber", fileNumber.toLowerCase())
                        .with(users.page(Role.COORDINATOR)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        String page = mvc.perform(get("/persons/" + kept).with(users.page(Role.COORDINATOR))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(fileNumber, "Annuler la fusion");
        String unknown = mvc.perform(post("/persons/" + kept + "/merge").param("fileNumber", "SIR-1900-000000")
                        .with(users.page(Role.COORDINATOR)).with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(unknown).contains("Aucune fiche n° SIR-1900-000000");
    }

    @Test
    void aRecordIsNeverMergedWithItself() throws Exception {
        String kept = created("/api/v1/persons", "{\"familyName\":\"Dicko\"}").get("id").asString();
        mvc.perform(post("/api/v1/persons/" + kept + "/merge").with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"mergedId\":\"" + kept + "\"}")).andExpect(status().isBadRequest());
    }

    private String merged(String kept, String merged) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons/" + kept + "/merge").with(users.as(Role.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mergedId\":\"" + merged + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    @Test
    void aChainOfMergesIsUndoneFromItsLastAndNothingIsMergedIntoARecordMergedAway() throws Exception {
        String first = created("/api/v1/persons", "{\"familyName\":\"Keita\",\"givenNames\":\"Sekou\"}").get("id").asString();
        String second = created("/api/v1/persons", "{\"familyName\":\"Keïta\",\"givenNames\":\"Sékou\"}").get("id").asString();
        String third = created("/api/v1/persons", "{\"familyName\":\"Keyta\",\"givenNames\":\"Sekou\"}").get("id").asString();
        String fourth = created("/api/v1/persons", "{\"familyName\":\"Kéita\",\"givenNames\":\"Seku\"}").get("id").asString();
        String older = merged(second, first);
        String later = merged(third, second);

        mvc.perform(post("/api/v1/persons/" + second + "/merge").with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"mergedId\":\"" + fourth + "\"}")).andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("fusionnée dans une autre")));
        mvc.perform(post("/api/v1/merges/" + older + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/merges/" + later + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        mvc.perform(post("/api/v1/merges/" + older + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons/" + first).with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
    }
}
