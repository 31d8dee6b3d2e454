package org.sira.casework;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** api-v1: follow-ups planned by each return, listed when due to those who may see the person, closed by their outcome. */
abstract class FollowUpsContract extends FollowUpApiContract {

    @Autowired JdbcClient jdbc;

    @Test
    void aReturnPlansTheFollowUpsAtSixAndTwelveMonthsWhenThreeAreAlreadyPast() throws Exception {
        String person = api.person("Fupplan", false);
        LocalDate arrival = today.minusMonths(4);
        api.returnOn(person, arrival);
        JsonNode followUps = api.followUpsOf(person);
        assertThat(followUps.size()).isEqualTo(2);
        assertThat(followUps.get(0).get("kind").asString()).isEqualTo("MONTH_6");
        assertThat(followUps.get(0).get("due").asString()).isEqualTo(arrival.plusMonths(6).toString());
        assertThat(followUps.get(1).get("kind").asString()).isEqualTo("MONTH_12");
        assertThat(followUps.get(1).get("status").asString()).isEqualTo("OPEN");
    }

    @Test
    void theDueListHoldsOpenFollowUpsDueOnOrBeforeTheDateOldestFirst() throws Exception {
        String person = api.person("Fupdue", false);
        api.returnOn(person, today);
        JsonNode planned = api.followUpsOf(person);
        assertThat(planned.size()).isEqualTo(3);
        LocalDate sixMonths = today.plusMonths(6);
        List<JsonNode> due = api.dueList(sixMonths, Role.CASEWORKER);
        assertThat(FollowUpRequests.ids(due)).contains(planned.get(0).get("id").asString(), planned.get(1).get("id").asString())
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
        assertThat(FollowUpRequests.ids(api.dueList(sixMonths, Role.CASEWORKER))).doesNotContain(planned.get(0).get("id").asString());
        mvc.perform(post("/api/v1/follow-ups/" + planned.get(0).get("id").asString() + "/outcome").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"MOVED\"}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Tag("asvs-8.2.2")
    @Test
    void theDueListShowsAProtectedPersonOnlyToThoseWhoMaySeeHer() throws Exception {
        String hidden = api.person("Fuphidden", true);
        api.returnOn(hidden, today);
        String dueId = api.followUpsOf(hidden).get(0).get("id").asString();
        LocalDate until = today.plusMonths(3);
        assertThat(FollowUpRequests.ids(api.dueList(until, Role.CASEWORKER))).contains(dueId);
        assertThat(FollowUpRequests.ids(api.dueList(until, Role.RECEPTION))).doesNotContain(dueId);
        assertThat(api.dueList(until, Role.RECEPTION)).noneMatch(item -> item.get("personId").asString().equals(hidden));
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
        assertThat(api.followUpsOf(old.toString()).size()).isZero();
        assertThat(api.followUpsOf(recent.toString()).size()).isEqualTo(3);
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
        assertThat(api.followUpsOf(one.toString()).size()).isEqualTo(3);
        JsonNode twice = api.followUpsOf(two.toString());
        assertThat(twice.size()).isEqualTo(6);
        assertThat(twice.findValuesAsString("returnId").stream().distinct().count()).isEqualTo(2);
    }

    @Test
    void aDeathRecordedCancelsThePersonsOtherFollowUpsAndAnAdHocOneCanBeAdded() throws Exception {
        String person = api.person("Fupdeath", false);
        api.returnOn(person, today.minusMonths(1));
        JsonNode planned = api.followUpsOf(person);
        mvc.perform(post("/api/v1/persons/" + person + "/follow-ups").with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"due\":\"" + today.plusDays(3) + "\",\"note\":\"Rappeler la famille\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("AD_HOC"));
        mvc.perform(post("/api/v1/follow-ups/" + planned.get(0).get("id").asString() + "/outcome").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"DECEASED\",\"date\":\"" + today + "\"}"))
                .andExpect(status().isOk());
        JsonNode after = api.followUpsOf(person);
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
        String person = api.person("Fuproles", false);
        api.returnOn(person, today);
        String id = api.followUpsOf(person).get(0).get("id").asString();
        mvc.perform(post("/api/v1/follow-ups/" + id + "/outcome").with(users.as(Role.RECEPTION))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"REACHED\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/follow-ups").with(users.as(Role.VIEWER))).andExpect(status().isForbidden());
    }

    @Test
    void followUpsAndReferralsFollowAMergeAndGoBackWhenItIsUndone() throws Exception {
        String kept = api.person("Fupmerge", false);
        String merged = api.person("Fupmerge", false);
        api.returnOn(merged, today);
        mvc.perform(post("/api/v1/persons/" + merged + "/referrals").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"partner\":\"AMSS\",\"service\":\"Médiation\"}")).andExpect(status().isCreated());
        String mergeId = json.readTree(mvc.perform(post("/api/v1/persons/" + kept + "/merge").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mergedId\":\"" + merged + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("id").asString();
        assertThat(api.followUpsOf(kept).size()).isEqualTo(3);
        mvc.perform(get("/api/v1/persons/" + kept + "/referrals").with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.total").value(1));

        mvc.perform(post("/api/v1/merges/" + mergeId + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        assertThat(api.followUpsOf(kept).size()).isZero();
        assertThat(api.followUpsOf(merged).size()).isEqualTo(3);
        mvc.perform(get("/api/v1/persons/" + merged + "/referrals").with(users.as(Role.CASEWORKER))).andExpect(jsonPath("$.total").value(1));
    }
}
