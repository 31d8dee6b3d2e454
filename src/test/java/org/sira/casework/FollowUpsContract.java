package org.sira.casework;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** api-v1: follow-ups planned by each return, listed when due to those who may see the person, closed by their outcome. */
abstract class FollowUpsContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired JsonMapper json;

    private final LocalDate today = LocalDate.now();

    private String person(String familyName, boolean restricted) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/persons").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"familyName\":\"" + familyName + "\",\"givenNames\":\"Moussa\",\"restricted\":" + restricted + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
    }

    private void returnOn(String personId, LocalDate arrival) throws Exception {
        mvc.perform(post("/api/v1/persons/" + personId + "/returns").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"returnKind\":\"BORDER_REJECTION\",\"countryFrom\":\"DZ\",\"arrivalDate\":\"" + arrival + "\"}"))
                .andExpect(status().isCreated());
    }

    private JsonNode followUpsOf(String personId) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/persons/" + personId + "/follow-ups").with(users.as(Role.CASEWORKER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    /** Every item of the due list, page after page. */
    private List<JsonNode> dueList(LocalDate dueBefore, Role role) throws Exception {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonNode answer = json.readTree(mvc.perform(get("/api/v1/follow-ups").param("dueBefore", dueBefore.toString())
                            .param("page", String.valueOf(page)).param("size", "200").with(users.as(role)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            answer.get("items").forEach(items::add);
            assertThat(answer.get("total").asLong()).isGreaterThanOrEqualTo(items.size());
            if (answer.get("items").isEmpty() || items.size() >= answer.get("total").asLong()) {
                return items;
            }
        }
    }

    private static List<String> ids(List<JsonNode> items) {
        return items.stream().map(item -> item.get("id").asString()).toList();
    }

    @Test
    void aReturnPlansTheFollowUpsAtSixAndTwelveMonthsWhenThreeAreAlreadyPast() throws Exception {
        String person = person("Fupplan", false);
        LocalDate arrival = today.minusMonths(4);
        returnOn(person, arrival);
        JsonNode followUps = followUpsOf(person);
        assertThat(followUps.size()).isEqualTo(2);
        assertThat(followUps.get(0).get("kind").asString()).isEqualTo("MONTH_6");
        assertThat(followUps.get(0).get("due").asString()).isEqualTo(arrival.plusMonths(6).toString());
        assertThat(followUps.get(1).get("kind").asString()).isEqualTo("MONTH_12");
        assertThat(followUps.get(1).get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void theDueListHoldsOpenFollowUpsDueOnOrBeforeTheDateOldestFirst() throws Exception {
        String person = person("Fupdue", false);
        returnOn(person, today);
        JsonNode planned = followUpsOf(person);
        assertThat(planned.size()).isEqualTo(3);
        LocalDate sixMonths = today.plusMonths(6);
        List<JsonNode> due = dueList(sixMonths, Role.CASEWORKER);
        assertThat(ids(due)).contains(planned.get(0).get("id").asString(), planned.get(1).get("id").asString())
                .doesNotContain(planned.get(2).get("id").asString());
        JsonNode item = due.stream().filter(i -> i.get("id").asString().equals(planned.get(1).get("id").asString())).findFirst().orElseThrow();
        assertThat(item.get("personId").asString()).isEqualTo(person);
        assertThat(item.get("due").asString()).isEqualTo(sixMonths.toString());
        assertThat(item.get("kind").asString()).isEqualTo("MONTH_6");
        List<String> dates = due.stream().map(i -> i.get("due").asString()).toList();
        assertThat(dates).isSorted().allMatch(d -> d.compareTo(sixMonths.toString()) <= 0);

        mvc.perform(post("/api/v1/follow-ups/" + planned.get(0).get("id").asString() + "/outcome").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"REACHED\",\"note\":\"Va bien\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DONE")).andExpect(jsonPath("$.outcome").value("REACHED"));
        assertThat(ids(dueList(sixMonths, Role.CASEWORKER))).doesNotContain(planned.get(0).get("id").asString());
        mvc.perform(post("/api/v1/follow-ups/" + planned.get(0).get("id").asString() + "/outcome").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"MOVED\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Tag("asvs-8.2.2")
    @Test
    void theDueListShowsAProtectedPersonOnlyToThoseWhoMaySeeHer() throws Exception {
        String hidden = person("Fuphidden", true);
        returnOn(hidden, today);
        String dueId = followUpsOf(hidden).get(0).get("id").asString();
        LocalDate until = today.plusMonths(3);
        assertThat(ids(dueList(until, Role.CASEWORKER))).contains(dueId);
        assertThat(ids(dueList(until, Role.RECEPTION))).doesNotContain(dueId);
        assertThat(dueList(until, Role.RECEPTION)).noneMatch(item -> item.get("personId").asString().equals(hidden));
    }

    @Test
    void anOldImportedReturnPlansNothingAndARecentOnePlansInTheSameBulkWrite() throws Exception {
        String csv = "reference_externe;nom;prenoms;type_retour;pays_provenance;date_arrivee\n"
                + "fup-imp-1;Fupimport;Adama;expulsion;France;15/01/2015\n"
                + "fup-imp-2;Fupimport;Bintou;refoulement;DZA;" + today.minusMonths(1) + "\n";
        mvc.perform(multipart("/api/v1/imports/returns").file(new MockMultipartFile("file", "r.csv", "text/csv",
                        csv.getBytes(StandardCharsets.UTF_8))).with(users.as(Role.COORDINATOR)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.imported").value(2));
        UUID old = jdbc.sql("SELECT id FROM person WHERE external_ref = 'fup-imp-1'").query(UUID.class).single();
        UUID recent = jdbc.sql("SELECT id FROM person WHERE external_ref = 'fup-imp-2'").query(UUID.class).single();
        assertThat(followUpsOf(old.toString()).size()).isZero();
        assertThat(followUpsOf(recent.toString()).size()).isEqualTo(3);
    }

    @Test
    void importingTheSameFileAgainPlansNoFollowUpTwice() throws Exception {
        String csv = "reference_externe;nom;prenoms;type_retour;pays_provenance;date_arrivee\n"
                + "fup-again-1;Fupagain;Awa;refoulement;DZA;" + today.minusMonths(2) + "\n"
                + "fup-again-2;Fupagain;Oumar;expulsion;France;" + today.minusMonths(2) + "\n"
                + "fup-again-2;Fupagain;Oumar;expulsion;France;" + today.minusDays(10) + "\n";
        for (int time = 0; time < 2; time++) {
            mvc.perform(multipart("/api/v1/imports/returns").file(new MockMultipartFile("file", "again.csv", "text/csv",
                            csv.getBytes(StandardCharsets.UTF_8))).with(users.as(Role.COORDINATOR)))
                    .andExpect(status().isOk());
        }
        UUID one = jdbc.sql("SELECT id FROM person WHERE external_ref = 'fup-again-1'").query(UUID.class).single();
        UUID two = jdbc.sql("SELECT id FROM person WHERE external_ref = 'fup-again-2'").query(UUID.class).single();
        assertThat(followUpsOf(one.toString()).size()).isEqualTo(3);
        JsonNode twice = followUpsOf(two.toString());
        assertThat(twice.size()).isEqualTo(6);
        assertThat(twice.findValuesAsString("returnId").stream().distinct().count()).isEqualTo(2);
    }

    @Test
    void aDeathRecordedCancelsThePersonsOtherFollowUpsAndAnAdHocOneCanBeAdded() throws Exception {
        String person = person("Fupdeath", false);
        returnOn(person, today.minusMonths(1));
        JsonNode planned = followUpsOf(person);
        mvc.perform(post("/api/v1/persons/" + person + "/follow-ups").with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"due\":\"" + today.plusDays(3) + "\",\"note\":\"Rappeler la famille\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("AD_HOC"));
        mvc.perform(post("/api/v1/follow-ups/" + planned.get(0).get("id").asString() + "/outcome").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"DECEASED\",\"date\":\"" + today + "\"}"))
                .andExpect(status().isOk());
        JsonNode after = followUpsOf(person);
        assertThat(after.size()).isEqualTo(4);
        assertThat(after.findValuesAsString("status")).containsOnly("DONE", "CANCELLED").containsOnlyOnce("DONE");
        mvc.perform(post("/api/v1/follow-ups/" + planned.get(1).get("id").asString() + "/outcome").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"FORGOTTEN\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("outcome"));
    }

    @Test
    void aBadDateIsABadRequestAndOnlyCaseworkRolesRecordOutcomes() throws Exception {
        mvc.perform(get("/api/v1/follow-ups").param("dueBefore", "31/12/2025").with(users.as(Role.CASEWORKER)))
                .andExpect(status().isBadRequest());
        String person = person("Fuproles", false);
        returnOn(person, today);
        String id = followUpsOf(person).get(0).get("id").asString();
        mvc.perform(post("/api/v1/follow-ups/" + id + "/outcome").with(users.as(Role.RECEPTION))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"REACHED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/follow-ups").with(users.as(Role.VIEWER))).andExpect(status().isForbidden());
    }

    @Test
    void followUpsAndReferralsFollowAMergeAndGoBackWhenItIsUndone() throws Exception {
        String kept = person("Fupmerge", false);
        String merged = person("Fupmerge", false);
        returnOn(merged, today);
        mvc.perform(post("/api/v1/persons/" + merged + "/referrals").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"partner\":\"AMSS\",\"service\":\"Médiation\"}")).andExpect(status().isCreated());
        String mergeId = json.readTree(mvc.perform(post("/api/v1/persons/" + kept + "/merge").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mergedId\":\"" + merged + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("id").asString();
        assertThat(followUpsOf(kept).size()).isEqualTo(3);
        mvc.perform(get("/api/v1/persons/" + kept + "/referrals").with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.total").value(1));

        mvc.perform(post("/api/v1/merges/" + mergeId + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        assertThat(followUpsOf(kept).size()).isZero();
        assertThat(followUpsOf(merged).size()).isEqualTo(3);
        mvc.perform(get("/api/v1/persons/" + merged + "/referrals").with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.total").value(1));
    }

    private JsonNode outcome(String followUpId, String body) throws Exception {
        return json.readTree(mvc.perform(post("/api/v1/follow-ups/" + followUpId + "/outcome").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    @Test
    void aPlannedFollowUpKeepsItsIdAndTheOthersStayPlannedWhenAnOutcomeIsRecorded() throws Exception {
        String person = person("Fupkeep", false);
        returnOn(person, today.minusDays(5));
        JsonNode planned = followUpsOf(person);
        List<String> before = planned.findValuesAsString("id");
        assertThat(before).hasSize(3).doesNotHaveDuplicates();

        JsonNode done = outcome(before.get(1), "{\"outcome\":\"REACHED\"}");
        assertThat(done.get("id").asString()).isEqualTo(before.get(1));
        assertThat(done.get("kind").asString()).isEqualTo("MONTH_6");
        JsonNode after = followUpsOf(person);
        assertThat(after.findValuesAsString("id")).isEqualTo(before);
        assertThat(after.findValuesAsString("status")).containsExactly("OPEN", "DONE", "OPEN");
        assertThat(after.findValuesAsString("due")).isEqualTo(planned.findValuesAsString("due"));
        // The first one is still open, under the same id, and can be closed in turn.
        assertThat(outcome(before.get(0), "{\"outcome\":\"NOT_REACHABLE\"}").get("status").asString()).isEqualTo("DONE");
    }

    /** The due dates the database computes for planned follow-ups are those Java gives, the ends of months included. */
    @Test
    void followUpsPlannedFromTheEndOfAMonthFallDueOnTheDayJavaGivesAndTheListIncludesThatDay() throws Exception {
        List<LocalDate> monthEnds = today.minusDays(75).datesUntil(today.minusDays(1)).filter(d -> d.getDayOfMonth() >= 29).toList();
        assertThat(monthEnds).isNotEmpty();
        String person = person("Fupmonthend", false);
        for (LocalDate arrival : monthEnds) {
            returnOn(person, arrival);
        }
        JsonNode planned = followUpsOf(person);
        assertThat(planned.size()).isEqualTo(3 * monthEnds.size());
        for (JsonNode followUp : planned) {
            LocalDate due = LocalDate.parse(followUp.get("due").asString());
            String id = followUp.get("id").asString();
            JsonNode listed = dueList(due, Role.CASEWORKER).stream().filter(i -> i.get("id").asString().equals(id)).findFirst().orElseThrow();
            assertThat(listed.get("due").asString()).isEqualTo(due.toString());
            assertThat(listed.get("kind").asString()).isEqualTo(followUp.get("kind").asString());
            assertThat(ids(dueList(due.minusDays(1), Role.CASEWORKER))).doesNotContain(id);
        }
    }

    /** Written and planned follow-ups come as one list: page after page, the same items in the same order as in large pages. */
    @Test
    void smallPagesOfTheDueListJoinIntoTheLargeOnesWrittenAndPlannedFollowUpsMixed() throws Exception {
        java.util.Random random = new java.util.Random(15);
        String person = person("Fuppages", false);
        for (int i = 0; i < 12; i++) {
            returnOn(person, today.minusDays(random.nextInt(80)));
        }
        List<String> ids = followUpsOf(person).findValuesAsString("id");
        for (int i = 0; i < ids.size(); i += 4) {
            outcome(ids.get(i), "{\"outcome\":\"REACHED\"}");  // writes out that plan: its others become rows
        }
        LocalDate until = today.plusMonths(13);
        List<JsonNode> large = dueList(until, Role.CASEWORKER);
        List<String> small = new ArrayList<>();
        for (int page = 0; small.size() < large.size(); page++) {
            JsonNode answer = json.readTree(mvc.perform(get("/api/v1/follow-ups").param("dueBefore", until.toString())
                            .param("page", String.valueOf(page)).param("size", "7").with(users.as(Role.CASEWORKER)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(answer.get("total").asLong()).isEqualTo(large.size());
            assertThat(answer.get("items").size()).isPositive();
            answer.get("items").forEach(item -> small.add(item.get("id").asString()));
        }
        assertThat(small).isEqualTo(ids(large)).doesNotHaveDuplicates();
        assertThat(large.stream().map(i -> i.get("due").asString()).toList()).isSorted();
        List<String> open = new ArrayList<>(ids);
        for (int i = 0; i < ids.size(); i += 4) {
            open.remove(ids.get(i));
        }
        assertThat(ids(large)).containsAll(open).doesNotContainAnyElementsOf(ids.stream().filter(id -> !open.contains(id)).toList());
    }

    /** The casework report counts planned follow-ups as open ones, and a recorded outcome as done. */
    @Test
    void theCaseworkReportCountsPlannedFollowUpsAsOpenUntilDone() throws Exception {
        LocalDate arrival = today.minusDays(23);
        LocalDate due = arrival.plusMonths(3);
        long[] before = caseworkFollowUps(due);
        String person = person("Fupreport", false);
        returnOn(person, arrival);
        long[] planned = caseworkFollowUps(due);
        assertThat(planned[0] - before[0]).isEqualTo(1);
        assertThat(planned[2] - before[2]).isEqualTo(1);
        outcome(followUpsOf(person).get(0).get("id").asString(), "{\"outcome\":\"REACHED\"}");
        long[] done = caseworkFollowUps(due);
        assertThat(done[0] - before[0]).isEqualTo(1);
        assertThat(done[1] - before[1]).isEqualTo(1);
        assertThat(done[2] - before[2]).isZero();
    }

    /** The casework report's follow-ups due on one day: due, done, upcoming. */
    private long[] caseworkFollowUps(LocalDate day) throws Exception {
        JsonNode report = json.readTree(mvc.perform(get("/api/v1/reports/casework").param("from", day.toString()).param("to", day.toString())
                        .with(users.as(Role.VIEWER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        JsonNode f = report.get("followUps");
        return new long[] {f.get("due").asLong(), f.get("done").asLong(), f.get("upcoming").asLong()};
    }
}
