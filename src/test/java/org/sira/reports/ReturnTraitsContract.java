package org.sira.reports;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sira.reports.internal.TallyRefresher;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The returnees report counts from what each return carries of its person (V080): first or repeat
 * return, age band and vulnerabilities. These tests change the person or their returns after the
 * fact, through the API, and check the report follows: a return recorded with an earlier date, a
 * removed return, a corrected arrival date, a merge and its undoing, an edited date of birth and
 * vulnerabilities; and a rights check, which repeats its return's arrival date (V081), follows a
 * corrected date. Each test has a year of its own, which no other test uses (1978 to 1983).
 * Every report is read twice, before and after the months' kept counts are counted again
 * ({@link TallyRefresher}), and must not differ: so each change above must leave its months to be
 * counted from the returns, or the first read would give the count kept before it.
 */
abstract class ReturnTraitsContract {

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired TallyRefresher tallies;

    @Test
    void aReturnRecordedWithAnEarlierDateMakesTheLaterOneARepeatAndRemovingItUndoesThat() throws Exception {
        String person = person("{\"familyName\":\"Traitun\",\"sex\":\"M\"}");
        String later = ret(person, "1978-05-01");
        assertThat(firstAndRepeat("1978")).containsExactly(1, 0);
        String earlier = ret(person, "1978-02-01");
        assertThat(firstAndRepeat("1978")).containsExactly(1, 1);
        remove(earlier);
        assertThat(firstAndRepeat("1978")).containsExactly(1, 0);
        assertThat(later).isNotBlank();
    }

