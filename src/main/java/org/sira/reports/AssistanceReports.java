package org.sira.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.sira.reports.internal.PersonScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the assistance report from the host centre's tables (stays, assistance, journeys) and the
 * programmes' budget lines. Days are Bamako's, which keeps UTC.
 */
@Service
public class AssistanceReports {

    /**
     * The nights of the stays that overlap the period, and the persons who spent one: a stay's
     * nights are its evenings, from the day of arrival to the day before leaving (an open stay up to
     * tonight), clipped to the period. Days are counted as UTC day numbers from the epoch, the same
     * on both databases whatever the session's time zone.
     */
    static final String NIGHTS = """
            SELECT COALESCE(SUM(CASE WHEN n > 0 THEN n ELSE 0 END), 0) AS nights,
                   COUNT(DISTINCT CASE WHEN n > 0 THEN person_id END) AS persons FROM (
              SELECT s.person_id, LEAST(COALESCE(FLOOR(EXTRACT(EPOCH FROM s.check_out) / 86400) - 1, :today), :last)
                     - GREATEST(FLOOR(EXTRACT(EPOCH FROM s.check_in) / 86400), :first) + 1 AS n
              FROM shelter_stay s
              WHERE s.check_in < :end AND (s.check_out IS NULL OR s.check_out >= :start)%s) t""";

    static final String ITEMS = """
            SELECT pr.id AS project_id, pr.name AS project, d.name AS donor, a.item_code, SUM(a.quantity) AS quantity
            FROM shelter_assistance a LEFT JOIN programme_budget_line l ON l.id = a.project_line_id
            LEFT JOIN programme_project pr ON pr.id = l.project_id LEFT JOIN programme_donor d ON d.id = pr.donor_id
            WHERE a.outcome = 'GIVEN' AND a.given_at >= :start AND a.given_at < :end%s
            GROUP BY pr.id, pr.name, d.name, a.item_code""";

    static final String PERSONS_BY_PROJECT = """
            SELECT l.project_id, COUNT(DISTINCT a.person_id) AS persons
            FROM shelter_assistance a LEFT JOIN programme_budget_line l ON l.id = a.project_line_id
            WHERE a.outcome = 'GIVEN' AND a.given_at >= :start AND a.given_at < :end%s
            GROUP BY l.project_id""";

    static final String PERSONS = """
            SELECT COUNT(DISTINCT a.person_id) FROM shelter_assistance a
            WHERE a.outcome = 'GIVEN' AND a.given_at >= :start AND a.given_at < :end%s""";

    static final String JOURNEYS = """
            SELECT COUNT(*) AS n, COALESCE(SUM(j.travel_money_xof), 0) AS cash, COALESCE(SUM(j.ticket_cost_xof), 0) AS tickets
            FROM shelter_journey j WHERE j.status <> 'PLANNED' AND j.departure_date BETWEEN :from AND :to%s""";

    static final String IN_CENTRE = "SELECT COUNT(*) FROM shelter_stay s WHERE s.check_out IS NULL";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ReportScopes scopes;

    AssistanceReports(JdbcClient jdbc, Clock clock, ReportScopes scopes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.scopes = scopes;
    }

    /** The whole organisation's assistance in a period. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public AssistanceReport report(ReportPeriod period) {
        return report(period, null, null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public AssistanceReport report(ReportPeriod period, String arrivalPoint, UUID projectId) {
        PersonScope scope = ReportScopes.scope(arrivalPoint, projectId);
        ReportProject named = scopes.project(projectId);
        String given = scope.persons("a.person_id") + scope.charged("a.project_line_id");
        OffsetDateTime start = period.from().atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime end = period.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        long[] nights = scope.bind(jdbc.sql(NIGHTS.formatted(scope.persons("s.person_id")))).param("start", start).param("end", end)
                .param("first", period.from().toEpochDay()).param("last", period.to().toEpochDay()).param("today", today.toEpochDay())
                .query((rs, row) -> new long[] {rs.getLong("nights"), rs.getLong("persons")}).single();
        Map<String, Long> byItem = new TreeMap<>();
        Map<UUID, long[]> items = new LinkedHashMap<>();
        Map<UUID, String[]> names = new LinkedHashMap<>();
        scope.bind(jdbc.sql(ITEMS.formatted(given))).param("start", start).param("end", end).query(rs -> {
            UUID project = rs.getObject("project_id", UUID.class);
            String item = rs.getString("item_code");
            long quantity = rs.getLong("quantity");
            byItem.merge(item, quantity, Long::sum);
            long[] counts = items.computeIfAbsent(project, p -> new long[3]);
            counts[switch (AssistanceReport.kind(item)) { case "meals" -> 0; case "kits" -> 1; default -> 2; }] += quantity;
            names.put(project, new String[] {rs.getString("project"), rs.getString("donor")});
        });
        Map<UUID, Long> persons = new LinkedHashMap<>();
        scope.bind(jdbc.sql(PERSONS_BY_PROJECT.formatted(given))).param("start", start).param("end", end)
                .query(rs -> { persons.put(rs.getObject("project_id", UUID.class), rs.getLong("persons")); });
        List<AssistanceReport.Project> byProject = new ArrayList<>();
        items.forEach((id, c) -> byProject.add(new AssistanceReport.Project(id, names.get(id)[0], names.get(id)[1], c[0], c[1], c[2],
                persons.getOrDefault(id, 0L))));
        // Projects by name, the items charged to none last.
        byProject.sort(java.util.Comparator.comparing((AssistanceReport.Project p) -> p.projectId() == null)
                .thenComparing(p -> p.project() == null ? "" : p.project()).thenComparing(p -> String.valueOf(p.projectId())));
        long[] all = new long[3];
        byProject.forEach(p -> { all[0] += p.meals(); all[1] += p.kits(); all[2] += p.otherItems(); });
        long assisted = scope.bind(jdbc.sql(PERSONS.formatted(given))).param("start", start).param("end", end).query(Long.class).single();
        long[] journeys = scope.bind(jdbc.sql(JOURNEYS.formatted(scope.persons("j.person_id")))).param("from", period.from()).param("to", period.to())
                .query((rs, row) -> new long[] {rs.getLong("n"), rs.getLong("cash"), rs.getLong("tickets")}).single();
        long tonight = jdbc.sql(IN_CENTRE).query(Long.class).single();
        return new AssistanceReport(period, scope.arrivalPoint(), named, nights[0], nights[1], tonight, all[0], all[1], all[2], assisted,
                journeys[0], journeys[1], journeys[2], byItem, byProject);
    }
}
