package org.sira.reports;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The standard reports narrowed to an arrival point or a project, and the donor report for a period,
 * against a dataset counted by hand in 1941 (a year no other test uses). Persons P1–P4:
 * <pre>
 *  returns   P1 forced removal 02-01 at AIRPORT, border rejection 08-01 at GOGUI; P2 border rejection 03-01 at GOGUI;
 *            P3 forced removal 04-01 at AIRPORT; P4 assisted voluntary 05-01 at GOGUI
 *  project   "Rep filtre 1941", lines Repas and Kits. Reached: P1 (3 meals 02-02) and P2 (2 meals 09-01);
 *            not P3 (a blanket charged to no line) nor P4 (a kit short of stock)
 *  receipts  10 meals at 500 XOF on 01-15 (Repas), 5 hygiene kits at 2,000 XOF on 08-15 (Kits)
 *  stays     P1 02-01 22:00 → 02-04 (3 nights), 03-11 01:00+02:00 → 03-12 (2: the evening of 10 March, UTC), 05-05 for the day (0);
 *            P2 06-29 → 07-04 (2 in the first semester); P3 1940-12-20 → 07-10 (181: every evening of the semester);
 *            P4 1940-12-30 → 01-03 (2 in the semester)
 *  journeys  P1 departed 02-04 (cash 1,000), P3 departed 04-02 (cash 2,000); P2 departed 07-04 (second semester)
 *  referrals P1 and P3 sent, P4 done (Rep Filtre Clinique)
 * </pre>
 */
abstract class ReportFiltersContract {

    static final String AIRPORT = "Rep Aéroport 1941";
    static final String GOGUI = "Rep Gogui 1941";
    static final String PROJECT = "Rep filtre 1941";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;

    ReportRequests ask;
    String project;

    @BeforeEach
    void theDatasetIsThere() throws Exception {
        ask = new ReportRequests(mvc, users, json);
        project = jdbc.sql("SELECT CAST(id AS VARCHAR(36)) FROM programme_project WHERE name = :n").param("n", PROJECT)
                .query(String.class).optional().orElse(null);
        if (project != null) {
            return;
        }
        UUID p1 = ask.person("Repfilta", "F");
        UUID p2 = ask.person("Repfiltb", "M");
        UUID p3 = ask.person("Repfiltc", "M");
        UUID p4 = ask.person("Repfiltd", "F");
        ServiceReportsDataset rows = new ServiceReportsDataset(jdbc);
        rows.ret(p1, "FORCED_REMOVAL", "1941-02-01", AIRPORT);
        rows.ret(p1, "BORDER_REJECTION", "1941-08-01", GOGUI);
        rows.ret(p2, "BORDER_REJECTION", "1941-03-01", GOGUI);
        rows.ret(p3, "FORCED_REMOVAL", "1941-04-01", AIRPORT);
        rows.ret(p4, "ASSISTED_VOLUNTARY", "1941-05-01", GOGUI);
        String donor = ask.created("/api/v1/donors", "{\"name\":\"Rep bailleur 1941\"}").get("id").asString();
        JsonNode opened = ask.created("/api/v1/projects", "{\"donorId\":\"" + donor + "\",\"name\":\"" + PROJECT + "\","
                + "\"from\":\"1941-01-01\",\"to\":\"1942-12-31\",\"lines\":[{\"name\":\"Repas\",\"budgetXof\":100000},"
                + "{\"name\":\"Kits\",\"budgetXof\":50000}]}");
        UUID meals = UUID.fromString(opened.get("lines").get(0).get("id").asString());
        UUID kits = UUID.fromString(opened.get("lines").get(1).get("id").asString());
        rows.given(p1, "MEAL", 3, meals, "GIVEN", "1941-02-02");
        rows.given(p2, "MEAL", 2, meals, "GIVEN", "1941-09-01");
        rows.given(p3, "BLANKET", 1, null, "GIVEN", "1941-04-02");
        rows.given(p4, "HYGIENE_KIT", 1, kits, "SHORTFALL", "1941-05-02");
        rows.receipt("MEAL", 10, 500, meals, "1941-01-15");
        rows.receipt("HYGIENE_KIT", 5, 2000, kits, "1941-08-15");
        rows.stay(p1, "1941-02-01T22:00", "1941-02-04T07:00");
        rows.stay(p1, OffsetDateTime.parse("1941-03-11T01:00+02:00"), OffsetDateTime.parse("1941-03-12T09:00Z"));
        rows.stay(p1, "1941-05-05T08:00", "1941-05-05T17:00");
        rows.stay(p2, "1941-06-29T10:00", "1941-07-04T09:00");
        rows.stay(p3, "1940-12-20T10:00", "1941-07-10T10:00");
        rows.stay(p4, "1940-12-30T10:00", "1941-01-03T09:00");
        rows.journey(p1, "DEPARTED", "1941-02-04", 7000, 1000);
        rows.journey(p3, "DEPARTED", "1941-04-02", 8000, 2000);
        rows.journey(p2, "DEPARTED", "1941-07-04", 9000, 4000);
        rows.referral(p1, "Rep Filtre Clinique", "SENT", "1941-02-05");
        rows.referral(p3, "Rep Filtre Clinique", "SENT", "1941-04-05");
        rows.referral(p4, "Rep Filtre Clinique", "DONE", "1941-05-05");
        project = opened.get("id").asString();
    }

