package org.sira.people;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A protected person does not exist for the roles that may not see her, wherever another record
 * names her: the candidates of a manifest, the merges of her record, the 404 of her return.
 */
@Tag("asvs-8.2.2")
@Tag("asvs-8.2.3")
abstract class ProtectedPersonVisibilityContract {

    private static final List<Role> BLIND = List.of(Role.RECEPTION, Role.SHELTER);

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    private JsonNode created(String path, String body) throws Exception {
        return json.readTree(mvc.perform(post(path).with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    /** A trafficking victim with a name nobody else in the test database has. */
    private JsonNode victim(String family, String ref) throws Exception {
        return created("/api/v1/persons", """
                {"familyName":"%s","givenNames":"Mariam","sex":"F","birthDate":"1996-02-11","fatherGivenName":"Souleymane",
                 "motherName":"Aminata Coulibaly","originRegion":"Ségou","phone":"%s","externalRef":"%s",
                 "vulnerabilities":["TRAFFICKING_VICTIM"]}""".formatted(family, phone(family), ref));
    }

    /** A phone number of her own, so that the victims of different tests do not match each other. */
    private static String phone(String family) {
        return "76" + String.format("%06d", Math.floorMod(family.hashCode(), 1_000_000));
    }

    private String group() throws Exception {
        return created("/api/v1/arrivals", """
                {"arrivalDate":"2022-06-01","arrivalPoint":"Bamako-Sénou","countryFrom":"LY","returnKind":"ASSISTED_VOLUNTARY","transport":"FLIGHT"}""")
                .get("id").asString();
    }

    private JsonNode stage(String group, String family, Role role) throws Exception {
        String csv = "nom;prenoms;sexe;date_naissance;prenom_pere;nom_mere;region_origine;telephone\n"
                + family.toUpperCase() + ";Mariam;F;11/02/1996;Souleymane;Aminata Coulibaly;Ségou;" + phone(family) + "\n";
        return json.readTree(mvc.perform(multipart("/api/v1/arrivals/" + group + "/manifest")
                        .file(new MockMultipartFile("file", "manifest.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as(role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String read(String path, Role role) throws Exception {
        boolean api = path.startsWith("/api/");
        return mvc.perform(get(path).with(api ? users.as(role) : users.page(role)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void aManifestStagedByACoordinatorDoesNotShowReceptionOrShelterTheProtectedPersonItNames() throws Exception {
        String family = unique("Canarytraore");
        JsonNode her = victim(family, unique("ref-"));
        String group = group();
        JsonNode staged = stage(group, family, Role.COORDINATOR);
        assertThat(staged.toString()).contains(her.get("id").asString());
        String rowId = staged.get("rows").get(0).get("id").asString();

        for (Role role : BLIND) {
            for (String path : List.of("/api/v1/arrivals/" + group + "/manifest", "/arrivals/" + group + "/manifest",
                    "/arrivals/" + group + "/manifest/" + rowId)) {
                assertThat(read(path, role)).as(role + " " + path)
                        .doesNotContain(her.get("id").asString(), her.get("fileNumber").asString(), her.get("externalRef").asString());
            }
        }
        assertThat(read("/api/v1/arrivals/" + group + "/manifest", Role.COORDINATOR))
                .contains(her.get("id").asString(), her.get("fileNumber").asString(), her.get("externalRef").asString());
        assertThat(read("/arrivals/" + group + "/manifest/" + rowId, Role.CASEWORKER)).contains(her.get("fileNumber").asString());
    }

    @Test
    void aManifestStagedByReceptionStillKnowsTheProtectedPersonSoSheIsNeverRegisteredTwice() throws Exception {
        String family = unique("Canarykeita");
        JsonNode her = victim(family, unique("ref-"));
        String group = group();
        JsonNode staged = stage(group, family, Role.RECEPTION);
        assertThat(staged.toString()).doesNotContain(her.get("id").asString());
        JsonNode row = staged.get("rows").get(0);
        assertThat(row.get("candidates")).isEmpty();
        assertThat(row.get("reserved").asBoolean()).isTrue();

        // Whoever may see her sees her as the row's candidate, although reception staged the list.
        assertThat(read("/api/v1/arrivals/" + group + "/manifest", Role.COORDINATOR)).contains(her.get("id").asString());
        // Reception cannot make her a new person, neither row by row nor all at once.
        mvc.perform(post("/api/v1/arrivals/" + group + "/manifest/rows/" + row.get("id").asString() + "/decision")
                        .with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"decision\":\"NEW_PERSON\",\"version\":0}"))
                .andExpect(status().isUnprocessableContent());
        assertThat(json.readTree(mvc.perform(post("/api/v1/arrivals/" + group + "/manifest/register-new").with(users.as(Role.RECEPTION)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("registered").asInt()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE family_name = :f").param("f", family.toUpperCase())
                .query(Long.class).single() + jdbc.sql("SELECT COUNT(*) FROM person WHERE family_name = :f").param("f", family)
                .query(Long.class).single()).isEqualTo(1);
        // The review page puts her row among those reserved to someone who may see every candidate.
        String page = read("/arrivals/" + group + "/manifest", Role.RECEPTION);
        assertThat(page).contains("Réservées").doesNotContain(her.get("fileNumber").asString());
    }

    @Test
    void onTheSideBySideViewEachScoreStaysAboveItsOwnPersonWhenAProtectedCandidateIsLeftOut() throws Exception {
        String family = unique("Canarydiarra");
        JsonNode her = victim(family, unique("ref-"));
        // An ordinary namesake who agrees on fewer details: a weaker candidate of the same row.
        JsonNode namesake = created("/api/v1/persons", """
                {"familyName":"%s","givenNames":"Mariam","sex":"F","birthDate":"1996","originRegion":"Ségou"}""".formatted(family));
        String group = group();
        JsonNode row = stage(group, family, Role.COORDINATOR).get("rows").get(0);
        assertThat(row.get("candidates")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(row.get("candidates").get(0).get("personId").asString()).isEqualTo(her.get("id").asString());
        assertThat(row.get("candidates").toString()).contains(namesake.get("id").asString());

        String page = read("/arrivals/" + group + "/manifest/" + row.get("id").asString(), Role.RECEPTION);
        assertThat(page).contains(namesake.get("fileNumber").asString()).doesNotContain(her.get("fileNumber").asString());
        String head = page.substring(page.indexOf("<thead>"), page.indexOf("</thead>"));
        for (JsonNode candidate : row.get("candidates")) {
            if (!candidate.get("personId").asString().equals(namesake.get("id").asString())) {
                continue;
            }
            String column = head.substring(head.indexOf(candidate.get("fileNumber").asString()));
            column = column.substring(0, column.indexOf("</th>"));
            String tag = ("MATCH".equals(candidate.get("verdict").asString()) ? "sûr " : "possible ")
                    + String.format(java.util.Locale.ROOT, "%.2f", candidate.get("score").asDouble()).replace('.', ',');
            assertThat(column).as("the column of " + candidate.get("fileNumber").asString()).contains(tag);
        }
    }

    @Test
    void theMergesOfAProtectedPersonAreNotFoundForRolesThatMayNotSeeHerNorForAnUnknownId() throws Exception {
        JsonNode her = victim(unique("Canarysidibe"), unique("ref-"));
        JsonNode other = victim(unique("Canarysidibé"), unique("ref-"));
        mvc.perform(post("/api/v1/persons/" + her.get("id").asString() + "/merge").with(users.as(Role.COORDINATOR))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mergedId\":\"" + other.get("id").asString() + "\"}"))
                .andExpect(status().isOk());
        String path = "/api/v1/persons/" + her.get("id").asString() + "/merges";
        assertThat(read(path, Role.COORDINATOR)).contains(other.get("fileNumber").asString());
        String unknown = UUID.randomUUID().toString();
        for (Role role : BLIND) {
            MockHttpServletResponse hers = mvc.perform(get(path).with(users.as(role))).andReturn().getResponse();
            MockHttpServletResponse nobodys = mvc.perform(get("/api/v1/persons/" + unknown + "/merges").with(users.as(role)))
                    .andReturn().getResponse();
            assertThat(hers.getStatus()).isEqualTo(404);
            assertThat(nobodys.getStatus()).isEqualTo(404);
            assertThat(hers.getContentAsString()).doesNotContain(other.get("fileNumber").asString(), "test-coordinator")
                    .isEqualTo(nobodys.getContentAsString().replace(unknown, her.get("id").asString()));
        }
    }

    @Test
    void theNotFoundOfAProtectedPersonsReturnIsTheNotFoundOfAReturnThatDoesNotExist() throws Exception {
        JsonNode her = victim(unique("Canarytoure"), unique("ref-"));
        String returnId = created("/api/v1/persons/" + her.get("id").asString() + "/returns",
                "{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"FR\",\"arrivalDate\":\"2019-01-01\"}").get("id").asString();
        String unknown = UUID.randomUUID().toString();
        for (Role role : BLIND) {
            for (String language : List.of("fr", "en")) {
                MockHttpServletResponse hers = mvc.perform(get("/api/v1/returns/" + returnId).header("Accept-Language", language)
                        .with(users.as(role))).andReturn().getResponse();
                MockHttpServletResponse nobodys = mvc.perform(get("/api/v1/returns/" + unknown).header("Accept-Language", language)
                        .with(users.as(role))).andReturn().getResponse();
                assertThat(hers.getStatus()).isEqualTo(404);
                assertThat(hers.getContentAsString()).doesNotContain(her.get("id").asString())
                        .isEqualTo(nobodys.getContentAsString().replace(unknown, returnId));
            }
        }
        assertThat(read("/api/v1/returns/" + returnId, Role.COUNSELLOR)).contains(her.get("id").asString());
    }

    @Test
    void theGroupAndItsBoardCountOnlyThePersonsTheReaderMaySeeSoTheirNumbersDoNotBetrayHer() throws Exception {
        JsonNode her = victim(unique("Canarycisse"), unique("ref-"));
        String ordinary = created("/api/v1/persons", "{\"familyName\":\"" + unique("Plaincisse") + "\",\"givenNames\":\"Awa\"}")
                .get("id").asString();
        String group = group();
        for (String person : List.of(her.get("id").asString(), ordinary)) {
            created("/api/v1/arrivals/" + group + "/returns", "{\"personId\":\"" + person + "\"}");
        }
        assertThat(json.readTree(read("/api/v1/arrivals/" + group, Role.COORDINATOR)).get("registeredCount").asInt()).isEqualTo(2);
        assertThat(json.readTree(read("/api/v1/arrivals/" + group + "/board", Role.COORDINATOR)).get("registered").asInt()).isEqualTo(2);
        for (Role role : BLIND) {
            assertThat(json.readTree(read("/api/v1/arrivals/" + group, role)).get("registeredCount").asInt()).as(role.name()).isEqualTo(1);
            assertThat(json.readTree(read("/api/v1/arrivals/" + group + "/board", role)).get("registered").asInt()).as(role.name()).isEqualTo(1);
        }
    }

    private long readsOf(JsonNode person, Role role) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE record_id = :id AND action = 'READ' AND actor = :actor")
                .param("id", person.get("id").asString()).param("actor", "test-" + role.name().toLowerCase()).query(Long.class).single();
    }

    @Test
    @Tag("asvs-16.2.1")
    void showingAProtectedPersonInASearchOrAsAManifestCandidateIsAuditedLikeOpeningHerRecord() throws Exception {
        String family = unique("Canarysanogo");
        JsonNode her = victim(family, unique("ref-"));
        String group = group();
        stage(group, family, Role.COORDINATOR);
        long before = readsOf(her, Role.CASEWORKER);
        assertThat(read("/api/v1/persons?q=" + family + "%20Mariam", Role.CASEWORKER)).contains(her.get("id").asString());
        assertThat(readsOf(her, Role.CASEWORKER)).isEqualTo(before + 1);
        assertThat(read("/api/v1/arrivals/" + group + "/manifest", Role.CASEWORKER)).contains(her.get("id").asString());
        assertThat(readsOf(her, Role.CASEWORKER)).isEqualTo(before + 2);
        read("/api/v1/arrivals/" + group + "/manifest", Role.RECEPTION);
        assertThat(readsOf(her, Role.RECEPTION)).isZero();
    }

    @Test
    void registerNewRegistersTheRowsNobodyIsKnownForOnceAndLeavesHersAlone() throws Exception {
        String family = unique("Canarykone");
        JsonNode her = victim(family, unique("ref-"));
        String newcomer = unique("Newcomer");
        String group = group();
        String csv = "nom;prenoms;sexe;date_naissance;prenom_pere;nom_mere;region_origine;telephone\n"
                + family.toUpperCase() + ";Mariam;F;11/02/1996;Souleymane;Aminata Coulibaly;Ségou;" + phone(family) + "\n"
                + newcomer + ";Seydou;M;2001;;;;\n";
        mvc.perform(multipart("/api/v1/arrivals/" + group + "/manifest")
                        .file(new MockMultipartFile("file", "manifest.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(users.as(Role.RECEPTION)))
                .andExpect(status().isOk());
        for (int expected : new int[] {1, 0}) {
            assertThat(json.readTree(mvc.perform(post("/api/v1/arrivals/" + group + "/manifest/register-new").with(users.as(Role.RECEPTION)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("registered").asInt()).isEqualTo(expected);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE LOWER(family_name) = LOWER(:f)").param("f", newcomer)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE LOWER(family_name) = LOWER(:f)").param("f", family)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person_return WHERE group_id = :g").param("g", UUID.fromString(group))
                .query(Long.class).single()).isEqualTo(1);
        assertThat(read("/api/v1/arrivals/" + group + "/manifest", Role.COORDINATOR)).contains(her.get("id").asString());
    }

    @Test
    void registeringSomeoneLikeAProtectedPersonNamesHerOnlyToRolesThatMaySeeHer() throws Exception {
        // Details of her own (not the other tests' Mariam), so that she never crowds their candidates.
        String family = unique("Prdup");
        String details = ("\"familyName\":\"%s\",\"givenNames\":\"Tenin\",\"sex\":\"F\",\"birthDate\":\"1987-09-23\","
                + "\"fatherGivenName\":\"Tiémoko\",\"motherName\":\"Oumou Sangaré\",\"phone\":\"%s\"").formatted(family, phone(family));
        JsonNode victim = created("/api/v1/persons", "{" + details + ",\"vulnerabilities\":[\"TRAFFICKING_VICTIM\"]}");
        String twin = "{" + details + "}";

        JsonNode byReception = json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION))
                .contentType(MediaType.APPLICATION_JSON).content(twin)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        assertThat(byReception.get("possibleDuplicates").findValuesAsString("personId")).doesNotContain(victim.get("id").asString());
        assertThat(byReception.toString()).doesNotContain(victim.get("fileNumber").asString());

        JsonNode byCoordinator = created("/api/v1/persons", twin);
        assertThat(byCoordinator.get("possibleDuplicates").findValuesAsString("personId")).contains(victim.get("id").asString());
    }
}
