package org.sira.reports;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sira.arrivals.internal.ReturnMonths;
import org.sira.reports.internal.TallyRefresher;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The reports read whole months from their kept counts (V085), and trust a month only while no
 * transaction has changed its returns since it was counted. To see which a report read, these
 * tests add 100 to the kept counts of March 1969 (returns, rights checks, follow-ups due) by hand,
 * which no change through Sira could do;
 * they use 1969, which no other test uses, and count its months again when done.
 */
abstract class KeptMonthsContract {

    private static final LocalDate MARCH = LocalDate.of(1969, 3, 1);

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired JsonMapper json;
    @Autowired JdbcClient jdbc;
    @Autowired TallyRefresher tallies;
    @Autowired ReturnMonths returnMonths;

    @AfterEach
    void marchIsCountedAgain() {
        jdbc.sql("UPDATE return_month SET changes = changes + 1 WHERE first_day = :month").param("month", MARCH).update();
        jdbc.sql("UPDATE follow_up_month SET changes = changes + 1 WHERE first_day = :month").param("month", MARCH).update();
        tallies.refreshStale();
    }

    @Test
    void everyReportReadsAWholeTrustedMonthFromItsKeptCountsButNotItsEdgesNorANarrowedReport() throws Exception {
        UUID person = ask().person("Gardemois", "F");
        ret(person, "1969-03-10", null);
        String checked = ret(person, "1969-05-15", "Gogui");
        mvc.perform(post("/returns/" + checked + "/rights").with(users.page(Role.RECEPTION)).with(csrf())
                .param("detained", "true").param("detentionDays", "4")).andExpect(status().is3xxRedirection());
        tallies.refreshStale();
        long year = total("1969-01-01", "1969-12-31");
        long firstReturns = ask().api("/api/v1/reports/returnees", "period", "1969").get("firstReturns").asLong();

        addToMarch(100);

        assertThat(total("1969-01-01", "1969-12-31")).isEqualTo(year + 100);
        assertThat(ask().api("/api/v1/reports/trends", "fromYear", "1969", "toYear", "1969").get("years").get(0).get("total").asLong())
                .isEqualTo(year + 100);
        assertThat(ask().api("/api/v1/reports/returnees", "period", "1969").get("firstReturns").asLong()).isEqualTo(firstReturns + 100);
        assertThat(ask().api("/api/v1/reports/rights", "period", "1969").get("returns").asLong()).isEqualTo(year + 100);
        // Days cut from March, and a report narrowed to an arrival point, count the returns themselves.
        assertThat(total("1969-03-02", "1969-12-31")).isEqualTo(year);
        assertThat(total("1969-03-10", "1969-03-10")).isEqualTo(1);
        assertThat(ask().api("/api/v1/reports/returnees", "period", "1969", "arrivalPoint", "gogui").get("counts").get("total").asLong())
                .isEqualTo(1);
        // At a start no month is trusted: a crash may have come between a commit and the count of its months.
        returnMonths.afterPropertiesSet();
        assertThat(total("1969-01-01", "1969-12-31")).isEqualTo(year);
    }

    @Test
    void aMonthWhoseReturnsChangedIsCountedFromThemUntilItIsCountedAgain() throws Exception {
        UUID person = ask().person("Gardemois", "M");
        String moved = ret(person, "1969-03-20", null);
        tallies.refreshStale();
        long year = total("1969-01-01", "1969-12-31");
        addToMarch(100);
        assertThat(total("1969-01-01", "1969-12-31")).isEqualTo(year + 100);

        mvc.perform(put("/api/v1/returns/" + moved).with(users.as(Role.COORDINATOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"DZ\",\"arrivalDate\":\"1969-08-20\",\"version\":0}"))
                .andExpect(status().isOk());

        assertThat(total("1969-01-01", "1969-12-31")).as("March distrusted at once, hand-made 100 and all").isEqualTo(year);
        assertThat(total("1969-08-01", "1969-08-31")).isEqualTo(1);
        tallies.refreshStale();
        assertThat(total("1969-01-01", "1969-12-31")).isEqualTo(year);
        assertThat(total("1969-03-01", "1969-03-31")).isEqualTo(year - 1);
    }

    @Test
    void theCaseworkReportReadsWholeTrustedMonthsOfFollowUpsFromTheirKeptCountsUntilOneIsClosed() throws Exception {
        UUID person = ask().person("Gardesuivi", "F");
        String followUp = json.readTree(mvc.perform(post("/api/v1/persons/" + person + "/follow-ups").with(users.as(Role.CASEWORKER))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"due\":\"1969-03-12\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
        tallies.refreshStale();
        JsonNode before = ask().api("/api/v1/reports/casework", "period", "1969");
        long due = before.get("followUps").get("due").asLong();
        long reached = before.get("followUpOutcomes").get("REACHED").asLong();

        jdbc.sql("UPDATE report_follow_ups_tally SET n = n + 100 WHERE first_day = :month AND line = 0").param("month", MARCH).update();
        assertThat(ask().api("/api/v1/reports/casework", "period", "1969").get("followUps").get("due").asLong()).isEqualTo(due + 100);
        assertThat(ask().api("/api/v1/reports/casework", "from", "1969-03-12", "to", "1969-12-31").get("followUps").get("due").asLong())
                .as("days cut from March, counted from the follow-ups").isEqualTo(due);

        mvc.perform(post("/api/v1/follow-ups/" + followUp + "/outcome").with(users.as(Role.CASEWORKER)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"outcome\":\"REACHED\",\"date\":\"1969-04-02\"}")).andExpect(status().isOk());
        JsonNode closed = ask().api("/api/v1/reports/casework", "period", "1969");
        assertThat(closed.get("followUps").get("due").asLong()).as("March distrusted at once").isEqualTo(due);
        assertThat(closed.get("followUps").get("done").asLong()).isEqualTo(before.get("followUps").get("done").asLong() + 1);
        assertThat(closed.get("followUpOutcomes").get("REACHED").asLong()).isEqualTo(reached + 1);
        tallies.refreshStale();
        assertThat(ask().api("/api/v1/reports/casework", "period", "1969")).isEqualTo(closed);
    }

    private void addToMarch(int n) {
        for (String table : new String[] {"report_returns_tally", "report_rights_tally"}) {
            jdbc.sql("UPDATE " + table + " SET n = n + :n WHERE first_day = :month AND line = 0").param("n", n).param("month", MARCH).update();
        }
        jdbc.sql("""
                UPDATE report_persons_tally SET n = n + :n WHERE first_day = :month
                AND line = (SELECT MIN(line) FROM report_persons_tally WHERE first_day = :month AND repeat_return = FALSE)""")
                .param("n", n).param("month", MARCH).update();
    }

    private long total(String from, String to) throws Exception {
        return ask().api("/api/v1/reports/returns", "from", from, "to", to).get("total").asLong();
    }

    private String ret(UUID person, String date, String point) throws Exception {
        return ask().created("/api/v1/persons/" + person + "/returns", "{\"returnKind\":\"FORCED_REMOVAL\",\"countryFrom\":\"DZ\","
                + "\"arrivalDate\":\"" + date + "\"" + (point == null ? "" : ",\"arrivalPoint\":\"" + point + "\"") + "}").get("id").asString();
    }

    private ReportRequests ask() {
        return new ReportRequests(mvc, users, json);
    }
}
