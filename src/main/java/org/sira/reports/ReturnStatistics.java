package org.sira.reports;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.sira.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts returns in one pass over the period: the database groups by every combination of kind,
 * country, continent, sex and region (a few thousand rows at most), and the breakdowns are
 * summed from those.
 */
@Service
public class ReturnStatistics {

    static final String COUNT_BY_COMBINATION = """
            SELECT r.return_kind AS kind, r.country_from AS country, c.continent AS continent, p.sex AS sex,
                   COALESCE(d.name, p.origin_region_text) AS region, COUNT(*) AS n
            FROM person_return r
            JOIN person p ON p.id = r.person_id
            JOIN country c ON c.alpha2 = r.country_from
            LEFT JOIN admin_division d ON d.code = p.origin_region_code
            WHERE r.arrival_date BETWEEN :from AND :to AND r.voided = FALSE AND p.voided = FALSE
            GROUP BY r.return_kind, r.country_from, c.continent, p.sex, COALESCE(d.name, p.origin_region_text)""";

    private final JdbcClient jdbc;

    ReturnStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public ReturnCounts count(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw InvalidInputException.of(from == null ? "from" : "to", "error.required");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "report.period.reversed");
        }
        long[] total = {0};
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Long> byContinent = new TreeMap<>();
        Map<String, Long> byCountry = new TreeMap<>();
        Map<String, Long> bySex = new TreeMap<>();
        Map<String, Long> byRegion = new TreeMap<>();
        Map<String, Long> unknown = new LinkedHashMap<>();
        jdbc.sql(COUNT_BY_COMBINATION).param("from", from).param("to", to).query(rs -> {
            long n = rs.getLong("n");
            total[0] += n;
            byKind.merge(rs.getString("kind"), n, Long::sum);
            byContinent.merge(rs.getString("continent"), n, Long::sum);
            byCountry.merge(rs.getString("country"), n, Long::sum);
            add(bySex, unknown, "sex", rs.getString("sex"), n);
            add(byRegion, unknown, "originRegion", rs.getString("region"), n);
        });
        return new ReturnCounts(from, to, total[0], byKind, byContinent, byCountry, bySex, byRegion, unknown);
    }

    private static void add(Map<String, Long> counts, Map<String, Long> unknown, String dimension, String value, long n) {
        if (value == null) {
            unknown.merge(dimension, n, Long::sum);
        } else {
            counts.merge(value, n, Long::sum);
        }
    }
}
