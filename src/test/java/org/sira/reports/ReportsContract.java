package org.sira.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sira.reports.internal.TallyRefresher;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every standard report checked against a dataset whose counts are known by hand, in years no
 * other test uses (1966 to 1968): the JSON API, the page, the workbook read back and the PDF's text.
 * The first semester of 1967 holds six returns (one more is removed, one falls on 1 July):
 * <pre>
 *  person  sex  born        region      vulnerability        return                                       rights check
 *  P5      F    1915-01-01  Gao         -                    1967-01-01 BORDER_REJECTION NE  "GOGUI"      detained 10 days, violence, belongings
 *  P1      F    1935-05-10  Kayes       PREGNANT             1966-02-10 FORCED_REMOVAL DZ; 1967-03-01 BORDER_REJECTION DZ   detained (days unknown), wages
 *  P2      M    1945-01-01  Ségou       -                    1967-02-02 removed; 1967-04-05 ASSISTED_VOLUNTARY LY; 1967-05-06 ASSISTED_VOLUNTARY FR   1967-04-05: not detained
 *  P3      M    1951-06-01  Tombouctou  UNACCOMPANIED_MINOR  1967-05-31 SPONTANEOUS_VOLUNTARY FR "Gogui" (15 years old, 16 the next day)
 *  P4      -    -           -           -                    1967-06-30 FORCED_REMOVAL US; 1967-07-01 FORCED_REMOVAL US
 * </pre>
 */
