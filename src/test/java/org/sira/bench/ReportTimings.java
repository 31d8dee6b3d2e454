package org.sira.bench;

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
 * returnees, rights and assistance reports for a semester (2021-S1) and ten years (2016–2025), the
 * trends over those ten years, each as a page and a PDF, on a database loaded by
 * bench/reports-1m.sql (H2) or bench/reports-1m-postgres.sql. Not a test (the name does not end in
 * Test): {@code mvn -B -o test -Dtest=ReportTimings -Dsurefire.failIfNoSpecifiedTests=false} with the
 * database's URL; docs/BENCHMARKS.md ("Reports at 1,000,000 persons") says how. {@code -Dtimings.runs=}
 * sets the requests per figure (default 7).
 */
@WebTest
class ReportTimings {

    private static final int RUNS = Integer.getInteger("timings.runs", 7);
    private static final String SEMESTER = "period=2021-S1";
    private static final String TEN_YEARS = "from=2016-01-01&to=2025-12-31";

    @Autowired MockMvc mvc;
    @Autowired TestUsers users;

    /** Median and 95th percentile (the slowest for fewer than 20 runs), in ms. */
    private String times(String address) throws Exception {
        long[] times = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            mvc.perform(get(address).with(users.page(Role.VIEWER))).andExpect(status().isOk());
            times[i] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(times);
        return String.format("p50 %8.1f ms  p95 %8.1f ms", times[RUNS / 2] / 1000.0, times[(int) Math.ceil(RUNS * 0.95) - 1] / 1000.0);
    }

    @Test
    void timesTheStandardReports() throws Exception {
        StringBuilder out = new StringBuilder("REPORT TIMINGS (" + RUNS + " requests each)\n");
        for (String report : new String[] {"returnees", "rights", "assistance"}) {
            for (String[] period : new String[][] {{"semester", SEMESTER}, {"ten years", TEN_YEARS}}) {
                for (String format : new String[] {"", ".pdf"}) {
                    out.append(String.format("%-28s %s%n", report + format + " " + period[0],
                            times("/reports/" + report + format + "?" + period[1])));
                }
            }
        }
        for (String format : new String[] {"", ".pdf"}) {
            out.append(String.format("%-28s %s%n", "trends" + format + " ten years", times("/reports/trends" + format + "?fromYear=2016&toYear=2025")));
        }
        System.out.println(out);
    }
}
