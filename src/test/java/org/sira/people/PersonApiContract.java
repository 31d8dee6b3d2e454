package org.sira.people;

import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

abstract class PersonApiContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    private JsonNode create(Role role, String body) throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/persons").with(users.as(role))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith("/api/v1/persons/")))
                .andReturn();
        return json.readTree(result.getResponse().getContentAsString());
    }

    @Test
    void registersAPersonWithFileNumberNormalisedPhoneAndMatchedOrigin() throws Exception {
        JsonNode person = create(Role.RECEPTION, """
                {"familyName":"Traoré","givenNames":"Mahamadou","sex":"M","birthDate":"1990","birthDatePrecision":"ESTIMATED",
                 "fatherGivenName":"Bakary","motherName":"Fanta Keïta","originRegion":"segou","originCommune":"Markala",
                 "phone":"76 12 34 56","documentNumber":"nina-123","externalRef":"api-reg-1"}""");
        assertThat(person.get("fileNumber").asString()).matches("SIR-\\d{4}-\\d{6}");
        assertThat(person.get("phone").asString()).isEqualTo("+22376123456");
        assertThat(person.get("originRegion").asString()).isEqualTo("Ségou");
        assertThat(person.get("originCommune").asString()).isEqualTo("Markala");
        assertThat(person.get("birthDatePrecision").asString()).isEqualTo("ESTIMATED");
        assertThat(person.get("birthDate").asString()).isEqualTo("1990-01-01");
        assertThat(person.get("externalRef").asString()).isEqualTo("api-reg-1");
        assertThat(person.get("version").asInt()).isZero();

        mvc.perform(get("/api/v1/persons/" + person.get("id").asString()).with(users.as(Role.SHELTER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.familyName").value("Traoré"))
                .andExpect(jsonPath("$.returns").isArray());
    }

    @Test
    void keepsAnUnknownCommuneAsWritten() throws Exception {
        JsonNode person = create(Role.RECEPTION, """
                {"familyName":"Sangaré","givenNames":"Oumar","originCommune":"Hameau-Inconnu-Xyz"}""");
        assertThat(person.get("originCommune").asString()).isEqualTo("Hameau-Inconnu-Xyz");
        assertThat(person.get("originCommuneCode")).isNull();
    }

    @Test
    void findsAPersonWhateverTheSpellingCaseAccentsAndWordOrder() throws Exception {
        create(Role.RECEPTION, """
                {"familyName":"KOULIBALY","givenNames":"Djénéba","sex":"F","externalRef":"search-1"}""");
        for (String query : new String[] {"coulibaly djeneba", "Kulibali Jeneba", "DJENEBA koulibaly", "Coulibali"}) {
            mvc.perform(get("/api/v1/persons").param("q", query).with(users.as(Role.CASEWORKER)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items[*].externalRef", hasItem("search-1")));
        }
    }

    @Test
    void findsMahamadouWhenSearchingMamadou() throws Exception {
        create(Role.RECEPTION, """
                {"familyName":"Dembélé","givenNames":"Mahamadou","externalRef":"search-2"}""");
        mvc.perform(get("/api/v1/persons").param("q", "Mamadou Dembele").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.items[0].externalRef").value("search-2"))
                // Returns are not read for a list: no "returns" at all rather than an empty, false one.
                .andExpect(jsonPath("$.items[0].returns").doesNotExist());
    }

    @Test
    void findsCoulibalyAwaFirstWhenSearchingKulibaliAouaTheWayItIsSaid() throws Exception {
        String[][] people = {{"Coulibaly", "Aminata"}, {"Coulibaly", "Moussa"}, {"Coulibaly", "Awa"}, {"Coulibaly", "Oumou"},
            {"Traoré", "Aoua"}};
        for (int i = 0; i < people.length; i++) {
            create(Role.RECEPTION, "{\"familyName\":\"" + people[i][0] + "\",\"givenNames\":\"" + people[i][1]
                    + "\",\"externalRef\":\"aoua-search-" + i + "\"}");
        }
        JsonNode found = json.readTree(mvc.perform(get("/api/v1/persons").param("q", "Kulibali Aoua").with(users.as(Role.CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        // Other tests may have registered a Kulibali Aoua too: among these five, Coulibaly Awa comes first.
        String firstOfThese = null;
        for (JsonNode item : found.get("items")) {
            JsonNode ref = item.get("externalRef");
            if (ref != null && ref.asString().startsWith("aoua-search-")) {
                firstOfThese = ref.asString();
                break;
            }
        }
        assertThat(firstOfThese).isEqualTo("aoua-search-2");
    }

    @Tag("asvs-2.3.4")
    @Test
    void updatesWithTheCurrentVersionAndRefusesAStaleOneWithTheNewerValues() throws Exception {
        JsonNode person = create(Role.RECEPTION, """
                {"familyName":"Diarra","givenNames":"Seydou","externalRef":"update-1"}""");
        String id = person.get("id").asString();
        mvc.perform(put("/api/v1/persons/" + id).with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"familyName":"Diarra","givenNames":"Seydou","fatherGivenName":"Adama","externalRef":"update-1","version":0}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.fatherGivenName").value("Adama"));
        mvc.perform(put("/api/v1/persons/" + id).with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"familyName":"Diarra","givenNames":"Seydou","fatherGivenName":"Moussa","version":0}"""))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail", startsWith("Quelqu’un d’autre a modifié")))
                .andExpect(jsonPath("$.current.fatherGivenName").value("Adama"))
                .andExpect(jsonPath("$.current.version").value(1));
        assertThat(jdbc.sql("SELECT father_given_name FROM person WHERE id = :id").param("id", UUID.fromString(id))
                .query(String.class).single()).isEqualTo("Adama");
    }

    @Tag("asvs-2.2.2")
    @Test
    void reportsInvalidFieldsInFrenchByDefaultAndInEnglishOnRequest() throws Exception {
        String body = """
                {"givenNames":"Awa","sex":"X","birthDate":"2019-02-31","phone":"12"}""";
        mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Requête invalide"))
                .andExpect(jsonPath("$.errors[?(@.field == 'sex')].message", hasItem("Le sexe doit être M ou F.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'birthDate')].message", hasItem(startsWith("Date invalide"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'phone')].message", hasItem(startsWith("Numéro invalide"))));
        mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[?(@.field == 'sex')].message", hasItem("Sex must be M or F.")));
    }

    @Test
    void refusesAPersonWithoutAnyName() throws Exception {
        mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"sex\":\"F\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("familyName"));
    }

    @Test
    void aPrecisionOutsideTheListIsRefusedEvenWithoutABirthDate() throws Exception {
        mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"Imprecise\",\"sex\":\"X\",\"birthDatePrecision\":\"SOMETIMES\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("sex", "birthDatePrecision")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE family_name = 'Imprecise'").query(Long.class).single()).isZero();
    }

    @Test
    void answersMalformedJsonAndWrongTypesWithA400NeverA500() throws Exception {
        mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("unreadable-body"));
        // Well-formed JSON with a value of the wrong type names the field, in the caller's language.
        mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en").content("{\"familyName\": [1,2], \"languages\": \"bm\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("familyName"))
                .andExpect(jsonPath("$.errors[0].message").value("A text is expected."));
        // An id that cannot be one is not found, like an id nobody has.
        mvc.perform(get("/api/v1/persons/not-a-uuid").with(users.as(Role.RECEPTION)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/persons/" + UUID.randomUUID()).with(users.as(Role.RECEPTION)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Tag("asvs-2.2.1")
    @Test
    void refusesHugeStringsWithoutWritingAnything() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
        mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"" + "A".repeat(10_000) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("familyName"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheFirstPerson() throws Exception {
        String body = "{\"familyName\":\"Keïta\",\"givenNames\":\"Salif\"}";
        String key = UUID.randomUUID().toString();
        MvcResult first = mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn();
        MvcResult second = mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn();
        assertThat(json.readTree(second.getResponse().getContentAsString()).get("id"))
                .isEqualTo(json.readTree(first.getResponse().getContentAsString()).get("id"));
    }

    @Test
    void refusesASecondPersonWithTheSameExternalReference() throws Exception {
        create(Role.RECEPTION, "{\"familyName\":\"Cissé\",\"externalRef\":\"dup-ref-1\"}");
        mvc.perform(post("/api/v1/persons").with(users.as(Role.RECEPTION)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"Sissé\",\"externalRef\":\"dup-ref-1\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("externalRef"));
    }

    @Tag("asvs-16.2.1")
    @Test
    void writesAnAuditEntryWithBeforeAndAfterForEveryChange() throws Exception {
        JsonNode person = create(Role.RECEPTION, "{\"familyName\":\"Sidibé\",\"givenNames\":\"Aminata\"}");
        String id = person.get("id").asString();
        mvc.perform(put("/api/v1/persons/" + id).with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"Sidibé\",\"givenNames\":\"Aminata\",\"motherName\":\"Kadia\",\"version\":0}"))
                .andExpect(status().isOk());
        var entries = jdbc.sql("SELECT action, actor, before_state, after_state FROM audit_entry WHERE record_id = :id ORDER BY seq")
                .param("id", id).query().listOfRows();
        assertThat(entries).extracting(row -> row.get("ACTION") != null ? row.get("ACTION") : row.get("action"))
                .containsExactly("CREATE", "UPDATE");
        String after = String.valueOf(entries.get(1).getOrDefault("AFTER_STATE", entries.get(1).get("after_state")));
        assertThat(after).contains("Kadia");
        assertThat(String.valueOf(entries.get(1).getOrDefault("ACTOR", entries.get(1).get("actor")))).isEqualTo("test-caseworker");
    }

    @Test
    void aRenamedPersonIsFoundByTheNewNameOnlyAndTheNewestComesFirst() throws Exception {
        String id = create(Role.RECEPTION, """
                {"familyName":"Zankouma","givenNames":"Oumou","externalRef":"rename-1"}""").get("id").asString();
        mvc.perform(put("/api/v1/persons/" + id).with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"familyName":"Wologuem","givenNames":"Oumou","externalRef":"rename-1","version":0}"""))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/persons").param("q", "Zankouma").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.items[*].externalRef", not(hasItem("rename-1"))));
        mvc.perform(get("/api/v1/persons").param("q", "Wologuem").with(users.as(Role.CASEWORKER)))
                .andExpect(jsonPath("$.items[*].externalRef", hasItem("rename-1")));

        create(Role.RECEPTION, """
                {"familyName":"Dernier","givenNames":"Inscrit","externalRef":"latest-1"}""");
        mvc.perform(get("/api/v1/persons").param("size", "1").with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.items[0].externalRef").value("latest-1"));
    }

    @Test
    void listsArePaged() throws Exception {
        mvc.perform(get("/api/v1/persons").param("size", "2").with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.items.length()", org.hamcrest.Matchers.lessThanOrEqualTo(2)));
    }

    @Test
    void fileNumbersFollowEachOther() throws Exception {
        String first = create(Role.RECEPTION, "{\"familyName\":\"Doumbia\"}").get("fileNumber").asString();
        String second = create(Role.RECEPTION, "{\"familyName\":\"Doumbia\"}").get("fileNumber").asString();
        assertThat(Long.parseLong(second.substring(9))).isEqualTo(Long.parseLong(first.substring(9)) + 1);
        assertThat(second).satisfies(s -> org.hamcrest.MatcherAssert.assertThat(s, matchesPattern("SIR-\\d{4}-\\d{6}")));
    }

    @Test
    void registeringSomeoneWhoLooksLikeAKnownPersonSaysSoWithoutBlocking() throws Exception {
        String phone = "66" + String.format("%06d", (int) (Math.random() * 1_000_000));
        JsonNode known = create(Role.RECEPTION, """
                {"familyName":"Coulibaly","givenNames":"Awa","sex":"F","birthDate":"1991","fatherGivenName":"Bourama",
                 "motherName":"Sitan Diarra","originRegion":"Sikasso","phone":"%s"}""".formatted(phone));
        assertThat(known.get("possibleDuplicates").isArray()).isTrue();

        JsonNode again = create(Role.RECEPTION, """
                {"familyName":"KULIBALI","givenNames":"Awa","sex":"F","fatherGivenName":"Bourama",
                 "motherName":"Sitan Diarra","phone":"%s"}""".formatted(phone));

        assertThat(again.get("fileNumber").asString()).isNotEqualTo(known.get("fileNumber").asString());
        JsonNode first = again.get("possibleDuplicates").get(0);
        assertThat(first.get("personId").asString()).isEqualTo(known.get("id").asString());
        assertThat(first.get("fileNumber").asString()).isEqualTo(known.get("fileNumber").asString());
        assertThat(first.get("score").isNumber()).isTrue();
        assertThat(again.get("possibleDuplicates").findValuesAsString("personId")).doesNotContain(again.get("id").asString());
    }

    @Test
    void aNewcomerLikeNobodyKnownHasNoPossibleDuplicates() throws Exception {
        JsonNode person = create(Role.RECEPTION, """
                {"familyName":"Zqxwvhyrtaoubeka","givenNames":"Pmorglantine","sex":"F","birthDate":"1962"}""");
        assertThat(person.get("possibleDuplicates").isEmpty()).isTrue();
    }
}
