package org.sira.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The statistics agree with a hand count: the test registers random returns in a year nobody
 * else uses, counts them itself, and compares.
 */
abstract class StatisticsApiContract {

    private static final String[][] COUNTRIES = {{"DZ", "AFRICA"}, {"LY", "AFRICA"}, {"FR", "EUROPE"}, {"ES", "EUROPE"},
            {"SA", "ASIA"}, {"US", "NORTH_AMERICA"}, {"BR", "SOUTH_AMERICA"}};
    private static final String[] KINDS = {"FORCED_REMOVAL", "BORDER_REJECTION", "ASSISTED_VOLUNTARY", "SPONTANEOUS_VOLUNTARY"};
    private static final String[][] REGIONS = {{"Kayes", "Kayes"}, {"segou", "Ségou"}, {"Tombouctou", "Tombouctou"}, {null, null}};

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private JsonNode created(String path, String body) throws Exception {
        return json.readTree(mvc.perform(post(path).with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void countsAgreeWithAHandCountOfRandomReturns() throws Exception {
        Random random = new Random(1995);
        Map<String, Long> kind = new HashMap<>();
        Map<String, Long> continent = new HashMap<>();
        Map<String, Long> country = new HashMap<>();
        Map<String, Long> sex = new HashMap<>();
        Map<String, Long> region = new HashMap<>();
        long total = 0;
        List<String> removable = new ArrayList<>();
        for (int p = 0; p < 12; p++) {
            String[] r = REGIONS[random.nextInt(REGIONS.length)];
            String s = random.nextInt(5) == 0 ? null : random.nextBoolean() ? "M" : "F";
            String person = created("/api/v1/persons", "{\"familyName\":\"Stat" + p + "\"" + (s == null ? "" : ",\"sex\":\"" + s + "\"")
                    + (r[0] == null ? "" : ",\"originRegion\":\"" + r[0] + "\"") + "}").get("id").asString();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                String[] c = COUNTRIES[random.nextInt(COUNTRIES.length)];
                String kd = KINDS[random.nextInt(KINDS.length)];
                // Days around the period's edges too: 1994-12-31 and 1996-01-01 must not count.
                LocalDate date = LocalDate.of(1994, 12, 31).plusDays(random.nextInt(367));
                String returnId = created("/api/v1/persons/" + person + "/returns", "{\"returnKind\":\"" + kd
                        + "\",\"countryFrom\":\"" + c[0] + "\",\"arrivalDate\":\"" + date + "\"}").get("id").asString();
                if (random.nextInt(8) == 0) {
                    removable.add(returnId);
                    continue;
                }
                if (date.getYear() == 1995) {
                    total++;
                    kind.merge(kd, 1L, Long::sum);
                    country.merge(c[0], 1L, Long::sum);
                    continent.merge(c[1], 1L, Long::sum);
                    if (s != null) {
                        sex.merge(s, 1L, Long::sum);
                    }
                    if (r[1] != null) {
                        region.merge(r[1], 1L, Long::sum);
                    }
                }
            }
        }
        for (String id : removable) {
            mvc.perform(delete("/api/v1/returns/" + id).param("version", "0").with(users.as(Role.ADMIN))).andExpect(status().isNoContent());
        }
        JsonNode counts = json.readTree(mvc.perform(get("/api/v1/reports/returns").param("from", "1995-01-01").param("to", "1995-12-31")
                .with(users.as(Role.VIEWER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(counts.get("total").asLong()).isEqualTo(total).isPositive();
        assertThat(asMap(counts.get("byKind"))).isEqualTo(kind);
        assertThat(asMap(counts.get("byContinent"))).isEqualTo(continent);
        assertThat(asMap(counts.get("byCountry"))).isEqualTo(country);
        assertThat(asMap(counts.get("bySex"))).isEqualTo(sex);
        assertThat(asMap(counts.get("byOriginRegion"))).isEqualTo(region);
    }

    /** Returns carry their person's sex and region for counting: a correction or a merge must reach them. */
    @Test
    void countsFollowAPersonsCorrectionAndMerges() throws Exception {
        String kept = created("/api/v1/persons", "{\"familyName\":\"Statfollow\",\"sex\":\"M\",\"originRegion\":\"Kayes\"}")
                .get("id").asString();
        String merged = created("/api/v1/persons", "{\"familyName\":\"Statfollow\",\"originRegion\":\"Gao\"}").get("id").asString();
        created("/api/v1/persons/" + kept + "/returns", "{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"GA\",\"arrivalDate\":\"1991-05-01\"}");
        created("/api/v1/persons/" + merged + "/returns", "{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"GA\",\"arrivalDate\":\"1991-06-01\"}");
        assertCounts1991("{\"M\":1}", "{\"Kayes\":1,\"Gao\":1}");

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/persons/" + kept)
                        .with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"Statfollow\",\"sex\":\"F\",\"originRegion\":\"Ségou\",\"version\":0}"))
                .andExpect(status().isOk());
        assertCounts1991("{\"F\":1}", "{\"Ségou\":1,\"Gao\":1}");

        String mergeId = json.readTree(mvc.perform(post("/api/v1/persons/" + kept + "/merge").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mergedId\":\"" + merged + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("id").asString();
        assertCounts1991("{\"F\":2}", "{\"Ségou\":2}");

        mvc.perform(post("/api/v1/merges/" + mergeId + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        assertCounts1991("{\"F\":1}", "{\"Ségou\":1,\"Gao\":1}");
    }

    private void assertCounts1991(String bySex, String byRegion) throws Exception {
        JsonNode counts = json.readTree(mvc.perform(get("/api/v1/reports/returns").param("from", "1991-01-01").param("to", "1991-12-31")
                .with(users.as(Role.VIEWER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(counts.get("total").asLong()).isEqualTo(2);
        assertThat(asMap(counts.get("bySex"))).isEqualTo(asMap(json.readTree(bySex)));
        assertThat(asMap(counts.get("byOriginRegion"))).isEqualTo(asMap(json.readTree(byRegion)));
    }

    /** "Bamako" is the District; regions Sira does not know count once whatever their case or accents. */
    @Test
    void regionsCountOnceHoweverTheyAreWritten() throws Exception {
        String[] written = {"Bamako", "bamako", "District de Bamako", "ML-BKO", "Région de Ségou", "Timbuktu",
                "Abidjan", "ABIDJAN", "ABIDJAN", "abidjan"};
        for (int i = 0; i < written.length; i++) {
            String person = created("/api/v1/persons", "{\"familyName\":\"Statregion\",\"originRegion\":\"" + written[i] + "\"}")
                    .get("id").asString();
            created("/api/v1/persons/" + person + "/returns",
                    "{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"GA\",\"arrivalDate\":\"1989-04-0" + (1 + i % 9) + "\"}");
        }
        JsonNode counts = json.readTree(mvc.perform(get("/api/v1/reports/returns").param("from", "1989-04-01").param("to", "1989-04-30")
                .with(users.as(Role.VIEWER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(asMap(counts.get("byOriginRegion")))
                .isEqualTo(Map.of("District de Bamako", 4L, "Ségou", 1L, "Tombouctou", 1L, "ABIDJAN", 4L));
    }

    @Test
    void theIntervalIsClosedAtBothEnds() throws Exception {
        String person = created("/api/v1/persons", "{\"familyName\":\"Statedge\",\"sex\":\"F\"}").get("id").asString();
        created("/api/v1/persons/" + person + "/returns", "{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"GA\",\"arrivalDate\":\"1993-03-01\"}");
        created("/api/v1/persons/" + person + "/returns", "{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"GA\",\"arrivalDate\":\"1993-03-31\"}");
        mvc.perform(get("/api/v1/reports/returns").param("from", "1993-03-01").param("to", "1993-03-31").with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.byCountry.GA").value(2));
        mvc.perform(get("/api/v1/reports/returns").param("from", "1993-03-02").param("to", "1993-03-30").with(users.as(Role.COORDINATOR)))
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void badPeriodsAreA400AndOnlyStatisticsRolesMayAsk() throws Exception {
        mvc.perform(get("/api/v1/reports/returns").param("from", "2020-13-01").param("to", "2020-12-31").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/returns").param("from", "2020-12-01").param("to", "2020-01-31").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/returns").param("from", "2020-01-01").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/returns").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("from", "to")));
        mvc.perform(get("/api/v1/reports/returns").param("from", "2020-01-01").param("to", "2020-12-31").with(users.as(Role.RECEPTION)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theStatisticsPageShowsTheSemesterWithCharts() throws Exception {
        String person = created("/api/v1/persons", "{\"familyName\":\"Statpage\",\"sex\":\"M\"}").get("id").asString();
        created("/api/v1/persons/" + person + "/returns", "{\"returnKind\":\"BORDER_REJECTION\",\"countryFrom\":\"NE\",\"arrivalDate\":\"1992-02-01\"}");
        String page = mvc.perform(get("/reports/returns").param("period", "1992-S1").with(users.page(Role.VIEWER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<svg", "du 1er janvier 1992 au 30 juin 1992", "Refoulement", "Niger");
    }

    @Test
    void thePeriodsOfferedGoBackToTheEarliestReturn() throws Exception {
        String person = created("/api/v1/persons", "{\"familyName\":\"Statearly\",\"sex\":\"F\"}").get("id").asString();
        created("/api/v1/persons/" + person + "/returns", "{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"GA\",\"arrivalDate\":\"1961-05-01\"}");
        String page = mvc.perform(get("/reports/returns").with(users.page(Role.VIEWER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"1961-S1\"", "value=\"1961\"");
    }

    private static Map<String, Long> asMap(JsonNode node) {
        Map<String, Long> map = new HashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asLong()));
        return map;
    }
}
