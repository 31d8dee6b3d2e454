package org.sira.reports;

import java.util.Map;

/**
 * Who came back in a period: the counts of {@code GET /api/v1/reports/returns} ({@link #counts}),
 * the same returns by country and kind, by age band at arrival, by vulnerability of the person,
 * and first returns against repeat ones (the person had come back before).
 *
 * @param arrivalPoint the one arrival point counted, or null for all
 * @param project the one project whose reached persons' returns are counted, or null for all
 * @param byAgeBand by {@link org.sira.shared.AgeBand#label()}; every return counts once, so the bands add up to the total
 * @param byVulnerability a return counts under each vulnerability its person has
 * @param minors returns of persons under 18 on the day they arrived (the band {@code 0-17})
 * @param withVulnerability returns whose person has at least one vulnerability
 */
public record ReturneesReport(ReportPeriod period, String arrivalPoint, ReportProject project, ReturnCounts counts,
                              Map<String, Map<String, Long>> byCountryAndKind, Map<String, Long> byAgeBand, long minors,
                              Map<String, Long> byVulnerability, long withVulnerability, long firstReturns,
                              long repeatReturns) {
}
