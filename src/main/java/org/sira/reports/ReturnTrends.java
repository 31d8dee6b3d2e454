package org.sira.reports;

import org.sira.reports.internal.MonthlyTallies;
import org.sira.reports.internal.ReturnFilter;
import org.sira.reports.internal.Tally;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sira.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Returns by year and kind over any span of years, counted as the statistics endpoint counts a year. */
@Service
public class ReturnTrends {

    /** The organisation's four kinds, in the order the charts stack them. */
    public static final List<String> KINDS = List.of("FORCED_REMOVAL", "BORDER_REJECTION", "ASSISTED_VOLUNTARY",
            "SPONTANEOUS_VOLUNTARY");
    static final int MAX_YEARS = 100;

    /** From the statistics' count (whole months from their kept counts), so a year is the same figure in both. */
    static final String BY_YEAR_AND_KIND = """
            SELECT y, return_kind, SUM(n) AS n
            FROM (%s) r
            GROUP BY y, return_kind""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReportScopes scopes;
    private final MonthlyTallies tallies;

    ReturnTrends(JdbcClient jdbc, Clock clock, ReportScopes scopes, MonthlyTallies tallies) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.scopes = scopes;
        this.tallies = tallies;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public TrendsReport report(int fromYear, int toYear, String arrivalPoint, java.util.UUID project) {
        int newest = LocalDate.now(clock).getYear() + 1;
        if (fromYear < ReportPeriod.FIRST_YEAR || fromYear > newest) {
            throw InvalidInputException.of("fromYear", "report.year.range", ReportPeriod.FIRST_YEAR, newest);
        }
        if (toYear < ReportPeriod.FIRST_YEAR || toYear > newest) {
            throw InvalidInputException.of("toYear", "report.year.range", ReportPeriod.FIRST_YEAR, newest);
        }
        if (toYear < fromYear) {
            throw InvalidInputException.of("toYear", "report.period.reversed");
        }
        if (toYear - fromYear >= MAX_YEARS) {
            throw InvalidInputException.of("toYear", "report.years.too-many", MAX_YEARS);
        }
        ReturnFilter filter = ReturneesReports.filter(new ReportPeriod(LocalDate.of(fromYear, 1, 1),
                LocalDate.of(toYear, 12, 31), ReportPeriod.Kind.CUSTOM), arrivalPoint, project);
        ReportProject named = scopes.project(project);
        Map<Integer, Map<String, Long>> counts = new HashMap<>();
        MonthlyTallies.Source source = tallies.source(Tally.RETURNS, filter);
        source.bind(jdbc.sql(BY_YEAR_AND_KIND.formatted(source.sql()))).query(rs -> {
            counts.computeIfAbsent(rs.getInt("y"), y -> new HashMap<>()).merge(rs.getString("return_kind"), rs.getLong("n"), Long::sum);
        });
        List<TrendsReport.Year> years = new ArrayList<>();
        for (int year = fromYear; year <= toYear; year++) {
            Map<String, Long> found = counts.getOrDefault(year, Map.of());
            Map<String, Long> byKind = new LinkedHashMap<>();
            KINDS.forEach(kind -> byKind.put(kind, found.getOrDefault(kind, 0L)));
            years.add(new TrendsReport.Year(year, byKind, byKind.values().stream().mapToLong(Long::longValue).sum()));
        }
        return new TrendsReport(fromYear, toYear, filter.arrivalPoint(), named, years);
    }
}
