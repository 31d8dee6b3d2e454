package org.sira.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.sira.reports.internal.MonthlyTallies;
import org.sira.reports.internal.PersonScope;
import org.sira.reports.internal.Tally;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Counts the casework and reintegration report from casework's and reintegration's tables. */
@Service
public class CaseworkReports {

    static final List<String> REFERRAL_STATUSES = List.of("SENT", "ACCEPTED", "REFUSED", "DONE");
    static final List<String> OUTCOMES = List.of("REACHED", "NOT_REACHABLE", "MOVED", "RE_MIGRATED", "DECEASED");
    static final List<String> MEDIATION_RESULTS = List.of("RECONCILED", "PARTIAL", "FAILED");

    static final String REFERRALS = """
            SELECT f.partner, f.status, COUNT(*) AS n FROM referral f
            WHERE f.created_at >= :start AND f.created_at < :end%s GROUP BY f.partner, f.status""";

    /** Follow-ups written and planned, by status and whether past ({@link Tally#FOLLOW_UPS}: whole months kept). */
    static final String FOLLOW_UPS_DUE = """
            SELECT status, past, SUM(n) AS n FROM (%s) t GROUP BY status, past""";

    /** Follow-ups done in the period, by outcome ({@link Tally#OUTCOMES}: whole months kept). */
    static final String OUTCOMES_DONE = """
            SELECT outcome AS label, SUM(n) AS n FROM (%s) t GROUP BY outcome""";

    static final String SCORES = """
            SELECT %s AS k, COUNT(*) AS n, AVG(a.economic) AS economic, AVG(a.social) AS social,
                   AVG(a.psychosocial) AS psychosocial, AVG(a.composite) AS composite
            FROM (%s) a GROUP BY %1$s ORDER BY %1$s""";

    static final String ASSESSMENTS = """
            SELECT a.economic, a.social, a.psychosocial, a.composite,
                   EXTRACT(YEAR FROM a.assessed_on) * 100 + EXTRACT(MONTH FROM a.assessed_on) AS ym,
                   COALESCE((SELECT r.return_kind FROM person_return r WHERE r.person_id = a.person_id AND r.voided = FALSE
                             AND r.arrival_date <= a.assessed_on ORDER BY r.arrival_date DESC, r.id FETCH FIRST 1 ROWS ONLY),
                            'unknown') AS return_kind
            FROM reintegration_assessment a WHERE a.assessed_on BETWEEN :from AND :to%s""";

    /** Mediations closed in the period, by outcome (reconciled, partial, failed). */
    static final String MEDIATION_OUTCOMES = """
            SELECT m.outcome AS label, COUNT(*) AS n FROM mediation_case m
            WHERE m.status = 'CLOSED' AND m.closed_on BETWEEN :from AND :to%s GROUP BY m.outcome""";

    /** Persons who completed a training in the period, by sector (one person counted once per sector). */
    static final String TRAININGS = """
            SELECT t.sector AS label, COUNT(DISTINCT t.person_id) AS n FROM reintegration_training t
            WHERE t.status = 'COMPLETED' AND t.ends_on BETWEEN :from AND :to%s GROUP BY t.sector""";

    private final JdbcClient jdbc;
    private final ReportScopes scopes;
    private final MonthlyTallies tallies;

    CaseworkReports(JdbcClient jdbc, ReportScopes scopes, MonthlyTallies tallies) {
        this.jdbc = jdbc;
        this.scopes = scopes;
        this.tallies = tallies;
    }

