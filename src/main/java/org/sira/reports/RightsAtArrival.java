package org.sira.reports;

import org.sira.reports.internal.MonthlyTallies;
import org.sira.reports.internal.ReturnFilter;
import org.sira.reports.internal.Tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts what the rights checks of arrivals record (table {@code rights_check}, one per return). */
@Service
public class RightsAtArrival {

    /** The columns of {@link #BY_COUNTRY_AND_DETENTION} summed by country, in the order of {@link RightsReport.Country}. */
    private static final List<String> FIGURES = List.of("n", "checked", "detained", "mistreated", "belongings", "wages");

    static final List<String> DETENTION_BANDS = List.of("0-7", "8-30", "31-90", "91+", "unknown");

    /**
     * One pass over the period's returns and their checks ({@link Tally#RIGHTS}, whole months from
     * their kept counts), by country and, for those detained, by length of detention.
     */
    static final String BY_COUNTRY_AND_DETENTION = """
            SELECT country_from, band, SUM(n) AS n, SUM(checked) AS checked, SUM(detained) AS detained,
              SUM(mistreated) AS mistreated, SUM(belongings) AS belongings, SUM(wages) AS wages, SUM(days) AS days,
              SUM(known) AS known
            FROM (%s) r
            GROUP BY country_from, band""";

    private final JdbcClient jdbc;
    private final ReportScopes scopes;
    private final MonthlyTallies tallies;

    RightsAtArrival(JdbcClient jdbc, ReportScopes scopes, MonthlyTallies tallies) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.tallies = tallies;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public RightsReport report(ReportPeriod period, String arrivalPoint, java.util.UUID project) {
        ReturnFilter filter = ReturneesReports.filter(period, arrivalPoint, project);
        ReportProject named = scopes.project(project);
        Map<String, long[]> byCountry = new java.util.TreeMap<>();
        Map<String, Long> lengths = new LinkedHashMap<>();
        DETENTION_BANDS.forEach(band -> lengths.put(band, 0L));
        long[] days = {0, 0};
        MonthlyTallies.Source source = tallies.source(Tally.RIGHTS, filter);
        source.bind(jdbc.sql(BY_COUNTRY_AND_DETENTION.formatted(source.sql()))).query(rs -> {
            long[] figures = byCountry.computeIfAbsent(rs.getString("country_from"), c -> new long[6]);
            for (int i = 0; i < FIGURES.size(); i++) {
                figures[i] += rs.getLong(FIGURES.get(i));
            }
            String band = rs.getString("band");
            if (band != null) {
                lengths.merge(band, rs.getLong("n"), Long::sum);
                days[0] += rs.getLong("days");
                days[1] += rs.getLong("known");
            }
        });
        List<RightsReport.Country> countries = new ArrayList<>();
        byCountry.forEach((country, f) -> countries.add(new RightsReport.Country(country, f[0], f[1],
                new RightsReport.Figures(f[2], f[3], f[4], f[5]))));
        countries.sort(java.util.Comparator.comparingLong(RightsReport.Country::returns).reversed()
                .thenComparing(RightsReport.Country::country));
        long returns = 0;
        long checked = 0;
        long[] all = new long[4];
        for (RightsReport.Country country : countries) {
            returns += country.returns();
            checked += country.checked();
            all[0] += country.figures().detained();
            all[1] += country.figures().mistreated();
            all[2] += country.figures().belongingsWithheld();
            all[3] += country.figures().wagesUnpaid();
        }
        return new RightsReport(period, filter.arrivalPoint(), named, returns, checked, returns - checked,
                new RightsReport.Figures(all[0], all[1], all[2], all[3]), lengths,
                days[1] == 0 ? null : Math.round(10.0 * days[0] / days[1]) / 10.0, countries);
    }
}