abstract class ReportsContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired TallyRefresher tallies;

    @BeforeEach
    void theDatasetIsThere() throws Exception {
        if (api("/api/v1/reports/returns", "from", "1966-01-01", "to", "1968-12-31").get("total").asLong() > 0) {
            return;
        }
        String p5 = person("{\"familyName\":\"Rapcinq\",\"sex\":\"F\",\"birthDate\":\"1915-01-01\",\"originRegion\":\"Gao\"}");
        String p1 = person("{\"familyName\":\"Rapun\",\"sex\":\"F\",\"birthDate\":\"1935-05-10\",\"originRegion\":\"Kayes\","
                + "\"vulnerabilities\":[\"PREGNANT\"]}");
        String p2 = person("{\"familyName\":\"Rapdeux\",\"sex\":\"M\",\"birthDate\":\"1945-01-01\",\"originRegion\":\"Ségou\"}");
        String p3 = person("{\"familyName\":\"Raptrois\",\"sex\":\"M\",\"birthDate\":\"1951-06-01\",\"originRegion\":\"Tombouctou\","
                + "\"vulnerabilities\":[\"UNACCOMPANIED_MINOR\"]}");
        String p4 = person("{\"familyName\":\"Rapquatre\"}");
        rights(ret(p5, "BORDER_REJECTION", "NE", "1967-01-01", "GOGUI"), Map.of("detained", "true", "detentionDays", "10",
                "violence", "true", "belongingsWithheld", "true", "wagesUnpaid", "false"));
        ret(p1, "FORCED_REMOVAL", "DZ", "1966-02-10", null);
        rights(ret(p1, "BORDER_REJECTION", "DZ", "1967-03-01", null), Map.of("detained", "true", "wagesUnpaid", "true",
                "violence", "false", "belongingsWithheld", "false"));
        mvc.perform(delete("/api/v1/returns/" + ret(p2, "FORCED_REMOVAL", "DZ", "1967-02-02", null)).param("version", "0")
                .with(users.as(Role.ADMIN))).andExpect(status().isNoContent());
        rights(ret(p2, "ASSISTED_VOLUNTARY", "LY", "1967-04-05", null), Map.of("detained", "false"));
        ret(p2, "ASSISTED_VOLUNTARY", "FR", "1967-05-06", null);
        ret(p3, "SPONTANEOUS_VOLUNTARY", "FR", "1967-05-31", "Gogui");
        ret(p4, "FORCED_REMOVAL", "US", "1967-06-30", null);
        ret(p4, "FORCED_REMOVAL", "US", "1967-07-01", null);
    }

    @Test
    void theReturneesReportCountsTheDatasetAsTheStatisticsEndpointDoes() throws Exception {
        JsonNode report = api("/api/v1/reports/returnees", "period", "1967-S1");
        JsonNode statistics = api("/api/v1/reports/returns", "from", "1967-01-01", "to", "1967-06-30");
        assertThat(report.get("counts")).isEqualTo(statistics);
        assertThat(report.get("counts").get("total").asLong()).isEqualTo(6);
        assertThat(map(report.get("counts").get("byKind"))).isEqualTo(Map.of("BORDER_REJECTION", 2L, "ASSISTED_VOLUNTARY", 2L,
                "SPONTANEOUS_VOLUNTARY", 1L, "FORCED_REMOVAL", 1L));
        assertThat(map(report.get("counts").get("byContinent"))).isEqualTo(Map.of("AFRICA", 3L, "EUROPE", 2L, "NORTH_AMERICA", 1L));
        assertThat(map(report.get("counts").get("bySex"))).isEqualTo(Map.of("F", 2L, "M", 3L));
        assertThat(map(report.get("counts").get("byOriginRegion")))
                .isEqualTo(Map.of("Gao", 1L, "Kayes", 1L, "Ségou", 2L, "Tombouctou", 1L));
        assertThat(map(report.get("byAgeBand"))).isEqualTo(Map.of("0-17", 1L, "18-24", 2L, "25-34", 1L, "35-44", 0L,
                "45+", 1L, "unknown", 1L));
        assertThat(report.get("minors").asLong()).isEqualTo(1);
        assertThat(map(report.get("byVulnerability"))).isEqualTo(Map.of("PREGNANT", 1L, "UNACCOMPANIED_MINOR", 1L));
        assertThat(report.get("withVulnerability").asLong()).isEqualTo(2);
        assertThat(report.get("firstReturns").asLong()).isEqualTo(4);
        assertThat(report.get("repeatReturns").asLong()).isEqualTo(2);
        assertThat(map(report.get("byCountryAndKind").get("FR"))).isEqualTo(Map.of("ASSISTED_VOLUNTARY", 1L, "SPONTANEOUS_VOLUNTARY", 1L));
        assertThat(report.get("period").get("from").asString()).isEqualTo("1967-01-01");
    }

    @Test
    void anArrivalPointKeepsOnlyItsReturnsWhateverItsCase() throws Exception {
        JsonNode report = api("/api/v1/reports/returnees", "from", "1967-01-01", "to", "1967-06-30", "arrivalPoint", "gogui");
        assertThat(report.get("counts").get("total").asLong()).isEqualTo(2);
        assertThat(report.get("minors").asLong()).isEqualTo(1);
        assertThat(report.get("arrivalPoint").asString()).isEqualTo("gogui");
        assertThat(api("/api/v1/reports/rights", "period", "1967-S1", "arrivalPoint", "Gogui").get("checked").asLong()).isEqualTo(1);
    }

    @Test
    void theTrendsGiveEveryYearOfTheSpanByKind() throws Exception {
        JsonNode trends = api("/api/v1/reports/trends", "fromYear", "1966", "toYear", "1968");
        assertThat(trends.get("years")).hasSize(3);
        assertThat(map(trends.get("years").get(0).get("byKind"))).isEqualTo(Map.of("FORCED_REMOVAL", 1L, "BORDER_REJECTION", 0L,
                "ASSISTED_VOLUNTARY", 0L, "SPONTANEOUS_VOLUNTARY", 0L));
        assertThat(map(trends.get("years").get(1).get("byKind"))).isEqualTo(Map.of("FORCED_REMOVAL", 2L, "BORDER_REJECTION", 2L,
                "ASSISTED_VOLUNTARY", 2L, "SPONTANEOUS_VOLUNTARY", 1L));
        assertThat(trends.get("years").get(1).get("total").asLong())
                .isEqualTo(api("/api/v1/reports/returns", "from", "1967-01-01", "to", "1967-12-31").get("total").asLong())
                .isEqualTo(7);
        assertThat(trends.get("years").get(2).get("total").asLong()).isZero();
    }

    @Test
    void theRightsReportCountsTheChecksOfTheSemester() throws Exception {
        JsonNode rights = api("/api/v1/reports/rights", "period", "1967-S1");
        assertThat(rights.get("returns").asLong()).isEqualTo(6);
        assertThat(rights.get("checked").asLong()).isEqualTo(3);
        assertThat(rights.get("notChecked").asLong()).isEqualTo(3);
        assertThat(rights.get("all").get("detained").asLong()).isEqualTo(2);
        assertThat(rights.get("all").get("mistreated").asLong()).isEqualTo(1);
        assertThat(rights.get("all").get("belongingsWithheld").asLong()).isEqualTo(1);
        assertThat(rights.get("all").get("wagesUnpaid").asLong()).isEqualTo(1);
        assertThat(map(rights.get("detentionLength"))).isEqualTo(Map.of("0-7", 0L, "8-30", 1L, "31-90", 0L, "91+", 0L, "unknown", 1L));
        assertThat(rights.get("detentionDaysAverage").asDouble()).isEqualTo(10.0);
        Map<String, JsonNode> byCountry = new HashMap<>();
        rights.get("byCountry").forEach(c -> byCountry.put(c.get("country").asString(), c));
        assertThat(byCountry.keySet()).containsExactlyInAnyOrder("NE", "DZ", "LY", "FR", "US");
        assertThat(byCountry.get("NE").get("figures").get("mistreated").asLong()).isEqualTo(1);
        assertThat(byCountry.get("DZ").get("figures").get("wagesUnpaid").asLong()).isEqualTo(1);
        assertThat(byCountry.get("FR").get("returns").asLong()).isEqualTo(2);
        assertThat(byCountry.get("FR").get("checked").asLong()).isZero();
    }

    @Test
    void badParametersAreA400InTheReadersLanguageAndOnlyStatisticsRolesMayAsk() throws Exception {
        mvc.perform(get("/api/v1/reports/returnees").param("period", "1967-S3").header("Accept-Language", "en")
                        .with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("period"))
                .andExpect(jsonPath("$.errors[0].message").value("Unknown period: write 2024, 2024-S1 or 2024-S2."));
        mvc.perform(get("/api/v1/reports/returnees").param("period", "1967-S3").with(users.as(Role.VIEWER)))
                .andExpect(jsonPath("$.errors[0].message").value("Période inconnue : écrire 2024, 2024-S1 ou 2024-S2."));
        mvc.perform(get("/api/v1/reports/returnees").with(users.as(Role.VIEWER))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("from", "to")));
        mvc.perform(get("/api/v1/reports/rights").param("from", "1967-06-30").param("to", "1967-01-01").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/reports/rights").param("from", "1967-02-30").param("to", "1967-03-01").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/reports/trends").param("fromYear", "abc").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fromYear"));
        mvc.perform(get("/api/v1/reports/trends").param("fromYear", "1968").param("toYear", "1966").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("toYear"));
        mvc.perform(get("/api/v1/reports/trends").param("fromYear", "1800").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fromYear"));
        mvc.perform(get("/api/v1/reports/returnees").param("period", "1967").param("arrivalPoint", "x".repeat(101))
                .with(users.as(Role.VIEWER))).andExpect(status().isBadRequest());
        for (String path : new String[] {"/api/v1/reports/returnees", "/api/v1/reports/rights", "/api/v1/reports/trends"}) {
            mvc.perform(get(path).param("period", "1967").with(users.as(Role.RECEPTION))).andExpect(status().isForbidden());
            mvc.perform(get(path).param("period", "1967").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        }
        mvc.perform(get("/reports/returnees").param("period", "1967-S1").with(users.page(Role.CASEWORKER)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/returnees.pdf").param("period", "1967-S1").with(users.page(Role.SHELTER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void theReturneesPageShowsTheHeadlineChartsAndTablesInFrenchOrEnglish() throws Exception {
        String french = page("/reports/returnees", "fr", "period", "1967-S1");
        // Kept for a person to open in a browser beside the PDFs.
        Files.writeString(Files.createDirectories(Path.of("target", "report-pages")).resolve("returnees-1967-S1.html"), french);
        assertThat(french).contains("6 personnes rentrées au premier semestre 1967, d’Afrique, d’Europe et d’Amérique du Nord.",
                "data:image/svg+xml;base64,", "Refoulement", "Niger", "0 à 17 ans", "Déjà rentré(e) auparavant", "Enceinte",
                "/reports/returnees.pdf?period=1967-S1");
        String english = page("/reports/returnees", "en", "from", "1967-01-01", "to", "1967-06-30");
        assertThat(english).contains("6 returnees from 1 January 1967 to 30 June 1967, from Africa, Europe and North America.",
                "Border rejection");
        assertThat(page("/reports/trends", "fr", "fromYear", "1966", "toYear", "1968"))
                .contains("8 retours de 1966 à 1968.", "data:image/svg+xml;base64,");
        assertThat(page("/reports/rights", "en", "period", "1967-S1")).contains("3 rights checks for 6 returns in the first semester of 1967");
        String refused = mvc.perform(get("/reports/returnees").param("period", "1967-S9").with(users.page(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Période inconnue");
    }

    @Test
    void theWorkbooksHoldTheSameFiguresAsNumbers() throws Exception {
        Map<String, Map<String, Object>> returnees = workbook(download("/reports/returnees.xlsx", "period", "1967-S1"));
        assertThat(returnees.get("Par type de retour")).containsEntry("Refoulement", 2.0).containsEntry("Expulsion", 1.0)
                .containsEntry("Retour volontaire assisté", 2.0).containsEntry("Retour volontaire spontané", 1.0);
        assertThat(returnees.get("Par âge à l’arrivée")).containsEntry("0 à 17 ans", 1.0).containsEntry("45 ans et plus", 1.0)
                .containsEntry("Âge inconnu", 1.0);
        assertThat(returnees.get("Par sexe")).containsEntry("Femme", 2.0).containsEntry("Homme", 3.0).containsEntry("Inconnu", 1.0);
        assertThat(returnees.get("Premiers retours et retours répétés")).containsEntry("Premier retour", 4.0)
                .containsEntry("Déjà rentré(e) auparavant", 2.0);
        assertThat(returnees.get("Par pays de provenance")).containsEntry("France", 2.0).containsEntry("Niger", 1.0);
        Map<String, Map<String, Object>> trends = workbook(download("/reports/trends.xlsx", "fromYear", "1966", "toYear", "1968"));
        assertThat(trends.get("Retours par année et type de retour")).containsEntry("1966", 1.0).containsEntry("1967", 7.0)
                .containsEntry("1968", 0.0);
        Map<String, Map<String, Object>> rights = workbook(download("/reports/rights.xlsx", "period", "1967-S1"));
        assertThat(rights.get("Ce que les contrôles ont relevé")).containsEntry("Détenu(e) avant le retour", 2.0)
                .containsEntry("Violences ou mauvais traitements", 1.0);
    }

    @Test
    void thePdfsCarryTheHeadlineAndTablesAndRenderWithTheirCharts() throws Exception {
        String returnees = pdf(download("/reports/returnees.pdf", "period", "1967-S1"), "returnees-1967-S1");
        assertThat(returnees).contains("6 personnes rentrées au premier semestre 1967", "Par type de retour", "Refoulement",
                "Mineurs (moins de 18 ans à l’arrivée)", "Tombouctou");
        String trends = pdf(download("/reports/trends.pdf", "fromYear", "1966", "toYear", "1968"), "trends-1966-1968");
        assertThat(trends).contains("8 retours de 1966 à 1968.", "1967");
        String rights = pdf(download("/reports/rights.pdf", "period", "1967-S1"), "rights-1967-S1");
        assertThat(rights).contains("3 contrôles des droits pour 6 retours au premier semestre 1967", "Niger");
        MockHttpServletResponse english = mvc.perform(get("/reports/returnees.pdf").param("period", "1967-S1")
                .header("Accept-Language", "en").with(users.page(Role.COORDINATOR))).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(english.getHeader("Content-Disposition")).contains("sira-returnees-1967-S1.pdf");
        assertThat(pdf(english.getContentAsByteArray(), "returnees-1967-S1-en")).contains("6 returnees in the first semester of 1967");
    }

    @Test
    void theDashboardIsTheHomeOfCoordinatorsAndViewersAndAgreesWithTheReports() throws Exception {
        mvc.perform(get("/").with(users.page(Role.VIEWER))).andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/dashboard"));
        mvc.perform(get("/").with(users.page(Role.COORDINATOR)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/dashboard"));
        mvc.perform(get("/").with(users.page(Role.RECEPTION)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/persons"));
        java.time.LocalDate today = java.time.LocalDate.now();
        ReportPeriod semester = ReportPeriod.semesterOf(today);
        String person = person("{\"familyName\":\"Rapdash\",\"sex\":\"F\",\"birthDate\":\"" + today.minusYears(10) + "\"}");
        ret(person, "ASSISTED_VOLUNTARY", "LY", today.toString(), null);
        JsonNode report = api("/api/v1/reports/returnees", "from", semester.from().toString(), "to", semester.to().toString());
        JsonNode rights = api("/api/v1/reports/rights", "from", semester.from().toString(), "to", semester.to().toString());
        String dashboard = mvc.perform(get("/dashboard").with(users.page(Role.VIEWER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String column = dashboard.substring(dashboard.indexOf("Ce semestre"));
        assertThat(column).contains(">" + report.get("counts").get("total").asLong() + "</a>",
                ">" + report.get("minors").asLong() + "</a>", ">" + rights.get("notChecked").asLong() + "</a>",
                "/reports/returnees?from=" + semester.from() + "&amp;to=" + semester.to());
        assertThat(report.get("minors").asLong()).isPositive();
        assertThat(dashboard).doesNotContain("Liste des arrivées");
        assertThat(mvc.perform(get("/dashboard").with(users.page(Role.COORDINATOR))).andReturn().getResponse().getContentAsString())
                .contains("Liste des arrivées");
        mvc.perform(get("/dashboard").with(users.page(Role.RECEPTION))).andExpect(status().isForbidden());
    }

    private String person(String body) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private String ret(String person, String kind, String country, String date, String point) throws Exception {
        String body = "{\"returnKind\":\"" + kind + "\",\"countryFrom\":\"" + country + "\",\"arrivalDate\":\"" + date + "\""
                + (point == null ? "" : ",\"arrivalPoint\":\"" + point + "\"") + "}";
        return json.readTree(mvc.perform(post("/api/v1/persons/" + person + "/returns").with(users.as(Role.COORDINATOR))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    /** Through the reception's own form, as a volunteer records it. */
    private void rights(String returnId, Map<String, String> answers) throws Exception {
        var request = post("/returns/" + returnId + "/rights").with(users.page(Role.RECEPTION)).with(csrf());
        answers.forEach(request::param);
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** Read before and after the months' kept counts are counted again: the two must not differ. */
    private JsonNode api(String path, String... params) throws Exception {
        JsonNode counted = ask().api(path, params);
        tallies.refreshStale();
        JsonNode kept = ask().api(path, params);
        assertThat(kept).as("%s with every month kept", path).isEqualTo(counted);
        return kept;
    }

    private String page(String path, String language, String... params) throws Exception {
        return ask().page(path, language, params);
    }

    private byte[] download(String path, String... params) throws Exception {
        return ask().download(path, params);
    }

    private ReportRequests ask() {
        return new ReportRequests(mvc, users, json);
    }

    /** Each table sheet by its title (first cell), as label (first column) to the last column's number. */
    private static Map<String, Map<String, Object>> workbook(byte[] xlsx) throws Exception {
        return ReportRequests.workbook(xlsx);
    }

    /** The PDF's text; page 1 is also drawn to {@code target/report-pages/NAME.png} for a person to look at. */
    private static String pdf(byte[] bytes, String name) throws Exception {
        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(bytes)) {
            Path folder = Files.createDirectories(Path.of("target", "report-pages"));
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", folder.resolve(name + ".png").toFile());
            return new PDFTextStripper().getText(document).replace('\u00a0', ' ').replace('\'', '\u2019');
        }
    }

    private static Map<String, Long> map(JsonNode node) {
        Map<String, Long> map = new HashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asLong()));
        return map;
    }
}
