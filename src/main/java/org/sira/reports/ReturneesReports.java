package org.sira.reports;

import org.sira.reports.internal.MonthlyTallies;
import org.sira.reports.internal.ReturnFilter;
import org.sira.reports.internal.Tally;
import org.sira.shared.AgeBand;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The returnees report: the statistics endpoint's counts (the same code, so the same figures) and
 * what needs the person: age at arrival, vulnerabilities, and whether they had come back before.
 */
@Service
public class ReturneesReports {

    /**
     * What each return carries of its person (V080), grouped as stored (a few hundred groups) and
     * banded here: no read of the person table, no probe for an earlier return, no date arithmetic
     * over a million rows.
     */
    static final String BY_PERSON = """
            SELECT person_age AS age, person_vulnerabilities AS vulnerabilities, repeat_return AS repeated, SUM(n) AS n
            FROM (%s) r
            GROUP BY person_age, person_vulnerabilities, repeat_return""";

    private final JdbcClient jdbc;
    private final ReturnStatistics statistics;
    private final ReportScopes scopes;
    private final MonthlyTallies tallies;

    ReturneesReports(JdbcClient jdbc, ReturnStatistics statistics, ReportScopes scopes, MonthlyTallies tallies) {
        this.jdbc = jdbc;
        this.statistics = statistics;
        this.scopes = scopes;
        this.tallies = tallies;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public ReturneesReport report(ReportPeriod period, String arrivalPoint, UUID project) {
        ReturnFilter filter = filter(period, arrivalPoint, project);
        ReportProject named = scopes.project(project);
        Map<String, Map<String, Long>> byCountryAndKind = new TreeMap<>();
        ReturnCounts counts = statistics.count(filter, byCountryAndKind);
        Map<AgeBand, Long> bands = new EnumMap<>(AgeBand.class);
        Map<String, Long> byVulnerability = new TreeMap<>();
        long[] withVulnerability = {0};
        long[] repeated = {0};
        MonthlyTallies.Source source = tallies.source(Tally.PERSONS, filter);
        source.bind(jdbc.sql(BY_PERSON.formatted(source.sql()))).query(rs -> {
            long n = rs.getLong("n");
            Object age = rs.getObject("age");
            bands.merge(AgeBand.of(age == null ? null : ((Number) age).intValue()), n, Long::sum);
            String vulnerabilities = rs.getString("vulnerabilities");
            if (vulnerabilities != null && !vulnerabilities.isBlank()) {
                withVulnerability[0] += n;
                for (String vulnerability : vulnerabilities.split(",")) {
                    byVulnerability.merge(vulnerability.strip(), n, Long::sum);
                }
            }
            if (rs.getBoolean("repeated")) {
                repeated[0] += n;
            }
        });
        Map<String, Long> byAgeBand = new LinkedHashMap<>();
        for (AgeBand band : AgeBand.values()) {
            byAgeBand.put(band.label(), bands.getOrDefault(band, 0L));
        }
        return new ReturneesReport(period, filter.arrivalPoint(), named, counts, byCountryAndKind, byAgeBand,
                byAgeBand.get(AgeBand.MINOR.label()), byVulnerability,
                withVulnerability[0], counts.total() - repeated[0], repeated[0]);
    }

    static ReturnFilter filter(ReportPeriod period, String arrivalPoint, UUID project) {
        return ReturnFilter.of(period, ReportScopes.scope(arrivalPoint, project));
    }
}
