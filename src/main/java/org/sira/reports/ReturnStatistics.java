package org.sira.reports;

import org.sira.reports.internal.MonthlyTallies;
import org.sira.reports.internal.OriginRegions;
import org.sira.reports.internal.ReturnFilter;
import org.sira.reports.internal.Tally;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.sira.reference.ReferenceData;
import org.sira.shared.FieldError;
import org.sira.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts returns in one pass over the period: the database groups by every combination of kind,
 * country, sex and region (a few thousand rows at most), and the breakdowns are summed from
 * those; continents and region names come from the reference lists.
 */
@Service
public class ReturnStatistics {

    /** Each return carries its person's sex and region (see V015); whole months come from their kept counts. */
    static final String COUNT_BY_COMBINATION = """
            SELECT return_kind, country_from, person_sex, origin_region_code, origin_region_text, SUM(n) AS n
            FROM (%s) r
            GROUP BY return_kind, country_from, person_sex, origin_region_code, origin_region_text""";

    private final JdbcClient jdbc;
    private final ReferenceData reference;
    private final MonthlyTallies tallies;

    ReturnStatistics(JdbcClient jdbc, ReferenceData reference, MonthlyTallies tallies) {
        this.jdbc = jdbc;
        this.reference = reference;
        this.tallies = tallies;
    }

    /** The year of the earliest arrival recorded, voided ones included (the index answers it alone). */
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public java.util.OptionalInt earliestYear() {
        LocalDate earliest = jdbc.sql("SELECT MIN(arrival_date) FROM person_return").query(LocalDate.class).optional().orElse(null);
        return earliest == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(earliest.getYear());
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public ReturnCounts count(LocalDate from, LocalDate to) {
        checkPeriod(from, to);
        return count(new ReturnFilter(from, to, null), new TreeMap<>());
    }

    /**
     * The counts of api-v1 for the returns the filter keeps; {@code byCountryAndKind} receives the
     * same returns by country, then kind (the reports' cross table).
     */
    ReturnCounts count(ReturnFilter filter, Map<String, Map<String, Long>> byCountryAndKind) {
        LocalDate from = filter.from();
        LocalDate to = filter.to();
        long[] total = {0};
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Long> byContinent = new TreeMap<>();
        Map<String, Long> byCountry = new TreeMap<>();
        Map<String, Long> bySex = new TreeMap<>();
        Map<String, Long> byRegion = new TreeMap<>();
        OriginRegions regions = new OriginRegions(reference);
        Map<String, Long> byRegionKey = new HashMap<>();
        Map<String, Long> unknown = new LinkedHashMap<>();
        MonthlyTallies.Source source = tallies.source(Tally.RETURNS, filter);
        source.bind(jdbc.sql(COUNT_BY_COMBINATION.formatted(source.sql()))).query(rs -> {
            long n = rs.getLong("n");
            total[0] += n;
            String country = rs.getString("country_from");
            byKind.merge(rs.getString("return_kind"), n, Long::sum);
            byCountryAndKind.computeIfAbsent(country, c -> new TreeMap<>()).merge(rs.getString("return_kind"), n, Long::sum);
            byContinent.merge(reference.country(country).map(c -> c.continent().name()).orElse("UNKNOWN"), n, Long::sum);
            byCountry.merge(country, n, Long::sum);
            add(bySex, unknown, "sex", rs.getString("person_sex"), n);
            add(byRegionKey, unknown, "originRegion", regions.key(rs.getString("origin_region_code"), rs.getString("origin_region_text"), n), n);
        });
        byRegionKey.forEach((key, n) -> byRegion.merge(regions.name(key), n, Long::sum));
        return new ReturnCounts(from, to, total[0], byKind, byContinent, byCountry, bySex, byRegion, unknown);
    }

    /** Both ends are required, and the end may not come before the start. */
    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new InvalidInputException(Stream.of(from == null ? "from" : null, to == null ? "to" : null)
                    .filter(Objects::nonNull).map(field -> new FieldError(field, "error.required")).toList());
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "report.period.reversed");
        }
    }

    private static void add(Map<String, Long> counts, Map<String, Long> unknown, String dimension, String value, long n) {
        if (value == null) {
            unknown.merge(dimension, n, Long::sum);
        } else {
            counts.merge(value, n, Long::sum);
        }
    }
}
