package org.sira.reports;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sira.reports.internal.IndependentRank;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The export read as an outsider would read it, beside the statistics endpoint: random returns in
 * a year of their own per seed; for each quarter the totals the endpoint publishes agree with the
 * export's cells where those are published, no published count is under 5, and no suppressed
 * count follows from the published cells and totals (a second exact solver, unless the totals
 * alone give it).
 */
abstract class OpenDataAgainstStatisticsContract {

    private static final Map<String, String[]> COUNTRIES = Map.of("DZ", new String[] {"DZA", "AFRICA"}, "LY", new String[] {"LBY", "AFRICA"},
            "FR", new String[] {"FRA", "EUROPE"}, "ES", new String[] {"ESP", "EUROPE"}, "SA", new String[] {"SAU", "ASIA"});
    private static final String[] KINDS = {"FORCED_REMOVAL", "BORDER_REJECTION", "ASSISTED_VOLUNTARY"};
    private static final String[] REGIONS = {"Kayes", "Gao", "Mopti", null};

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;

    private String created(String path, String body) throws Exception {
        return json.readTree(mvc.perform(post(path).with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    @ParameterizedTest
    @ValueSource(ints = {1974, 1975, 1976})
    void noSuppressedCountFollowsFromTheExportAndTheStatistics(int year) throws Exception {
        Random random = new Random(year);
        List<String> countries = List.of("DZ", "LY", "FR", "ES", "SA");
        for (int p = 0; p < 12; p++) {
            String region = REGIONS[random.nextInt(REGIONS.length)];
            String sex = random.nextInt(4) == 0 ? null : random.nextBoolean() ? "M" : "F";
            String person = created("/api/v1/persons", "{\"familyName\":\"Openstat" + (char) ('a' + year % 10) + "\"" + (sex == null ? "" : ",\"sex\":\"" + sex + "\"")
                    + (region == null ? "" : ",\"originRegion\":\"" + region + "\"") + "}");
            String kind = KINDS[random.nextInt(KINDS.length)];
            String country = countries.get(random.nextInt(countries.size()));
            java.util.Set<Integer> days = new java.util.TreeSet<>();
            for (int r = p == 0 ? 40 : 1 + random.nextInt(16); r > 0; r--) {
                days.add(random.nextInt(365));
            }
            for (int day : days) {
                created("/api/v1/persons/" + person + "/returns", "{\"returnKind\":\"" + kind + "\",\"countryFrom\":\"" + country
                        + "\",\"arrivalDate\":\"" + LocalDate.of(year, 1, 1).plusDays(day) + "\"}");
            }
        }
        check(year, "year", "return_kind,sex,origin_region");
        check(year, "quarter", "country_from,sex");
        check(year, "quarter", "return_kind,continent");
    }

    private void check(int year, String period, String by) throws Exception {
        String csv = mvc.perform(get("/api/v1/exports/open-data").param("from", year + "-01-01").param("to", year + "-12-31")
                        .param("period", period).param("by", by).with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<CSVRecord> rows = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())
                .getRecords();
        assertThat(rows).isNotEmpty();
        int parts = period.equals("year") ? 1 : 4;
        for (int part = 1; part <= parts; part++) {
            String label = parts == 1 ? String.valueOf(year) : year + "-Q" + part;
            List<CSVRecord> cells = rows.stream().filter(r -> r.get("period").equals(label)).toList();
            LocalDate start = LocalDate.of(year, 12 / parts * (part - 1) + 1, 1);
            JsonNode stats = json.readTree(mvc.perform(get("/api/v1/reports/returns").param("from", start.toString())
                    .param("to", start.plusMonths(12 / parts).minusDays(1).toString()).with(users.as(Role.VIEWER)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            checkPeriod(cells, stats, List.of(by.split(",")));
            suppressedSeen += cells.stream().filter(r -> r.get("count").isEmpty()).count();
            publishedSeen += cells.stream().filter(r -> !r.get("count").isEmpty()).count();
        }
    }

    private long suppressedSeen;
    private long publishedSeen;

    @org.junit.jupiter.api.AfterEach
    void theDataHadBothPublishedAndSuppressedCells() {
        assertThat(suppressedSeen).isPositive();
        assertThat(publishedSeen).isPositive();
    }

    private void checkPeriod(List<CSVRecord> cells, JsonNode stats, List<String> by) {
        BitSet suppressed = new BitSet();
        for (int i = 0; i < cells.size(); i++) {
            String count = cells.get(i).get("count");
            if (count.isEmpty()) {
                suppressed.set(i);
            } else {
                assertThat(Long.parseLong(count)).isGreaterThanOrEqualTo(5);
            }
        }
        Map<String, String> continentOf = new HashMap<>();
        COUNTRIES.values().forEach(c -> continentOf.put(c[0], c[1]));
        List<int[]> sums = new ArrayList<>();
        sums.addAll(published(cells, suppressed, r -> "total", key -> stats.get("total").asLong()));
        if (by.contains("return_kind")) {
            sums.addAll(published(cells, suppressed, r -> r.get("return_kind"), key -> stats.get("byKind").get(key).asLong()));
        }
        if (by.contains("continent") || by.contains("country_from")) {
            sums.addAll(published(cells, suppressed, r -> by.contains("continent") ? r.get("continent") : continentOf.get(r.get("country_from")),
                    key -> stats.get("byContinent").get(key).asLong()));
        }
        if (by.contains("country_from")) {
            sums.addAll(published(cells, suppressed, r -> r.get("country_from"), key -> stats.get("byCountry").get(
                    COUNTRIES.entrySet().stream().filter(e -> e.getValue()[0].equals(key)).findFirst().orElseThrow().getKey()).asLong()));
        }
        if (by.contains("sex")) {
            sums.addAll(published(cells, suppressed, r -> r.get("sex"), key -> key.equals("unknown")
                    ? stats.get("unknown").get("sex").asLong() : stats.get("bySex").get(key).asLong()));
        }
        if (by.contains("origin_region")) {
            sums.addAll(published(cells, suppressed, r -> r.get("origin_region"), key -> key.equals("unknown")
                    ? stats.get("unknown").get("originRegion").asLong() : stats.get("byOriginRegion").get(key).asLong()));
        }
        BitSet every = new BitSet();
        every.set(0, cells.size());
        for (int cell = suppressed.nextSetBit(0); cell >= 0; cell = suppressed.nextSetBit(cell + 1)) {
            if (!IndependentRank.recoverable(sums, every, cell)) {
                assertThat(IndependentRank.recoverable(sums, suppressed, cell)).as("suppressed %s", cells.get(cell)).isFalse();
            }
        }
    }

    /** The cells of each published total; where none of them is suppressed, they add up to it. */
    private static List<int[]> published(List<CSVRecord> cells, BitSet suppressed, Function<CSVRecord, String> key,
                                         Function<String, Long> total) {
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < cells.size(); i++) {
            groups.computeIfAbsent(key.apply(cells.get(i)), k -> new ArrayList<>()).add(i);
        }
        List<int[]> sums = new ArrayList<>();
        groups.forEach((value, members) -> {
            if (members.stream().noneMatch(suppressed::get)) {
                assertThat(members.stream().mapToLong(i -> Long.parseLong(cells.get(i).get("count"))).sum()).as(value).isEqualTo(total.apply(value));
            }
            sums.add(members.stream().mapToInt(Integer::intValue).toArray());
        });
        return sums;
    }
}
