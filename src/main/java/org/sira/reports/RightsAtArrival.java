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

    static final List<String> DETENTION_BANDS = List.of("0-7", "8-30", "31-90", "91+", "unknown");

    static final String BY_COUNTRY = """
            SELECT r.country_from, COUNT(*) AS n, COUNT(c.return_id) AS checked,
              SUM(CASE WHEN c.detained = TRUE THEN 1 ELSE 0 END) AS detained,
              SUM(CASE WHEN c.violence = TRUE THEN 1 ELSE 0 END) AS mistreated,
              SUM(CASE WHEN c.belongings_withheld = TRUE THEN 1 ELSE 0 END) AS belongings,
              SUM(CASE WHEN c.wages_unpaid = TRUE THEN 1 ELSE 0 END) AS wages
            FROM person_return r LEFT JOIN rights_check c ON c.return_id = r.id
            WHERE %s
            GROUP BY r.country_from""";

    static final String DETENTION = """
            SELECT band, COUNT(*) AS n, SUM(days) AS days, COUNT(days) AS known FROM (
              SELECT CASE WHEN c.detention_days IS NULL THEN 'unknown' WHEN c.detention_days <= 7 THEN '0-7'
                WHEN c.detention_days <= 30 THEN '8-30' WHEN c.detention_days <= 90 THEN '31-90' ELSE '91+' END AS band,
                c.detention_days AS days
              FROM person_return r JOIN rights_check c ON c.return_id = r.id
              WHERE %s AND c.detained = TRUE) t
            GROUP BY band""";

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
        List<RightsReport.Country> countries = new ArrayList<>(filter.bind(jdbc.sql(BY_COUNTRY.formatted(filter.where())))
                .query((rs, row) -> new RightsReport.Country(rs.getString("country_from"), rs.getLong("n"), rs.getLong("checked"),
                        new RightsReport.Figures(rs.getLong("detained"), rs.getLong("mistreated"), rs.getLong("belongings"),
                                rs.getLong("wages"))))
                .list());
        countries.sort(java.util.Comparator.comparingLong(RightsReport.Country::returns).reversed()
                .thenComparing(RightsReport.Country::country));
        Map<String, Long> lengths = new LinkedHashMap<>();
        DETENTION_BANDS.forEach(band -> lengths.put(band, 0L));
        long[] days = {0, 0};
        filter.bind(jdbc.sql(DETENTION.formatted(filter.where()))).query(rs -> {
            lengths.put(rs.getString("band"), rs.getLong("n"));
            days[0] += rs.getLong("days");
            days[1] += rs.getLong("known");
        });
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
