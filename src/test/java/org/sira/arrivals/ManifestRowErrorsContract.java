package org.sira.arrivals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A manifest row's problems are kept as codes and arguments, by the rules of the returns import,
 * and written in the language of whoever reads them, not of whoever staged the list.
 */
abstract class ManifestRowErrorsContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    private String group() throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/arrivals").with(users.as(Role.COORDINATOR))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"arrivalDate":"2020-02-10","arrivalPoint":"Gao","countryFrom":"DZ","returnKind":"BORDER_REJECTION","transport":"ROAD_CONVOY","expectedCount":3}"""))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    @Test
    void aRowsProblemsStagedInFrenchAreReadInEnglishByAnEnglishReader() throws Exception {
        String group = group();
        String csv = "nom;prenoms;sexe;date_naissance\nمحمد;;M;1990\nKeïta;Sidi;peut-être;1991\n";
        JsonNode staged = json.readTree(mvc.perform(multipart("/api/v1/arrivals/" + group + "/manifest")
                        .file(new MockMultipartFile("file", "liste.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as(Role.RECEPTION)).header("Accept-Language", "fr"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("rows");
        assertThat(staged.get(0).get("errors").get(0).asString()).contains("lettres latines");
        assertThat(staged.get(1).get("errors").get(0).asString()).contains("peut-être");
        assertThat(staged.get(1).get("status").asString()).isEqualTo("INVALID");

        JsonNode read = json.readTree(mvc.perform(get("/api/v1/arrivals/" + group + "/manifest")
                        .with(users.as(Role.COORDINATOR)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("rows");
        assertThat(read.get(0).get("errors").get(0).asString()).contains("Latin letters");
        assertThat(read.get(1).get("errors").get(0).asString()).startsWith("Unrecognised sex").contains("peut-être");

        String stored = jdbc.sql("SELECT errors FROM manifest_row WHERE group_id = :g AND row_number = 2")
                .param("g", UUID.fromString(group)).query(String.class).single();
        assertThat(stored).contains("manifest.name.latin-required").doesNotContain("lettres");

        String page = mvc.perform(get("/arrivals/" + group + "/manifest").with(users.page(Role.COORDINATOR))
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Latin letters").contains("Unrecognised sex");
    }
}