    @Test
    void correctingAnArrivalDateReordersThePersonsReturns() throws Exception {
        String person = person("{\"familyName\":\"Traitdeux\",\"sex\":\"F\"}");
        String first = ret(person, "1979-02-01");
        ret(person, "1979-05-01");
        assertThat(firstAndRepeat("1979")).containsExactly(1, 1);
        mvc.perform(put("/api/v1/returns/" + first).with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"DZ\",\"arrivalDate\":\"1979-09-01\",\"version\":0}"))
                .andExpect(status().isOk());
        // Still one first and one repeat, but the repeat is now the return of September.
        assertThat(firstAndRepeat("1979")).containsExactly(1, 1);
        assertThat(firstAndRepeat("1979-S1")).containsExactly(1, 0);
        assertThat(firstAndRepeat("1979-S2")).containsExactly(0, 1);
    }

    @Test
    void aMergeMakesTheMergedPersonsLaterReturnARepeatUntilItIsUndone() throws Exception {
        String kept = person("{\"familyName\":\"Traittrois\",\"sex\":\"M\"}");
        String merged = person("{\"familyName\":\"Traittrois\",\"givenNames\":\"Bis\",\"sex\":\"M\"}");
        ret(kept, "1980-03-01");
        ret(merged, "1980-04-01");
        assertThat(firstAndRepeat("1980")).containsExactly(2, 0);
        String merge = json.readTree(mvc.perform(post("/api/v1/persons/" + kept + "/merge").with(users.as(Role.COORDINATOR))
                .contentType(MediaType.APPLICATION_JSON).content("{\"mergedId\":\"" + merged + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()).get("id").asString();
        assertThat(firstAndRepeat("1980")).containsExactly(1, 1);
        mvc.perform(post("/api/v1/merges/" + merge + "/undo").with(users.as(Role.COORDINATOR))).andExpect(status().isOk());
        assertThat(firstAndRepeat("1980")).containsExactly(2, 0);
    }

    @Test
    void editingADateOfBirthAndVulnerabilitiesMovesTheReturnsBetweenBandsAndCounts() throws Exception {
        String person = person("{\"familyName\":\"Traitquatre\",\"sex\":\"F\",\"birthDate\":\"1963-06-15\"}");
        ret(person, "1981-05-01");
        ret(person, "1981-11-01");
        JsonNode before = api("/api/v1/reports/returnees", "period", "1981");
        assertThat(map(before.get("byAgeBand"))).containsEntry("18-24", 1L).containsEntry("0-17", 1L);
        assertThat(before.get("withVulnerability").asLong()).isZero();
        mvc.perform(put("/api/v1/persons/" + person).with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"familyName\":\"Traitquatre\",\"sex\":\"F\",\"birthDate\":\"1950-01-01\","
                        + "\"vulnerabilities\":[\"PREGNANT\",\"CHRONIC_ILLNESS\"],\"version\":0}"))
                .andExpect(status().isOk());
        JsonNode after = api("/api/v1/reports/returnees", "period", "1981");
        assertThat(map(after.get("byAgeBand"))).containsEntry("25-34", 2L).containsEntry("18-24", 0L).containsEntry("0-17", 0L);
        assertThat(after.get("withVulnerability").asLong()).isEqualTo(2);
        assertThat(map(after.get("byVulnerability"))).isEqualTo(Map.of("CHRONIC_ILLNESS", 2L, "PREGNANT", 2L));
    }

    @Test
    void returnsOfOnePersonOnOneDayAreBothFirstReturnsAndALaterDayIsARepeat() throws Exception {
        String person = person("{\"familyName\":\"Traitcinq\",\"sex\":\"M\"}");
        ret(person, "1982-03-03", "FORCED_REMOVAL");
        ret(person, "1982-03-03", "BORDER_REJECTION");
        ret(person, "1982-03-04", "BORDER_REJECTION");
        assertThat(firstAndRepeat("1982")).containsExactly(2, 1);
    }

    @Test
    void aRightsCheckFollowsItsReturnToTheCorrectedDate() throws Exception {
        String person = person("{\"familyName\":\"Traitsix\",\"sex\":\"M\"}");
        String moved = ret(person, "1983-02-01");
        mvc.perform(post("/returns/" + moved + "/rights").with(users.page(Role.RECEPTION)).with(csrf())
                .param("detained", "true").param("detentionDays", "12").param("violence", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(api("/api/v1/reports/rights", "period", "1983-S1").get("checked").asLong()).isEqualTo(1);
        mvc.perform(put("/api/v1/returns/" + moved).with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"DZ\",\"arrivalDate\":\"1983-08-01\",\"version\":0}"))
                .andExpect(status().isOk());
        JsonNode first = api("/api/v1/reports/rights", "period", "1983-S1");
        JsonNode second = api("/api/v1/reports/rights", "period", "1983-S2");
        assertThat(first.get("returns").asLong()).isZero();
        assertThat(first.get("checked").asLong()).isZero();
        assertThat(second.get("checked").asLong()).isEqualTo(1);
        assertThat(second.get("all").get("detained").asLong()).isEqualTo(1);
        assertThat(second.get("all").get("mistreated").asLong()).isEqualTo(1);
    }

    private int[] firstAndRepeat(String period) throws Exception {
        JsonNode report = api("/api/v1/reports/returnees", "period", period);
        return new int[] {report.get("firstReturns").asInt(), report.get("repeatReturns").asInt()};
    }

    private String person(String body) throws Exception {
        return ask().created("/api/v1/persons", body).get("id").asString();
    }

    private String ret(String person, String date) throws Exception {
        return ret(person, date, "FORCED_REMOVAL");
    }

    private String ret(String person, String date, String kind) throws Exception {
        return ask().created("/api/v1/persons/" + person + "/returns",
                "{\"returnKind\":\"" + kind + "\",\"countryFrom\":\"DZ\",\"arrivalDate\":\"" + date + "\"}").get("id").asString();
    }

    private void remove(String returnId) throws Exception {
        mvc.perform(delete("/api/v1/returns/" + returnId).param("version", "0").with(users.as(Role.ADMIN)))
                .andExpect(status().isNoContent());
    }

    private JsonNode api(String path, String... params) throws Exception {
        JsonNode counted = ask().api(path, params);
        tallies.refreshStale();
        JsonNode kept = ask().api(path, params);
        assertThat(kept).as("%s with every month kept", path).isEqualTo(counted);
        return kept;
    }

    private ReportRequests ask() {
        return new ReportRequests(mvc, users, json);
    }

    private static Map<String, Long> map(JsonNode node) {
        Map<String, Long> map = new HashMap<>();
        node.properties().forEach(e -> map.put(e.getKey(), e.getValue().asLong()));
        return map;
    }
}