    private long total(String report, String... params) throws Exception {
        JsonNode answer = ask.api("/api/v1/reports/" + report, params);
        return report.equals("returnees") ? answer.get("counts").get("total").asLong() : answer.get("returns").asLong();
    }

    @Test
    void theReturnsReportsCountOneArrivalPointOrTheReturnsOfThePersonsAProjectReached() throws Exception {
        for (String report : new String[] {"returnees", "rights"}) {
            assertThat(total(report, "period", "1941-S1")).as(report).isEqualTo(4);
            assertThat(total(report, "period", "1941-S1", "arrivalPoint", AIRPORT)).as(report).isEqualTo(2);
            assertThat(total(report, "period", "1941-S1", "project", project)).as(report).isEqualTo(2);
            assertThat(total(report, "period", "1941-S1", "project", project, "arrivalPoint", AIRPORT)).as(report).isEqualTo(1);
        }
        JsonNode returnees = ask.api("/api/v1/reports/returnees", "period", "1941-S1", "project", project);
        assertThat(returnees.get("project").get("name").asString()).isEqualTo(PROJECT);
        assertThat(returnees.get("counts").get("byKind").get("BORDER_REJECTION").asLong()).isEqualTo(1);
        JsonNode trends = ask.api("/api/v1/reports/trends", "fromYear", "1941", "toYear", "1941", "project", project);
        assertThat(trends.get("years").get(0).get("total").asLong()).isEqualTo(3);
        JsonNode gogui = ask.api("/api/v1/reports/trends", "fromYear", "1941", "toYear", "1941", "project", project, "arrivalPoint", GOGUI);
        assertThat(gogui.get("years").get(0).get("total").asLong()).isEqualTo(2);
        assertThat(ask.page("/reports/returnees", "fr", "period", "1941-S1", "project", project))
                .contains("personnes atteintes par le projet « " + PROJECT + " » (Rep bailleur 1941)", "Avec un projet");
        assertThat(ReportRequests.workbook(ask.download("/reports/returnees.xlsx", "period", "1941-S1", "project", project))
                .get("Premiers retours et retours répétés")).containsEntry("Premier retour", 2.0);
        assertThat(ReportRequests.workbook(ask.download("/reports/returnees.xlsx", "period", "1941-S1"))
                .get("Premiers retours et retours répétés")).containsEntry("Premier retour", 4.0);
        assertThat(ReportRequests.pdf(ask.download("/reports/trends.pdf", "fromYear", "1941", "toYear", "1941", "project", project),
                "trends-1941-project")).contains("3 retours de 1941 à 1941", PROJECT);
    }

    /** Nights, items, journeys and cash: {nights, sheltered, meals, other items, assisted, journeys, cash}. */
    private long[] assistance(String... params) throws Exception {
        JsonNode r = ask.api("/api/v1/reports/assistance", params);
        return new long[] {r.get("nightsOfShelter").asLong(), r.get("personsSheltered").asLong(), r.get("meals").asLong(),
                r.get("otherItems").asLong(), r.get("personsAssisted").asLong(), r.get("journeysHome").asLong(), r.get("cashXof").asLong()};
    }

