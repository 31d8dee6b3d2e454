package org.sira.bench;

import java.time.LocalDate;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.sira.security.Role;
import org.sira.support.TestUsers;
import org.sira.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Server time of the standard reports at issue 16's size, in process (MockMvc, no network): the
 * returnees, rights, assistance, casework and donor reports for a semester and for ten years, the
 * trends over ten years, each as a page and a PDF, on a database loaded by bench/reports-1m.sql (H2)
 * or bench/reports-1m-postgres.sql. Not a test (the name does not end in Test):
 * {@code mvn -B -o test -Dtest=ReportTimings -Dsurefire.failIfNoSpecifiedTests=false} with the
 * database's URL; docs/BENCHMARKS.md ("Reports at 1,000,000 persons") says how.
 * {@code -Dtimings.runs=} sets the requests per figure (default 7), {@code -Dtimings.reports=returnees,trends}
 * the reports timed (default all six; the donor report is of {@code -Dtimings.project=}, by default
 * the benchmark data's project) and {@code -Dtimings.spans=semester} the periods (default both).
 *
 * <p>Every request asks for other days than any before it (the semester of run i starts 6·i months
 * after 2019-01-01, the PDF's one day later; the ten years start i days after 2016-01-01, up to
 * 2025-12-31): H2 hands back the last result of a statement asked again with the same parameters
 * on unchanged tables, which would time nothing.
 */
@WebTest
class ReportTimings {

    private static final int RUNS = Integer.getInteger("timings.runs", 7);
    private static final String REPORTS = System.getProperty("timings.reports", "returnees,rights,assistance,trends,casework,donor");
    /** The project bench/reports-1m*.sql charges half the centre's handouts to. */
    private static final String DONOR_PROJECT = System.getProperty("timings.project", "60000000-0000-7000-8000-000000000002");
    private static final String SPANS_TIMED = System.getProperty("timings.spans", "semester,ten years");
    /** Ten spans of about ten years (the data run from 2016 to 2026), one per trends request. */
    private static final int[][] SPANS = {{2016, 2025}, {2017, 2026}, {2015, 2024}, {2016, 2026}, {2015, 2025}, {2014, 2025},
        {2015, 2026}, {2014, 2024}, {2014, 2026}, {2013, 2025}};

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;
    @Autowired org.sira.people.PersonMatching matching;
    @Autowired org.sira.reports.internal.TallyRefresher tallies;

    /** Median and 95th percentile (the slowest for fewer than 20 runs), in ms, of the addresses of runs 0, 1, 2… */
    private String times(java.util.function.IntFunction<String> address) throws Exception {
        long[] times = new long[RUNS];
        // One request first, untimed, for a period none of the timed ones asks: the first drawing of a
        // report after start loads its classes and fonts (up to a second and a half more).
        mvc.perform(get(address.apply(RUNS)).with(users.page(Role.VIEWER))).andExpect(status().isOk());
        for (int i = 0; i < RUNS; i++) {
            String asked = address.apply(i);
            long start = System.nanoTime();
            mvc.perform(get(asked).with(users.page(Role.VIEWER))).andExpect(status().isOk());
            times[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(times);
        return String.format("p50 %8.1f ms  p95 %8.1f ms", times[RUNS / 2] / 1000.0, times[(int) Math.ceil(RUNS * 0.95) - 1] / 1000.0);
    }

    @Test
    void timesTheStandardReports() throws Exception {
        // The match index loads on a thread of its own (about 30 s at a million persons): time after it, not beside it.
        matching.sample(1).forEach(any -> matching.compare(java.util.UUID.randomUUID(), any));
        // The months' kept counts, as the background refresh leaves them (the test profile does not schedule it).
        long counting = System.nanoTime();
        int months = tallies.refreshStale();
        StringBuilder out = new StringBuilder("REPORT TIMINGS (" + RUNS + " requests each)\n");
        out.append(String.format("monthly counts brought up to date: %d month-tallies in %.1f s%n", months,
                (System.nanoTime() - counting) / 1e9));
        LocalDate semesters = LocalDate.of(2019, 1, 1);
        LocalDate decade = LocalDate.of(2016, 1, 1);
        for (String report : new String[] {"returnees", "rights", "assistance", "casework", "donor"}) {
            for (int f = 0; f < 2 && REPORTS.contains(report); f++) {
                String format = f == 0 ? "" : ".pdf";
                int shift = f;
                String path = "/reports/" + report + format + (report.equals("donor") ? "?project=" + DONOR_PROJECT + "&" : "?");
                if (SPANS_TIMED.contains("semester")) {
                    out.append(String.format("%-28s %s%n", report + format + " semester", times(i -> {
                        LocalDate from = semesters.plusMonths(6L * i).plusDays(shift);
                        return path + "from=" + from + "&to=" + from.plusMonths(6).minusDays(1);
                    })));
                }
                if (SPANS_TIMED.contains("ten years")) {
                    out.append(String.format("%-28s %s%n", report + format + " ten years",
                            times(i -> path + "from=" + decade.plusDays(2L * i + shift) + "&to=2025-12-31")));
                }
            }
        }
        for (String format : REPORTS.contains("trends") ? new String[] {"", ".pdf"} : new String[0]) {
            out.append(String.format("%-28s %s%n", "trends" + format + " ten years", times(i -> "/reports/trends" + format
                    + "?fromYear=" + SPANS[i % SPANS.length][0] + "&toYear=" + SPANS[i % SPANS.length][1])));
        }
        System.out.println(out);
    }
}
