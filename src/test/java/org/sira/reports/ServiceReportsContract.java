package org.sira.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;


import org.junit.jupiter.api.BeforeEach;
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

/**
 * The assistance, casework and donor reports checked against a dataset counted by hand, in 1977
 * (a year no other test uses). Four persons A, B, C, D; the first semester of 1977:
 * <pre>
 *  stays       A 1976-12-30 → 1977-01-03 (2 nights in the semester), B 03-10 → 03-15 (5), C 06-29 → 07-04 (2),
 *              D 05-05 → 05-05 (0); D also since 1979-12-30, still open (2 nights in 1979)
 *  items       A 3 meals (line Repas), B 2 meals (Repas) + hygiene kit (Kits), C dignity kit (Kits) + blanket (no line);
 *              not counted: A 5 meals short of stock; D 4 meals (Repas) on 1977-08-01
 *  receipts    100 meals at 500 XOF (Repas), 10 hygiene kits at 2,000 XOF (Kits)
 *  journeys    A confirmed 01-03 (ticket 7,500, cash 5,000), B departed 03-15 (10,000, 2,500); not counted: C planned, D 07-02
 *  referrals   A Rep Clinique SENT, B Rep Clinique DONE, C Rep Avocats ACCEPTED; not counted: D REFUSED on 07-01
 *  follow-ups  due A 02-01 done REACHED, B 03-01 open (overdue), C 04-01 cancelled, D 05-01 done RE_MIGRATED 05-02;
 *              A due 07-15 done MOVED on 06-29 (an outcome of the semester, not due in it)
 *  returns     A FORCED_REMOVAL 01-01, B ASSISTED_VOLUNTARY 02-01, D FORCED_REMOVAL 01-10 and BORDER_REJECTION 04-01
 *  assessments A 02-15 (.5 .6 .7 .6), B 02-20 (.3 .4 – .35), D 03-01 (.8 .8 .8 .8), D 05-01 (.9 .7 .5 .7), C 05-15 (.2 .2 .2 .2)
 *  mediations  closed A RECONCILED 03-01, B FAILED 04-10; not counted: C still open, D PARTIAL closed 08-01
 *  trainings   completed A AGRICULTURE 02-01 and 03-01 (one person), C FISHING 06-01; not counted: B LIVESTOCK dropped out
 *              05-01, D CRAFTS completed 09-01
 * </pre>
 */
abstract class ServiceReportsContract {

    private static final String DONOR = "Rep bailleur 1977";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    String project;

