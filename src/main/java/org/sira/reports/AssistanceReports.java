package org.sira.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

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

    static final String STAYS = """
            SELECT s.person_id, s.check_in, s.check_out FROM shelter_stay s
            WHERE s.check_in < :end AND (s.check_out IS NULL OR s.check_out >= :start)""";

    static final String ITEMS = """
            SELECT pr.id AS project_id, pr.name AS project, d.name AS donor, a.item_code, SUM(a.quantity) AS quantity
            FROM shelter_assistance a LEFT JOIN programme_budget_line l ON l.id = a.project_line_id
            LEFT JOIN programme_project pr ON pr.id = l.project_id LEFT JOIN programme_donor d ON d.id = pr.donor_id
            WHERE a.outcome = 'GIVEN' AND a.given_at >= :start AND a.given_at < :end
            GROUP BY pr.id, pr.name, d.name, a.item_code""";

    static final String PERSONS_BY_PROJECT = """
            SELECT l.project_id, COUNT(DISTINCT a.person_id) AS persons
            FROM shelter_assistance a LEFT JOIN programme_budget_line l ON l.id = a.project_line_id
            WHERE a.outcome = 'GIVEN' AND a.given_at >= :start AND a.given_at < :end
            GROUP BY l.project_id""";

    static final String PERSONS = """
            SELECT COUNT(DISTINCT a.person_id) FROM shelter_assistance a
            WHERE a.outcome = 'GIVEN' AND a.given_at >= :start AND a.given_at < :end""";

    static final String JOURNEYS = """
            SELECT COUNT(*) AS n, COALESCE(SUM(j.travel_money_xof), 0) AS cash, COALESCE(SUM(j.ticket_cost_xof), 0) AS tickets
            FROM shelter_journey j WHERE j.status <> 'PLANNED' AND j.departure_date BETWEEN :from AND :to""";

    static final String IN_CENTRE = "SELECT COUNT(*) FROM shelter_stay s WHERE s.check_out IS NULL";

    private final JdbcClient jdbc;
    private final Clock clock;

    AssistanceReports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public AssistanceReport report(ReportPeriod period) {
        OffsetDateTime start = period.from().atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime end = period.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        long[] nights = {0};
        Set<UUID> sheltered = new HashSet<>();
        jdbc.sql(STAYS).param("start", start).param("end", end).query(rs -> {
            long n = nights(rs.getObject("check_in", OffsetDateTime.class), rs.getObject("check_out", OffsetDateTime.class),
                    period, today);
            if (n > 0) {
                nights[0] += n;
                sheltered.add(rs.getObject("person_id", UUID.class));
            }
        });
        Map<String, Long> byItem = new TreeMap<>();
        Map<UUID, long[]> items = new LinkedHashMap<>();
        Map<UUID, String[]> names = new LinkedHashMap<>();
        jdbc.sql(ITEMS).param("start", start).param("end", end).query(rs -> {
            UUID project = rs.getObject("project_id", UUID.class);
            String item = rs.getString("item_code");
            long quantity = rs.getLong("quantity");
            byItem.merge(item, quantity, Long::sum);
            long[] counts = items.computeIfAbsent(project, p -> new long[3]);
            counts[switch (AssistanceReport.kind(item)) { case "meals" -> 0; case "kits" -> 1; default -> 2; }] += quantity;
            names.put(project, new String[] {rs.getString("project"), rs.getString("donor")});
        });
        Map<UUID, Long> persons = new LinkedHashMap<>();
        jdbc.sql(PERSONS_BY_PROJECT).param("start", start).param("end", end)
                .query(rs -> { persons.put(rs.getObject("project_id", UUID.class), rs.getLong("persons")); });
        List<AssistanceReport.Project> byProject = new ArrayList<>();
        items.forEach((id, c) -> byProject.add(new AssistanceReport.Project(id, names.get(id)[0], names.get(id)[1], c[0], c[1], c[2],
                persons.getOrDefault(id, 0L))));
        // Projects by name, the items charged to none last.
        byProject.sort(java.util.Comparator.comparing((AssistanceReport.Project p) -> p.projectId() == null)
                .thenComparing(p -> p.project() == null ? "" : p.project()).thenComparing(p -> String.valueOf(p.projectId())));
        long[] all = new long[3];
        byProject.forEach(p -> { all[0] += p.meals(); all[1] += p.kits(); all[2] += p.otherItems(); });
        long assisted = jdbc.sql(PERSONS).param("start", start).param("end", end).query(Long.class).single();
        long[] journeys = jdbc.sql(JOURNEYS).param("from", period.from()).param("to", period.to())
                .query((rs, row) -> new long[] {rs.getLong("n"), rs.getLong("cash"), rs.getLong("tickets")}).single();
        long tonight = jdbc.sql(IN_CENTRE).query(Long.class).single();
        return new AssistanceReport(period, nights[0], sheltered.size(), tonight, all[0], all[1], all[2], assisted,
                journeys[0], journeys[1], journeys[2], byItem, byProject);
    }

    /**
     * The nights of a stay whose evening falls in the period: from the day of arrival to the day
     * before leaving; a stay still open counts every evening up to tonight.
     */
    static long nights(OffsetDateTime checkIn, OffsetDateTime checkOut, ReportPeriod period, LocalDate today) {
        LocalDate first = max(checkIn.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate(), period.from());
        LocalDate last = checkOut == null ? today : checkOut.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate().minusDays(1);
        if (last.isAfter(period.to())) {
            last = period.to();
        }
        return last.isBefore(first) ? 0 : java.time.temporal.ChronoUnit.DAYS.between(first, last) + 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