    @Test
    void theAssistanceReportCountsTheNightsOfStaysCrossingThePeriodsBoundsAndNarrowsToAPointOrAProject() throws Exception {
        assertThat(assistance("period", "1941-S1")).containsExactly(190, 4, 3, 1, 2, 2, 3000);
        assertThat(assistance("from", "1941-03-01", "to", "1941-03-31")).as("the evening of 10 March UTC, P3 every evening")
                .containsExactly(2 + 31, 2, 0, 0, 0, 0, 0);
        assertThat(assistance("period", "1941-S1", "arrivalPoint", AIRPORT)).containsExactly(186, 2, 3, 1, 2, 2, 3000);
        assertThat(assistance("period", "1941-S1", "arrivalPoint", GOGUI)).as("P1 arrived at Gogui later: a person of that point")
                .containsExactly(9, 3, 3, 0, 1, 1, 1000);
        assertThat(assistance("period", "1941-S1", "project", project)).containsExactly(7, 2, 3, 0, 1, 1, 1000);
        assertThat(ask.page("/reports/assistance", "fr", "period", "1941-S1", "arrivalPoint", AIRPORT))
                .contains("186 nuits d’hébergement", "arrivées à « " + AIRPORT + " » seulement");
        Map<String, Map<String, Object>> workbook = ReportRequests.workbook(ask.download("/reports/assistance.xlsx", "period", "1941-S1",
                "project", project));
        assertThat(workbook.get("Assistance donnée")).containsEntry("Nuits d’hébergement", 7.0).containsEntry("Voyages de retour", 1.0);
        assertThat(ReportRequests.pdf(ask.download("/reports/assistance.pdf", "period", "1941-S1", "project", project), "assistance-1941-project"))
                .contains("7 nuits d’hébergement", PROJECT);
        JsonNode casework = ask.api("/api/v1/reports/casework", "period", "1941-S1", "arrivalPoint", AIRPORT);
        assertThat(casework.get("referralsByStatus").get("SENT").asLong()).isEqualTo(2);
        assertThat(casework.get("referralsByStatus").get("DONE").asLong()).isZero();
        JsonNode reached = ask.api("/api/v1/reports/casework", "period", "1941-S1", "project", project);
        assertThat(reached.get("referralsByStatus").get("SENT").asLong()).isEqualTo(1);
    }

    @Test
    void theDonorReportCoversTheProjectsWholeLifeOrThePeriodAsked() throws Exception {
        JsonNode whole = ask.api("/api/v1/reports/donor", "project", project);
        assertThat(whole.get("peopleReached").asLong()).isEqualTo(2);
        assertThat(whole.get("spentXof").asLong()).isEqualTo(15000);
        assertThat(whole.get("assistance").get(0).get("quantity").asLong()).isEqualTo(5);
        JsonNode first = ask.api("/api/v1/reports/donor", "project", project, "period", "1941-S1");
        assertThat(first.get("peopleReached").asLong()).isEqualTo(1);
        assertThat(first.get("spentXof").asLong()).isEqualTo(5000);
        assertThat(first.get("assistance").get(0).get("quantity").asLong()).isEqualTo(3);
        assertThat(first.get("lines").get(1).get("spentXof").asLong()).isZero();
        JsonNode second = ask.api("/api/v1/reports/donor", "project", project, "from", "1941-07-01", "to", "1941-12-31");
        assertThat(second.get("peopleReached").asLong()).isEqualTo(1);
        assertThat(second.get("spentXof").asLong()).isEqualTo(10000);
        assertThat(ask.page("/reports/donor", "fr", "project", project, "period", "1941-S1"))
                .contains("1 personnes atteintes ; 5\u00a0000 XOF dépensés", "Au premier semestre 1941");
        assertThat(ReportRequests.workbook(ask.download("/reports/donor.xlsx", "project", project, "period", "1941-S1"))
                .get("Dépenses par ligne budgétaire (XOF)")).containsEntry("Total", 1.0);
        assertThat(ReportRequests.workbook(ask.download("/reports/donor.xlsx", "project", project))
                .get("Dépenses par ligne budgétaire (XOF)")).containsEntry("Total", 2.0);
        assertThat(ReportRequests.pdf(ask.download("/reports/donor.pdf", "project", project, "period", "1941-S1"), "donor-1941-S1"))
                .contains("1 personnes atteintes", "5 000 XOF dépensés");
    }

    @Test
    void anUnknownOrMalformedProjectIsA400() throws Exception {
        mvc.perform(get("/api/v1/reports/returnees").param("period", "1941-S1").param("project", UUID.randomUUID().toString())
                .header("Accept-Language", "en").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("project"));
        mvc.perform(get("/api/v1/reports/assistance").param("period", "1941-S1").param("project", "nope").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("project"));
        mvc.perform(get("/reports/casework").param("period", "1941-S1").param("project", UUID.randomUUID().toString())
                .with(users.page(Role.VIEWER))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports/donor").param("project", project).param("period", "1941-S9").with(users.as(Role.VIEWER)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("period"));
    }
}
