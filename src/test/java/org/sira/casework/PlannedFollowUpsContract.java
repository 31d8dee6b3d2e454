package org.sira.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Follow-ups planned after a return are one plan until touched (V082): read, paged, counted and closed as written ones. */
abstract class PlannedFollowUpsContract extends FollowUpApiContract {

    @org.springframework.beans.factory.annotation.Autowired org.sira.reports.internal.TallyRefresher tallies;


    @Test
    void aPlannedFollowUpKeepsItsIdAndTheOthersStayPlannedWhenAnOutcomeIsRecorded() throws Exception {
        String person = api.person("Fupkeep", false);
        api.returnOn(person, today.minusDays(5));
        JsonNode planned = api.followUpsOf(person);
        List<String> before = planned.findValuesAsString("id");
        assertThat(before).hasSize(3).doesNotHaveDuplicates();

        JsonNode done = api.outcome(before.get(1), "{\"outcome\":\"REACHED\"}");
        assertThat(done.get("id").asString()).isEqualTo(before.get(1));
        assertThat(done.get("kind").asString()).isEqualTo("MONTH_6");
        JsonNode after = api.followUpsOf(person);
        assertThat(after.findValuesAsString("id")).isEqualTo(before);
        assertThat(after.findValuesAsString("status")).containsExactly("OPEN", "DONE", "OPEN");
        assertThat(after.findValuesAsString("due")).isEqualTo(planned.findValuesAsString("due"));
        // The first one is still open, under the same id, and can be closed in turn.
        assertThat(api.outcome(before.get(0), "{\"outcome\":\"NOT_REACHABLE\"}").get("status").asString()).isEqualTo("DONE");
    }

    /** The due dates the database computes for planned follow-ups are those Java gives, the ends of months included. */
    @Test
    void followUpsPlannedFromTheEndOfAMonthFallDueOnTheDayJavaGivesAndTheListIncludesThatDay() throws Exception {
        List<LocalDate> monthEnds = today.minusDays(75).datesUntil(today.minusDays(1)).filter(d -> d.getDayOfMonth() >= 29).toList();
        assertThat(monthEnds).isNotEmpty();
        String person = api.person("Fupmonthend", false);
        for (LocalDate arrival : monthEnds) {
            api.returnOn(person, arrival);
        }
        JsonNode planned = api.followUpsOf(person);
        assertThat(planned.size()).isEqualTo(3 * monthEnds.size());
        for (JsonNode followUp : planned) {
            LocalDate due = LocalDate.parse(followUp.get("due").asString());
            String id = followUp.get("id").asString();
            JsonNode listed = api.dueList(due, Role.CASEWORKER).stream().filter(i -> i.get("id").asString().equals(id)).findFirst().orElseThrow();
            assertThat(listed.get("due").asString()).isEqualTo(due.toString());
            assertThat(listed.get("kind").asString()).isEqualTo(followUp.get("kind").asString());
            assertThat(FollowUpRequests.ids(api.dueList(due.minusDays(1), Role.CASEWORKER))).doesNotContain(id);
        }
    }

    /** Written and planned follow-ups come as one list: page after page, the same items in the same order as in large pages. */
    @Test
    void smallPagesOfTheDueListJoinIntoTheLargeOnesWrittenAndPlannedFollowUpsMixed() throws Exception {
        java.util.Random random = new java.util.Random(15);
        String person = api.person("Fuppages", false);
        for (int i = 0; i < 12; i++) {
            api.returnOn(person, today.minusDays(random.nextInt(80)));
        }
        List<String> ids = api.followUpsOf(person).findValuesAsString("id");
        for (int i = 0; i < ids.size(); i += 4) {
            api.outcome(ids.get(i), "{\"outcome\":\"REACHED\"}");  // writes out that plan: its others become rows
        }
        LocalDate until = today.plusMonths(13);
        List<JsonNode> large = api.dueList(until, Role.CASEWORKER);
        List<String> small = new ArrayList<>();
        for (int page = 0; small.size() < large.size(); page++) {
            JsonNode answer = json.readTree(mvc.perform(get("/api/v1/follow-ups").param("dueBefore", until.toString())
                            .param("page", String.valueOf(page)).param("size", "7").with(users.as(Role.CASEWORKER)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(answer.get("total").asLong()).isEqualTo(large.size());
            assertThat(answer.get("items").size()).isPositive();
            answer.get("items").forEach(item -> small.add(item.get("id").asString()));
        }
        assertThat(small).isEqualTo(FollowUpRequests.ids(large)).doesNotHaveDuplicates();
        assertThat(large.stream().map(i -> i.get("due").asString()).toList()).isSorted();
        List<String> open = new ArrayList<>(ids);
        for (int i = 0; i < ids.size(); i += 4) {
            open.remove(ids.get(i));
        }
        assertThat(FollowUpRequests.ids(large)).containsAll(open).doesNotContainAnyElementsOf(ids.stream().filter(id -> !open.contains(id)).toList());
    }

    /** The casework report counts planned follow-ups as open ones, and a recorded outcome as done. */
    @Test
    void theCaseworkReportCountsPlannedFollowUpsAsOpenUntilDone() throws Exception {
        LocalDate arrival = today.minusDays(23);
        LocalDate due = arrival.plusMonths(3);
        long[] before = caseworkFollowUps(due);
        String person = api.person("Fupreport", false);
        api.returnOn(person, arrival);
        long[] planned = caseworkFollowUps(due);
        assertThat(planned[0] - before[0]).isEqualTo(1);
        assertThat(planned[2] - before[2]).isEqualTo(1);
        api.outcome(api.followUpsOf(person).get(0).get("id").asString(), "{\"outcome\":\"REACHED\"}");
        long[] done = caseworkFollowUps(due);
        assertThat(done[0] - before[0]).isEqualTo(1);
        assertThat(done[1] - before[1]).isEqualTo(1);
        assertThat(done[2] - before[2]).isZero();
    }

    /**
     * The casework report's follow-ups due in the month of that day: due, done, upcoming. Read before
     * and after the months' kept counts are counted again, which must not differ: a change that left
     * its month trusted would show the count kept before it.
     */
    private long[] caseworkFollowUps(LocalDate day) throws Exception {
        String from = day.withDayOfMonth(1).toString();
        String to = day.withDayOfMonth(day.lengthOfMonth()).toString();
        JsonNode counted = caseworkReport(from, to);
        tallies.refreshStale();
        JsonNode f = caseworkReport(from, to).get("followUps");
        assertThat(f).isEqualTo(counted.get("followUps"));
        return new long[] {f.get("due").asLong(), f.get("done").asLong(), f.get("upcoming").asLong()};
    }

    private JsonNode caseworkReport(String from, String to) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/reports/casework").param("from", from).param("to", to)
                .with(users.as(Role.VIEWER))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
