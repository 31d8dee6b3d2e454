package org.sira.reports;

import org.sira.reports.internal.ReturnFilter;

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
     * One pass over the period's returns and their checks, by country and, for those detained, by
     * length of detention ({@code band} NULL for the others): two passes took twice as long at a
     * million returns. A check repeats its return's arrival date (V081): the condition on it only
     * lets the database read the period's checks alone.
     */
    static final String BY_COUNTRY_AND_DETENTION = """
            SELECT country_from, band, COUNT(*) AS n, COUNT(checked) AS checked,
              SUM(CASE WHEN detained = TRUE THEN 1 ELSE 0 END) AS detained,
              SUM(CASE WHEN violence = TRUE THEN 1 ELSE 0 END) AS mistreated,
              SUM(CASE WHEN belongings_withheld = TRUE THEN 1 ELSE 0 END) AS belongings,
              SUM(CASE WHEN wages_unpaid = TRUE THEN 1 ELSE 0 END) AS wages,
              SUM(days) AS days, COUNT(days) AS known
            FROM (SELECT r.country_from, c.return_id AS checked, c.detained, c.violence, c.belongings_withheld, c.wages_unpaid,
                CASE WHEN c.detained = TRUE THEN c.detention_days END AS days,
                CASE WHEN c.detained IS NULL OR c.detained = FALSE THEN NULL WHEN c.detention_days IS NULL THEN 'unknown'
                  WHEN c.detention_days <= 7 THEN '0-7' WHEN c.detention_days <= 30 THEN '8-30'
                  WHEN c.detention_days <= 90 THEN '31-90' ELSE '91+' END AS band
              FROM person_return r LEFT JOIN rights_check c ON c.return_id = r.id AND c.arrival_date BETWEEN :from AND :to
              WHERE %s) t
            GROUP BY country_from, band""";

    private final JdbcClient jdbc;
    private final ReportScopes scopes;

    RightsAtArrival(JdbcClient jdbc, ReportScopes scopes) {
        this.jdbc = jdbc;
        this.scopes = scopes;
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
        filter.bind(jdbc.sql(BY_COUNTRY_AND_DETENTION.formatted(filter.where()))).query(rs -> {
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