    /** The whole organisation's casework in a period. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public CaseworkReport report(ReportPeriod period) {
        return report(period, null, null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public CaseworkReport report(ReportPeriod period, String arrivalPoint, UUID project) {
        PersonScope scope = ReportScopes.scope(arrivalPoint, project);
        ReportProject named = scopes.project(project);
        Map<String, Long> byStatus = zeros(REFERRAL_STATUSES);
        Map<String, Map<String, Long>> byPartner = new TreeMap<>();
        scope.bind(jdbc.sql(REFERRALS.formatted(scope.persons("f.person_id")))).param("start", start(period.from())).param("end", start(period.to().plusDays(1))).query(rs -> {
            String status = rs.getString("status");
            long n = rs.getLong("n");
            byStatus.merge(status, n, Long::sum);
            byPartner.computeIfAbsent(rs.getString("partner"), p -> zeros(REFERRAL_STATUSES)).merge(status, n, Long::sum);
        });
        List<CaseworkReport.Partner> partners = new ArrayList<>();
        byPartner.forEach((partner, counts) -> partners.add(new CaseworkReport.Partner(partner, counts,
                counts.values().stream().mapToLong(Long::longValue).sum())));
        partners.sort(java.util.Comparator.comparingLong(CaseworkReport.Partner::total).reversed()
                .thenComparing(CaseworkReport.Partner::partner));
        long[] due = new long[5];
        MonthlyTallies.Source dueSource = tallies.source(Tally.FOLLOW_UPS, period.from(), period.to(), scope);
        dueSource.bind(jdbc.sql(FOLLOW_UPS_DUE.formatted(dueSource.sql()))).query(rs -> {
            long n = rs.getLong("n");
            due[0] += n;
            switch (rs.getString("status")) {
                case "DONE" -> due[1] += n;
                case "CANCELLED" -> due[4] += n;
                default -> due[rs.getInt("past") == 1 ? 2 : 3] += n;
            }
        });
        Map<String, Long> outcomes = zeros(OUTCOMES);
        MonthlyTallies.Source doneSource = tallies.source(Tally.OUTCOMES, period.from(), period.to(), scope);
        doneSource.bind(jdbc.sql(OUTCOMES_DONE.formatted(doneSource.sql())))
                .query(rs -> { outcomes.merge(String.valueOf(rs.getString("label")), rs.getLong("n"), Long::sum); });
        Map<String, Long> mediations = zeros(MEDIATION_RESULTS);
        mediations.putAll(breakdown(MEDIATION_OUTCOMES, "m", scope, period));
        return new CaseworkReport(period, scope.arrivalPoint(), named, byStatus, byStatus.get("SENT") + byStatus.get("ACCEPTED"), partners,
                new CaseworkReport.FollowUps(due[0], due[1], due[2], due[3], due[4]), outcomes, outcomes.get("RE_MIGRATED"),
                scores("ym", scope, period), scores("return_kind", scope, period), mediations,
                breakdown(TRAININGS, "t", scope, period));
    }

    /** A query's {@code label} → {@code n}. */
    private Map<String, Long> breakdown(String sql, String alias, PersonScope scope, ReportPeriod period) {
        Map<String, Long> counts = new TreeMap<>();
        scope.bind(jdbc.sql(sql.formatted(scope.persons(alias + ".person_id")))).param("from", period.from()).param("to", period.to())
                .query(rs -> { counts.merge(String.valueOf(rs.getString("label")), rs.getLong("n"), Long::sum); });
        return counts;
    }

    private List<CaseworkReport.Scores> scores(String by, PersonScope scope, ReportPeriod period) {
        return scope.bind(jdbc.sql(SCORES.formatted(by, ASSESSMENTS.formatted(scope.persons("a.person_id"))))).param("from", period.from()).param("to", period.to())
                .query((rs, row) -> new CaseworkReport.Scores(key(rs.getString("k"), by), rs.getLong("n"), score(rs, "economic"),
                        score(rs, "social"), score(rs, "psychosocial"), score(rs, "composite"))).list();
    }

    /** A month {@code 202403} as {@code 2024-03}. */
    private static String key(String value, String by) {
        if (!by.equals("ym")) {
            return value;
        }
        int month = new java.math.BigDecimal(value).intValue();
        return String.format("%d-%02d", month / 100, month % 100);
    }

    /** A 0–1 average as 0–100 with one decimal, rounded half up as a reader would. */
    private static Double score(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        java.math.BigDecimal average = rs.getBigDecimal(column);
        return average == null ? null
                : average.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static Map<String, Long> zeros(List<String> keys) {
        Map<String, Long> map = new LinkedHashMap<>();
        keys.forEach(k -> map.put(k, 0L));
        return map;
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }
}
