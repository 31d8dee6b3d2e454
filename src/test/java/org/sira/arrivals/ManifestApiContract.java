package org.sira.arrivals;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

abstract class ManifestApiContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    private JsonNode created(String path, String body) throws Exception {
        return json.readTree(mvc.perform(post(path).with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private JsonNode stage(String group, String csv, int expectedStatus) throws Exception {
        String body = mvc.perform(multipart("/api/v1/arrivals/" + group + "/manifest")
                        .file(new MockMultipartFile("file", "manifest.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as(Role.RECEPTION)))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private String group() throws Exception {
        return created("/api/v1/arrivals", """
                {"arrivalDate":"2020-01-15","arrivalPoint":"Gao","countryFrom":"DZ","returnKind":"BORDER_REJECTION","transport":"ROAD_CONVOY","expectedCount":180}""")
                .get("id").asString();
    }

    @Test
    void recognisesAKnownPersonUnderAnotherSpellingAndFlagsRepeatedRows() throws Exception {
        String known = created("/api/v1/persons", """
                {"familyName":"Kamissokho","givenNames":"Mahamadou","sex":"M","birthDate":"1991","fatherGivenName":"Bakary",
                 "motherName":"Fanta Diallo","originRegion":"Kayes","phone":"76 11 22 33","externalRef":"mf-known-1"}""").get("id").asString();
        String csv = """
                nom;prenoms;sexe;date_naissance;prenom_pere;nom_mere;region_origine;telephone
                KAMISOKO;Mamadou;M;1991;Bakari;Fanta Diallo;Kayes;76112233
                Zerbo;Yacouba;M;1999;Issa;Awa;Mopti;
                ZERBO;Yacouba;M;1999;Issa;Awa;Mopti;
                ;;M;1990;;;;
                محمد;;M;1990;;;;
                """;
        JsonNode rows = stage(group(), csv, 200).get("rows");
        assertThat(rows).hasSize(5);
        JsonNode first = rows.get(0);
        assertThat(first.get("row").asInt()).isEqualTo(2);
        assertThat(first.get("candidates").get(0).get("personId").asString()).isEqualTo(known);
        assertThat(first.get("candidates").get(0).get("verdict").asString()).isEqualTo("MATCH");
        assertThat(first.get("candidates").get(0).get("externalRef").asString()).isEqualTo("mf-known-1");
        assertThat(rows.get(1).get("candidates")).isEmpty();
        assertThat(rows.get(2).get("sameAsRow").asInt()).isEqualTo(3);
        assertThat(rows.get(3).get("errors")).isNotEmpty();
        assertThat(rows.get(4).get("errors").get(0).asString()).contains("lettres latines");
    }

    @Tag("asvs-5.2.1")
    @Tag("asvs-5.2.2")
    @Test
    void aWrongFileOrAHugeManifestIsRefusedAndNothingIsStaged() throws Exception {
        String group = group();
        stage(group, "", 400);
        StringBuilder huge = new StringBuilder("nom;prenoms\n");
        for (int i = 0; i < 5_000; i++) {
            huge.append("Name").append(i).append(";Moussa\n");
        }
        stage(group, huge.toString(), 400);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM manifest_row WHERE group_id = :g").param("g", java.util.UUID.fromString(group))
                .query(Long.class).single()).isZero();
    }

    @Tag("asvs-2.3.4")
    @Test
    void decisionsAddReturnsAndTwoReviewersCannotDecideTheSameRowTwice() throws Exception {
        String known = created("/api/v1/persons", """
                {"familyName":"Dembélé","givenNames":"Siaka","sex":"M","birthDate":"1988-04-02","fatherGivenName":"Lassana","originRegion":"Sikasso"}""")
                .get("id").asString();
        String group = group();
        JsonNode rows = stage(group, "nom;prenoms;sexe;date_naissance;prenom_pere\nDEMBELE;Siaka;M;02/04/1988;Lassana\nTangara;Oumou;F;1995;Moussa\n", 200)
                .get("rows");
        String linked = rows.get(0).get("id").asString();
        String fresh = rows.get(1).get("id").asString();
        String decision = "{\"decision\":\"SAME_PERSON\",\"personId\":\"" + known + "\",\"version\":0}";
        ExecutorService two = Executors.newFixedThreadPool(2);
        Callable<Integer> decide = () -> mvc.perform(post("/api/v1/arrivals/" + group + "/manifest/rows/" + linked + "/decision")
                        .with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON).content(decision))
                .andReturn().getResponse().getStatus();
        Future<Integer> a = two.submit(decide);
        Future<Integer> b = two.submit(decide);
        assertThat(java.util.List.of(a.get(), b.get())).containsExactlyInAnyOrder(200, 409);
        two.shutdown();
        mvc.perform(post("/api/v1/arrivals/" + group + "/manifest/rows/" + fresh + "/decision").with(users.as(Role.RECEPTION))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"NEW_PERSON\",\"version\":0}"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_return WHERE group_id = :g").param("g", java.util.UUID.fromString(group))
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_return WHERE person_id = :p").param("p", java.util.UUID.fromString(known))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void sayingARowIsAKnownPersonCompletesThemWithWhatTonightsListSays() throws Exception {
        String known = created("/api/v1/persons", """
                {"familyName":"Coulibaly","givenNames":"Fatoumata","sex":"F","birthDate":"1993","phone":"76 11 22 44"}""")
                .get("id").asString();
        String group = group();
        String row = stage(group, "nom;prenoms;sexe;date_naissance;region_origine;commune_origine;telephone;prenom_pere\n"
                + "COULIBALY;Fatoumata;F;1993;Kayes;Kita;66 55 44 33;Drissa\n", 200).get("rows").get(0).get("id").asString();
        mvc.perform(post("/api/v1/arrivals/" + group + "/manifest/rows/" + row + "/decision").with(users.as(Role.RECEPTION))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"SAME_PERSON\",\"personId\":\"" + known + "\",\"version\":0}"))
                .andExpect(status().isOk());
        JsonNode person = json.readTree(mvc.perform(get("/api/v1/persons/" + known).with(users.as(Role.RECEPTION)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(person.get("phones").toString()).isEqualTo("[\"+22366554433\",\"+22376112244\"]");
        assertThat(person.get("originCommune").asString()).isEqualTo("Kita");
        assertThat(person.get("fatherGivenName").asString()).isEqualTo("Drissa");
        assertThat(person.get("version").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_type = 'PERSON' AND record_id = :id AND action = 'UPDATE'").param("id", known)
                .query(Long.class).single()).isEqualTo(1);
    }
}