    @BeforeEach
    void theDatasetIsThere() throws Exception {
        project = jdbc.sql("SELECT CAST(p.id AS VARCHAR(36)) FROM programme_project p JOIN programme_donor d ON d.id = p.donor_id WHERE d.name = :n")
                .param("n", DONOR).query(String.class).optional().orElse(null);
        if (project != null) {
            return;
        }
        UUID a = person("Repassa", "F");
        UUID b = person("Repassb", "M");
        UUID c = person("Repassc", "M");
        UUID d = person("Repassd", null);
        ret(a, "FORCED_REMOVAL", "1977-01-01");
        ret(b, "ASSISTED_VOLUNTARY", "1977-02-01");
        ret(d, "FORCED_REMOVAL", "1977-01-10");
        ret(d, "BORDER_REJECTION", "1977-04-01");
        String donor = json.readTree(mvc.perform(post("/api/v1/donors").with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"" + DONOR + "\"}")).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("id").asString();
        JsonNode opened = json.readTree(mvc.perform(post("/api/v1/projects").with(users.as(Role.COORDINATOR))
                .contentType(MediaType.APPLICATION_JSON).content("{\"donorId\":\"" + donor + "\",\"name\":\"Rep retour 1977\","
                        + "\"from\":\"1977-01-01\",\"to\":\"1978-12-31\",\"lines\":[{\"name\":\"Repas\",\"budgetXof\":100000},"
                        + "{\"name\":\"Kits\",\"budgetXof\":50000}]}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        UUID meals = UUID.fromString(opened.get("lines").get(0).get("id").asString());
        UUID kits = UUID.fromString(opened.get("lines").get(1).get("id").asString());
        ServiceReportsDataset rows = new ServiceReportsDataset(jdbc);
        rows.stay(a, "1976-12-30T10:00", "1977-01-03T09:00");
        rows.stay(b, "1977-03-10T12:00", "1977-03-15T08:00");
        rows.stay(c, "1977-06-29T18:00", "1977-07-04T08:00");
        rows.stay(d, "1977-05-05T08:00", "1977-05-05T17:00");
        rows.stay(d, "1979-12-30T20:00", null);
        rows.given(a, "MEAL", 3, meals, "GIVEN", "1977-01-02");
        rows.given(a, "MEAL", 5, meals, "SHORTFALL", "1977-01-02");
        rows.given(b, "MEAL", 2, meals, "GIVEN", "1977-03-11");
        rows.given(b, "HYGIENE_KIT", 1, kits, "GIVEN", "1977-03-11");
        rows.given(c, "DIGNITY_KIT", 1, kits, "GIVEN", "1977-06-30");
        rows.given(c, "BLANKET", 1, null, "GIVEN", "1977-06-30");
        rows.given(d, "MEAL", 4, meals, "GIVEN", "1977-08-01");
        rows.receipt("MEAL", 100, 500, meals);
        rows.receipt("HYGIENE_KIT", 10, 2000, kits);
        rows.journey(a, "ARRIVAL_CONFIRMED", "1977-01-03", 7500, 5000);
        rows.journey(b, "DEPARTED", "1977-03-15", 10000, 2500);
        rows.journey(c, "PLANNED", "1977-06-30", 9999, 9999);
        rows.journey(d, "NOT_REACHED", "1977-07-02", 8000, 1000);
        rows.referral(a, "Rep Clinique", "SENT", "1977-01-05");
        rows.referral(b, "Rep Clinique", "DONE", "1977-02-01");
        rows.referral(c, "Rep Avocats", "ACCEPTED", "1977-04-01");
        rows.referral(d, "Rep Avocats", "REFUSED", "1977-07-01");
        rows.followUp(a, "1977-02-01", "DONE", "REACHED", "1977-02-03");
        rows.followUp(b, "1977-03-01", "OPEN", null, null);
        rows.followUp(c, "1977-04-01", "CANCELLED", null, null);
        rows.followUp(d, "1977-05-01", "DONE", "RE_MIGRATED", "1977-05-02");
        rows.followUp(a, "1977-07-15", "DONE", "MOVED", "1977-06-29");
        rows.assessment(a, "1977-02-15", 0.5, 0.6, 0.7, 0.6);
        rows.assessment(b, "1977-02-20", 0.3, 0.4, null, 0.35);
        rows.assessment(d, "1977-03-01", 0.8, 0.8, 0.8, 0.8);
        rows.assessment(d, "1977-05-01", 0.9, 0.7, 0.5, 0.7);
        rows.assessment(c, "1977-05-15", 0.2, 0.2, 0.2, 0.2);
        rows.mediation(a, "CLOSED", "RECONCILED", "1977-03-01");
        rows.mediation(b, "CLOSED", "FAILED", "1977-04-10");
        rows.mediation(c, "OPEN", null, null);
        rows.mediation(d, "CLOSED", "PARTIAL", "1977-08-01");
        rows.training(a, "AGRICULTURE", "COMPLETED", "1977-02-01");
        rows.training(a, "AGRICULTURE", "COMPLETED", "1977-03-01");
        rows.training(c, "FISHING", "COMPLETED", "1977-06-01");
        rows.training(b, "LIVESTOCK", "DROPPED_OUT", "1977-05-01");
        rows.training(d, "CRAFTS", "COMPLETED", "1977-09-01");
        project = opened.get("id").asString();
    }

    @Test
    void theAssistanceReportCountsNightsItemsJourneysAndCashOfTheSemester() throws Exception {
        JsonNode report = api("/api/v1/reports/assistance", "period", "1977-S1");
        assertThat(report.get("nightsOfShelter").asLong()).isEqualTo(9);
        assertThat(report.get("personsSheltered").asLong()).isEqualTo(3);
        assertThat(report.get("meals").asLong()).isEqualTo(5);
        assertThat(report.get("kits").asLong()).isEqualTo(2);
        assertThat(report.get("otherItems").asLong()).isEqualTo(1);
        assertThat(report.get("personsAssisted").asLong()).isEqualTo(3);
        assertThat(report.get("journeysHome").asLong()).isEqualTo(2);
        assertThat(report.get("cashXof").asLong()).isEqualTo(7500);
        assertThat(report.get("ticketsXof").asLong()).isEqualTo(17500);
        assertThat(map(report.get("byItem"))).isEqualTo(Map.of("MEAL", 5L, "HYGIENE_KIT", 1L, "DIGNITY_KIT", 1L, "BLANKET", 1L));
        assertThat(report.get("byProject")).hasSize(2);
        JsonNode charged = report.get("byProject").get(0);
        assertThat(charged.get("project").asString()).isEqualTo("Rep retour 1977");
        assertThat(charged.get("donor").asString()).isEqualTo(DONOR);
        assertThat(new long[] {charged.get("meals").asLong(), charged.get("kits").asLong(), charged.get("otherItems").asLong(),
                charged.get("persons").asLong()}).containsExactly(5, 2, 0, 3);
        JsonNode none = report.get("byProject").get(1);
        assertThat(absent(none.get("projectId"))).isTrue();
        assertThat(new long[] {none.get("meals").asLong(), none.get("otherItems").asLong(), none.get("persons").asLong()})
                .containsExactly(0, 1, 1);
        JsonNode lastYear = api("/api/v1/reports/assistance", "period", "1979");
        assertThat(lastYear.get("nightsOfShelter").asLong()).as("an open stay counts every evening up to tonight").isEqualTo(2);
        assertThat(lastYear.get("inCentreTonight").asLong()).isPositive();
    }

    @Test
    void theCaseworkReportCountsReferralsFollowUpsAndScoresOfTheSemester() throws Exception {
        JsonNode report = api("/api/v1/reports/casework", "period", "1977-S1");
        assertThat(map(report.get("referralsByStatus"))).isEqualTo(Map.of("SENT", 1L, "ACCEPTED", 1L, "REFUSED", 0L, "DONE", 1L));
        assertThat(report.get("referralsOpen").asLong()).isEqualTo(2);
        Map<String, JsonNode> partners = new HashMap<>();
        report.get("referralsByPartner").forEach(p -> partners.put(p.get("partner").asString(), p));
        assertThat(partners.get("Rep Clinique").get("total").asLong()).isEqualTo(2);
        assertThat(map(partners.get("Rep Clinique").get("byStatus"))).containsEntry("SENT", 1L).containsEntry("DONE", 1L);
        assertThat(partners.get("Rep Avocats").get("total").asLong()).isEqualTo(1);
        JsonNode due = report.get("followUps");
        assertThat(new long[] {due.get("due").asLong(), due.get("done").asLong(), due.get("overdue").asLong(), due.get("upcoming").asLong(),
                due.get("cancelled").asLong()}).containsExactly(4, 2, 1, 0, 1);
        assertThat(map(report.get("followUpOutcomes"))).isEqualTo(Map.of("REACHED", 1L, "NOT_REACHABLE", 0L, "MOVED", 1L,
                "RE_MIGRATED", 1L, "DECEASED", 0L));
        assertThat(report.get("reMigrationReported").asLong()).isEqualTo(1);
        Map<String, JsonNode> months = byKey(report.get("scoresByMonth"));
        assertThat(months.keySet()).containsExactlyInAnyOrder("1977-02", "1977-03", "1977-05");
        assertThat(scores(months.get("1977-02"))).containsExactly(2.0, 40.0, 50.0, 70.0, 47.5);
        assertThat(scores(months.get("1977-05"))).containsExactly(2.0, 55.0, 45.0, 35.0, 45.0);
        Map<String, JsonNode> kinds = byKey(report.get("scoresByReturnKind"));
        assertThat(scores(kinds.get("FORCED_REMOVAL"))).containsExactly(2.0, 65.0, 70.0, 75.0, 70.0);
        assertThat(scores(kinds.get("BORDER_REJECTION"))).containsExactly(1.0, 90.0, 70.0, 50.0, 70.0);
        assertThat(absent(kinds.get("ASSISTED_VOLUNTARY").get("psychosocial"))).isTrue();
        assertThat(scores(kinds.get("unknown"))).containsExactly(1.0, 20.0, 20.0, 20.0, 20.0);
        assertThat(map(report.get("mediationOutcomes"))).isEqualTo(Map.of("RECONCILED", 1L, "PARTIAL", 0L, "FAILED", 1L));
        assertThat(map(report.get("trainings"))).isEqualTo(Map.of("AGRICULTURE", 1L, "FISHING", 1L));
    }

    @Test
    void theDonorReportGivesTheProjectsOwnFiguresAndItsAssistanceByItem() throws Exception {
        JsonNode report = api("/api/v1/reports/donor", "project", project);
        assertThat(report.get("peopleReached").asLong()).isEqualTo(4);
        assertThat(report.get("budgetXof").asLong()).isEqualTo(150000);
        assertThat(report.get("spentXof").asLong()).isEqualTo(70000);
        Map<String, JsonNode> items = new HashMap<>();
        report.get("assistance").forEach(i -> items.put(i.get("item").asString(), i));
        assertThat(items.get("MEAL").get("quantity").asLong()).isEqualTo(9);
        assertThat(items.get("MEAL").get("persons").asLong()).isEqualTo(3);
        assertThat(items.keySet()).containsExactlyInAnyOrder("MEAL", "HYGIENE_KIT", "DIGNITY_KIT");
        JsonNode own = json.readTree(mvc.perform(get("/api/v1/projects/" + project).with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(report.get("peopleReached")).isEqualTo(own.get("peopleReached"));
        assertThat(report.get("lines")).isEqualTo(own.get("lines"));
        assertThat(report.get("lines").get(0).get("spentXof").asLong()).isEqualTo(50000);
        assertThat(report.get("lines").get(1).get("peopleReached").asLong()).isEqualTo(2);
    }

    @Test
    void thePagesWorkbooksAndPdfsPrintTheSameFigures() throws Exception {
        assertThat(page("/reports/assistance", "fr", "period", "1977-S1")).contains(
                "9 nuits d’hébergement, 5 repas, 2 kits et 2 voyages de retour au premier semestre 1977 ; 7\u00a0500 XOF",
                "data:image/svg+xml;base64,", "Rep retour 1977", "Sans projet", "Couverture");
        assertThat(page("/reports/casework", "en", "period", "1977-S1")).contains(
                "3 referrals sent in the first semester of 1977, 2 of them still open; 4 follow-ups due, 2 done, 1 overdue; 1 re-migrations reported.",
                "Rep Clinique", "Mediation outcomes", "Agriculture", "47.5");
        assertThat(page("/reports/donor", "fr", "project", project)).contains(
                "Projet « Rep retour 1977 » (" + DONOR + ") : 4 personnes atteintes ; 70\u00a0000 XOF dépensés sur 150\u00a0000 XOF budgétés.",
                "Kit d’hygiène");
        assertThat(page("/reports/donor", "fr")).contains("Choisir un projet", "Rep retour 1977");
        Map<String, Map<String, Object>> assistance = workbook(download("/reports/assistance.xlsx", "period", "1977-S1"));
        assertThat(assistance.get("Assistance donnée")).containsEntry("Nuits d’hébergement", 9.0).containsEntry("Repas", 5.0)
                .containsEntry("Voyages de retour", 2.0);
        assertThat(assistance.get("Voyages de retour et espèces (XOF)")).containsEntry("Argent de voyage remis (XOF)", 7500.0);
        Map<String, Map<String, Object>> casework = workbook(download("/reports/casework.xlsx", "period", "1977-S1"));
        assertThat(casework.get("Suivis prévus dans la période")).containsEntry("Faits", 2.0).containsEntry("En retard", 1.0);
        assertThat(casework.get("Formations")).containsEntry("Agriculture", 1.0).containsEntry("Pêche", 1.0);
        Map<String, Map<String, Object>> donor = workbook(download("/reports/donor.xlsx", "project", project));
        assertThat(donor.get("Dépenses par ligne budgétaire (XOF)")).containsEntry("Total", 4.0);
        String assistancePdf = pdf(download("/reports/assistance.pdf", "period", "1977-S1"), "assistance-1977-S1");
        assertThat(assistancePdf).contains("9 nuits d’hébergement", "Articles donnés par projet", "Rep retour 1977");
        String caseworkPdf = pdf(download("/reports/casework.pdf", "period", "1977-S1"), "casework-1977-S1");
        assertThat(caseworkPdf).contains("3 orientations envoyées", "Scores de réintégration par type de retour", "Réconciliation");
        String donorPdf = pdf(download("/reports/donor.pdf", "project", project), "donor-1977");
        assertThat(donorPdf).contains("4 personnes atteintes", "70 000", "Repas");
    }

    @Test
    void theDashboardShowsTheFiguresTheReportsGiveForThisMonthAndSemester() throws Exception {
        LocalDate today = LocalDate.now();
        ReportPeriod semester = ReportPeriod.semesterOf(today);
        String from = semester.from().toString();
        String to = semester.to().toString();
        String dashboard = mvc.perform(get("/dashboard").with(users.page(Role.VIEWER))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String column = dashboard.substring(dashboard.indexOf("Ce semestre"));
        JsonNode casework = api("/api/v1/reports/casework", "from", from, "to", to);
        JsonNode assistance = api("/api/v1/reports/assistance", "from", from, "to", to);
        assertThat(column).contains("/reports/casework?from=" + from + "&amp;to=" + to,
                ">" + casework.get("followUps").get("due").asLong() + "</a>", ">" + casework.get("referralsOpen").asLong() + "</a>",
                ">" + assistance.get("journeysHome").asLong() + "</a>");
        assertThat(dashboard).contains("Personnes au centre d’accueil ce soir", ">" + assistance.get("inCentreTonight").asLong() + "</a>");
        assertThat(column).doesNotContain("href=\"/follow-ups\"");
        String coordinator = mvc.perform(get("/dashboard").with(users.page(Role.COORDINATOR))).andReturn().getResponse().getContentAsString();
        assertThat(coordinator).contains("href=\"/follow-ups\"", "href=\"/shelter\"");
    }

    @Test
    void badParametersAreA400AndOnlyStatisticsRolesMayAsk() throws Exception {
        mvc.perform(get("/api/v1/reports/assistance").with(users.as(Role.VIEWER))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/casework").param("period", "1977-S3").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
        mvc.perform(get("/api/v1/reports/donor").param("project", "not-an-id").header("Accept-Language", "en").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].message").value("Unknown project."));
        mvc.perform(get("/api/v1/reports/donor").with(users.as(Role.VIEWER))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("project"));
        mvc.perform(get("/api/v1/reports/donor").param("project", UUID.randomUUID().toString()).with(users.as(Role.VIEWER)))
                .andExpect(status().isNotFound());
        for (String path : new String[] {"/api/v1/reports/assistance", "/api/v1/reports/casework"}) {
            mvc.perform(get(path).param("period", "1977").with(users.as(Role.RECEPTION))).andExpect(status().isForbidden());
            mvc.perform(get(path).param("period", "1977").with(users.as(Role.CASEWORKER))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/reports/donor").param("project", project).with(users.as(Role.SHELTER))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/casework.pdf").param("period", "1977").with(users.page(Role.COUNSELLOR))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/donor").param("project", "x").with(users.page(Role.VIEWER))).andExpect(status().isBadRequest());
    }

    private UUID person(String name, String sex) throws Exception {
        String body = "{\"familyName\":\"" + name + "\"" + (sex == null ? "" : ",\"sex\":\"" + sex + "\"") + "}";
        return UUID.fromString(json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.COORDINATOR))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("id").asString());
    }

    private void ret(UUID person, String kind, String date) throws Exception {
        mvc.perform(post("/api/v1/persons/" + person + "/returns").with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"returnKind\":\"" + kind + "\",\"countryFrom\":\"DZ\",\"arrivalDate\":\"" + date + "\"}"))
                .andExpect(status().isCreated());
    }

    private JsonNode api(String path, String... params) throws Exception {
        var request = get(path).with(users.as(Role.VIEWER));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return json.readTree(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private String page(String path, String language, String... params) throws Exception {
        var request = get(path).header("Accept-Language", language).with(users.page(Role.VIEWER));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Files.writeString(Files.createDirectories(Path.of("target", "report-pages")).resolve(path.substring(9) + "-" + language + ".html"), html);
        return html;
    }

    private byte[] download(String path, String... params) throws Exception {
        var request = get(path).with(users.page(Role.VIEWER));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }

    private static Map<String, JsonNode> byKey(JsonNode list) {
        Map<String, JsonNode> byKey = new HashMap<>();
        list.forEach(s -> byKey.put(s.get("key").asString(), s));
        return byKey;
    }

    /** Assessments, then the economic, social, psychosocial and composite averages. */
    private static double[] scores(JsonNode s) {
        return new double[] {s.get("assessments").asDouble(), s.get("economic").asDouble(), s.get("social").asDouble(),
                s.get("psychosocial").asDouble(), s.get("composite").asDouble()};
    }

    /** Each table sheet by its title, as label (first column) to the count (before a share, or the last column). */
    private static Map<String, Map<String, Object>> workbook(byte[] xlsx) throws Exception {
        return ReportRequests.workbook(xlsx);
    }

    /** The PDF's text; every page is also drawn to {@code target/report-pages/NAME-N.png} for a person to look at. */
    private static String pdf(byte[] bytes, String name) throws Exception {
        return ReportRequests.pdf(bytes, name);
    }

    /** A null the API leaves out. */
    private static boolean absent(JsonNode node) {
        return node == null || node.isNull();
    }

    private static Map<String, Long> map(JsonNode node) {
        Map<String, Long> map = new HashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asLong()));
        return map;
    }
}
