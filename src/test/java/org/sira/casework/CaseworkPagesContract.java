package org.sira.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The caseworker's pages: a person's referrals and follow-ups, the week's calls, the reintegration scores. */
abstract class CaseworkPagesContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    private String person(String familyName, String phone) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Kadiatou\",\"phone\":\"" + phone + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private String read(String path, Role role) throws Exception {
        return mvc.perform(get(path).with(users.page(role))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** Every page of the week's calls: the shared test database holds other tests' overdue calls, listed first. */
    private String week(String path) throws Exception {
        StringBuilder pages = new StringBuilder();
        for (int page = 0; page < 100; page++) {
            String html = read(path + (path.contains("?") ? "&" : "?") + "page=" + page, Role.CASEWORKER);
            pages.append(html);
            if (!html.contains("page=" + (page + 1) + "\"")) {
                break;
            }
        }
        return pages.toString();
    }

    @Test
    void theWeekListsTheCallDueWithTheNumberToCallAndItsOutcomeClosesIt() throws Exception {
        String person = person("Pageweek", "76 12 34 56");
        mvc.perform(post("/persons/" + person + "/follow-ups").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("due", LocalDate.now().minusDays(1).toString()).param("note", "Rappeler"))
                .andExpect(redirectedUrl("/persons/" + person + "/casework?saved"));
        String week = week("/follow-ups");
        assertThat(week).contains("PAGEWEEK Kadiatou", "+22376123456", "En retard");
        String id = json.readTree(mvc.perform(get("/api/v1/persons/" + person + "/follow-ups").with(users.as(Role.CASEWORKER)))
                .andReturn().getResponse().getContentAsString()).get(0).get("id").asString();
        mvc.perform(post("/follow-ups/" + id + "/outcome").with(users.page(Role.CASEWORKER)).with(csrf()).param("outcome", "REACHED"))
                .andExpect(redirectedUrl("/follow-ups?saved"));
        assertThat(week("/follow-ups")).doesNotContain("PAGEWEEK");
        assertThat(read("/persons/" + person + "/casework", Role.CASEWORKER)).contains("Joint", "Rappeler");
    }

    @Tag("asvs-8.2.2")
    @Test
    void aReferralWithoutConsentIsRefusedOnThePageUnlessAReasonIsGiven() throws Exception {
        String person = person("Pagerefer", "76 00 00 01");
        String refused = mvc.perform(post("/persons/" + person + "/referrals").with(users.page(Role.COORDINATOR)).with(csrf())
                        .param("partner", "MSF").param("service", "Psychosocial").param("sharesData", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("n’a pas consenti");
        mvc.perform(post("/persons/" + person + "/referrals").with(users.page(Role.COORDINATOR)).with(csrf())
                        .param("partner", "MSF").param("service", "Psychosocial").param("sharesData", "true")
                        .param("overrideReason", "Urgence : crise aiguë ce matin au centre"))
                .andExpect(redirectedUrl("/persons/" + person + "/casework?saved"));
        assertThat(read("/persons/" + person + "/casework", Role.COORDINATOR)).contains("MSF", "Sans consentement", "crise aiguë");
    }

    @Test
    void theCaseworkerRecordsAnAssessmentAndThePersonsPageShowsTheScores() throws Exception {
        String person = person("Pagescore", "76 00 00 02");
        assertThat(read("/persons/" + person, Role.CASEWORKER)).contains("/persons/" + person + "/reintegration/scores");
        mvc.perform(post("/persons/" + person + "/reintegration-assessments").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("date", "2025-01-15").param("answer-HOUSING", "GOOD").param("answer-INTENDS_TO_MIGRATE_AGAIN", "UNDECIDED")
                        .param("answer-WORK", ""))
                .andExpect(redirectedUrl("/persons/" + person + "/reintegration?saved"));
        mvc.perform(post("/persons/" + person + "/reintegration-assessments").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("date", "2025-07-15").param("answer-HOUSING", "POOR"))
                .andExpect(status().is3xxRedirection());
        assertThat(read("/persons/" + person + "/reintegration/scores", Role.COORDINATOR))
                .contains("2025-01-15", "2025-07-15", "Ne sait pas", "polyline");
        assertThat(read("/persons/" + person + "/reintegration", Role.CASEWORKER)).contains("A l’intention de repartir");
        String bad = mvc.perform(post("/persons/" + person + "/reintegration-assessments").with(users.page(Role.CASEWORKER)).with(csrf())
                        .param("date", "2025-07-15").param("answer-HOUSING", "PALACE"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("Valeur inconnue");
    }

    @Tag("asvs-8.2.2")
    @Test
    void rolesWithoutCaseworkDoNotOpenThePagesAndSeeNoLinkToThem() throws Exception {
        String person = person("Pageroles", "76 00 00 03");
        for (Role role : new Role[] {Role.RECEPTION, Role.COUNSELLOR, Role.ADMIN}) {
            mvc.perform(get("/persons/" + person + "/casework").with(users.page(role))).andExpect(status().isForbidden());
            mvc.perform(get("/follow-ups").with(users.page(role))).andExpect(status().isForbidden());
            // The statistics' view of reintegration (/reintegration/outcomes) may be in the menu; the person's pages may not.
            assertThat(read("/persons/" + person, role)).doesNotContain("/casework", "/persons/" + person + "/reintegration",
                    "/persons/" + person + "/economic");
        }
        mvc.perform(post("/persons/" + person + "/reintegration-assessments").with(users.page(Role.COORDINATOR)).with(csrf())
                .param("date", "2025-07-15").param("answer-HOUSING", "GOOD")).andExpect(status().isForbidden());
    }

    @Test
    void theCasePartOfThePageOpensAssessesAndClosesWithTheCoordinatorsApproval() throws Exception {
        String person = person("Pagecase", "76 00 00 04");
        String page = "/persons/" + person + "/casework";
        mvc.perform(post("/persons/" + person + "/cases").with(users.page(Role.CASEWORKER)).with(csrf()))
                .andExpect(redirectedUrl(page + "?saved"));
        String caseId = json.readTree(mvc.perform(get("/api/v1/persons/" + person + "/cases").with(users.as(Role.CASEWORKER)))
                .andReturn().getResponse().getContentAsString()).get(0).get("id").asString();
        mvc.perform(post("/cases/" + caseId + "/needs").with(users.page(Role.CASEWORKER)).with(csrf())
                .param("need-HEALTH", "HIGH").param("need-DEBT", "").param("need-LEGAL", "LOW")).andExpect(redirectedUrl(page + "?saved"));
        assertThat(read(page, Role.CASEWORKER)).contains("Ouvert", "Santé · Priorité haute", "Juridique · Priorité basse")
                .doesNotContain("Dettes · ");
        mvc.perform(post("/cases/" + caseId + "/closure-request").with(users.page(Role.CASEWORKER)).with(csrf())
                .param("reason", "Installé à Ségou avec sa famille")).andExpect(redirectedUrl(page + "?saved"));
        mvc.perform(post("/cases/" + caseId + "/closure-approval").with(users.page(Role.CASEWORKER)).with(csrf()))
                .andExpect(redirectedUrl(page));
        assertThat(read(page, Role.CASEWORKER)).contains("Clôture demandée par").doesNotContain("Approuver la clôture");
        assertThat(read(page, Role.COORDINATOR)).contains("Approuver la clôture");
        mvc.perform(post("/cases/" + caseId + "/closure-approval").with(users.page(Role.COORDINATOR)).with(csrf()))
                .andExpect(redirectedUrl(page + "?saved"));
        assertThat(read(page, Role.CASEWORKER)).contains("Installé à Ségou", "Ouvrir un dossier");
    }

    @Test
    void aLongWeekIsListedFiftyCallsAPageOverdueFirst() throws Exception {
        String person = person("Pagelong", "76 00 00 07");
        for (int i = 0; i < 51; i++) {
            mvc.perform(post("/persons/" + person + "/follow-ups").with(users.page(Role.CASEWORKER)).with(csrf())
                    .param("due", LocalDate.now().minusYears(30).plusDays(i).toString())).andExpect(status().is3xxRedirection());
        }
        String first = read("/follow-ups", Role.CASEWORKER);
        assertThat(first.split("PAGELONG", -1)).as("50 calls on the first page, all of them the oldest").hasSize(51);
        assertThat(first).contains("page=1\"");
        assertThat(read("/follow-ups?page=1", Role.CASEWORKER)).contains("PAGELONG");
        // Out of the other tests' weeks.
        jdbc.sql("UPDATE follow_up SET status = 'CANCELLED' WHERE person_id = :p").param("p", java.util.UUID.fromString(person)).update();
        followUpMonthsChanged();
    }

    @Test
    void theWeekShowsOnlyTheCallsOfMyCasesWhenAsked() throws Exception {
        String mine = person("Pagemine", "76 00 00 05");
        String other = person("Pageother", "76 00 00 06");
        for (String p : new String[] {mine, other}) {
            mvc.perform(post("/persons/" + p + "/follow-ups").with(users.page(Role.CASEWORKER)).with(csrf())
                    .param("due", LocalDate.now().toString())).andExpect(status().is3xxRedirection());
        }
        mvc.perform(post("/persons/" + mine + "/cases").with(users.page(Role.CASEWORKER)).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(week("/follow-ups?mine=true")).contains("PAGEMINE").doesNotContain("PAGEOTHER");
        assertThat(week("/follow-ups")).contains("PAGEMINE", "PAGEOTHER");
    }

    @Test
    void aWeekOfMoreThanTwentyPagesIsCountedNoFurtherAndSaysSo() throws Exception {
        UUID person = UUID.fromString(person("Pagemany", "76 00 00 08"));
        OffsetDateTime at = OffsetDateTime.now();
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            rows.add(new Object[] {UUID.randomUUID(), person, LocalDate.now().minusYears(40).plusDays(i % 300), at, at});
        }
        jdbcTemplate.batchUpdate("INSERT INTO follow_up (id, person_id, kind, due_date, status, created_at, created_by, updated_at,"
                + " updated_by, version) VALUES (?, ?, 'AD_HOC', ?, 'OPEN', ?, 'pagemany', ?, 'pagemany', 0)", rows);
        followUpMonthsChanged();
        try {
            assertThat(read("/follow-ups", Role.CASEWORKER)).contains("Page 1 sur plus de 20", "page=1\"")
                    .doesNotContain("Page 1 sur 2");
            // Counted again from each page: 1,150 calls from the fourth page's start (the others' calls may make it more).
            assertThat(read("/follow-ups?page=3", Role.CASEWORKER)).contains("Page 4 sur ", "page=2\"", "page=4\"");
        } finally {
            // Out of the other tests' weeks.
            jdbc.sql("UPDATE follow_up SET status = 'CANCELLED' WHERE person_id = :p").param("p", person).update();
            followUpMonthsChanged();
        }
        assertThat(read("/follow-ups", Role.CASEWORKER)).doesNotContain("sur plus de");
    }

    /** The week counts written calls and planned ones together: one part counted alone would leave the second page out. */
    @Test
    void theWeeksCallsAndItsPagesCountWrittenAndPlannedFollowUpsTogether() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate sunday = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        // Arrivals whose first follow-up not yet past falls within the week (at 3, 6 or 12 months).
        List<LocalDate> arrivals = today.minusDays(400).datesUntil(today).filter(a -> java.util.stream.Stream.of(3, 6, 12)
                .map(a::plusMonths).filter(due -> !due.isBefore(today)).findFirst().filter(due -> !due.isAfter(sunday)).isPresent()).toList();
        assertThat(arrivals).isNotEmpty();
        String person = person("Pagemix", "76 00 00 09");
        mvc.perform(post("/persons/" + person + "/cases").with(users.page(Role.CASEWORKER)).with(csrf())).andExpect(status().is3xxRedirection());
        for (int i = 0; i < 35; i++) {
            mvc.perform(post("/persons/" + person + "/follow-ups").with(users.page(Role.CASEWORKER)).with(csrf())
                    .param("due", today.toString())).andExpect(status().is3xxRedirection());
        }
        for (int i = 0; i < 20; i++) {
            mvc.perform(post("/api/v1/persons/" + person + "/returns").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"returnKind\":\"BORDER_REJECTION\",\"countryFrom\":\"DZ\",\"arrivalDate\":\"" + arrivals.get(i % arrivals.size()) + "\"}"))
                    .andExpect(status().isCreated());
        }
        try {
            assertThat(read("/follow-ups?mine=true", Role.CASEWORKER)).contains("page=1\"");
            assertThat(week("/follow-ups?mine=true").split("PAGEMIX", -1)).as("55 calls on two pages").hasSize(56);
        } finally {
            // Out of the other tests' weeks: a death recorded cancels the other calls, planned ones included.
            mvc.perform(post("/api/v1/follow-ups/" + json.readTree(mvc.perform(get("/api/v1/persons/" + person + "/follow-ups")
                            .with(users.as(Role.CASEWORKER))).andReturn().getResponse().getContentAsString()).get(0).get("id").asString() + "/outcome")
                    .with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"DECEASED\"}")).andExpect(status().isOk());
        }
    }

    /** Rows written here straight into the table, as Sira never does: no report may trust a month counted before. */
    private void followUpMonthsChanged() {
        jdbc.sql("UPDATE follow_up_month SET changes = changes + 1").update();
    }
}
