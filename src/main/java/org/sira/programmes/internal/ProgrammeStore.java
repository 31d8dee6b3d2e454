package org.sira.programmes.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sira.programmes.ChargeableLine;
import org.sira.programmes.Donor;
import org.sira.programmes.LineSpending;
import org.sira.programmes.Project;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Donors, projects and lines, and what was charged to them. What was charged is read from the
 * host centre's tables (receipts, assistance and cash name their budget line) and reintegration's
 * business grants, as a report reads.
 */
@Repository
public class ProgrammeStore {

    private final JdbcClient jdbc;

    ProgrammeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertDonor(Donor donor, OffsetDateTime at, String by) {
        jdbc.sql("INSERT INTO programme_donor (id, name, created_at, created_by) VALUES (:id, :name, :at, :by)")
                .param("id", donor.id()).param("name", donor.name()).param("at", at).param("by", by).update();
    }

    public Optional<Donor> donor(UUID id) {
        return jdbc.sql("SELECT id, name FROM programme_donor WHERE id = :id").param("id", id)
                .query((rs, n) -> new Donor(rs.getObject(1, UUID.class), rs.getString(2))).optional();
    }

    public List<Donor> donors() {
        return jdbc.sql("SELECT id, name FROM programme_donor ORDER BY name, id")
                .query((rs, n) -> new Donor(rs.getObject(1, UUID.class), rs.getString(2))).list();
    }

    public void insertProject(Project project, OffsetDateTime at, String by) {
        jdbc.sql("""
                        INSERT INTO programme_project (id, donor_id, name, starts_on, ends_on, created_at, created_by)
                        VALUES (:id, :donor, :name, :from, :to, :at, :by)""")
                .param("id", project.id()).param("donor", project.donorId()).param("name", project.name())
                .param("from", project.from()).param("to", project.to()).param("at", at).param("by", by).update();
        int position = 0;
        for (Project.BudgetLine line : project.lines()) {
            jdbc.sql("INSERT INTO programme_budget_line (id, project_id, name, budget_xof, position) VALUES (:id, :p, :name, :b, :pos)")
                    .param("id", line.id()).param("p", project.id()).param("name", line.name()).param("b", line.budgetXof())
                    .param("pos", position++).update();
        }
    }

    /** Projects with their lines; one project when {@code id} is given. */
    public List<Project> projects(UUID id) {
        Map<UUID, Project> projects = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT p.id, p.donor_id, d.name AS donor_name, p.name, p.starts_on, p.ends_on, l.id AS line_id, l.name AS line_name,
                               l.budget_xof
                        FROM programme_project p JOIN programme_donor d ON d.id = p.donor_id
                        LEFT JOIN programme_budget_line l ON l.project_id = p.id
                        WHERE %s ORDER BY p.starts_on DESC, p.name, p.id, l.position""".formatted(id == null ? "1 = 1" : "p.id = :id"))
                .param("id", id == null ? UUID.randomUUID() : id)
                .query(rs -> {
                    UUID projectId = rs.getObject("id", UUID.class);
                    Project project = projects.get(projectId);
                    if (project == null) {
                        project = new Project(projectId, rs.getObject("donor_id", UUID.class), rs.getString("donor_name"), rs.getString("name"),
                                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), new ArrayList<>());
                        projects.put(projectId, project);
                    }
                    UUID lineId = rs.getObject("line_id", UUID.class);
                    if (lineId != null) {
                        project.lines().add(new Project.BudgetLine(lineId, rs.getString("line_name"), rs.getLong("budget_xof")));
                    }
                });
        return List.copyOf(projects.values());
    }

    public boolean lineExists(UUID lineId) {
        return jdbc.sql("SELECT COUNT(*) FROM programme_budget_line WHERE id = :id").param("id", lineId).query(Integer.class).single() > 0;
    }

    public List<ChargeableLine> chargeableLines(LocalDate day) {
        return jdbc.sql("""
                        SELECT l.id, d.name AS donor, p.name AS project, l.name FROM programme_budget_line l
                        JOIN programme_project p ON p.id = l.project_id JOIN programme_donor d ON d.id = p.donor_id
                        WHERE p.starts_on <= :day AND p.ends_on >= :day ORDER BY d.name, p.name, p.id, l.position""")
                .param("day", day).query((rs, n) -> new ChargeableLine(rs.getObject("id", UUID.class), rs.getString("donor"),
                        rs.getString("project"), rs.getString("name"))).list();
    }

    /**
     * Each line with its budget, what was charged to it (receipts at their unit cost, cash handed
     * out, business grants of reintegration) and how many distinct persons its assistance, cash and
     * grants reached: each source counts only the persons no earlier source counted (as H2 takes no UNION here).
     */
    public List<LineSpending> spending(UUID projectId) {
        return spending(projectId, null, null);
    }

    /** The same, counting only what was given, paid or bought from {@code from} to {@code to} (both included; null: no bound). */
    public List<LineSpending> spending(UUID projectId, LocalDate from, LocalDate to) {
        return bounded(jdbc.sql("""
                        SELECT l.id, l.name, l.budget_xof,
                               (SELECT COALESCE(SUM(m.quantity * m.unit_cost_xof), 0) FROM shelter_stock_movement m
                                WHERE m.project_line_id = l.id AND m.kind = 'RECEIPT' AND m.unit_cost_xof IS NOT NULL
                                AND m.recorded_at >= :start AND m.recorded_at < :end)
                             + (SELECT COALESCE(SUM(c.amount_xof), 0) FROM shelter_cash_assistance c
                                JOIN shelter_cash_distribution d ON d.id = c.distribution_id WHERE d.project_line_id = l.id
                                AND d.given_at >= :start AND d.given_at < :end) AS spent,
                               (SELECT COALESCE(SUM(g.amount_xof), 0) FROM reintegration_grant g WHERE g.project_line_id = l.id
                                AND g.granted_on BETWEEN :from AND :to) AS granted,
                               (SELECT COUNT(DISTINCT a.person_id) FROM shelter_assistance a
                                WHERE a.project_line_id = l.id AND a.outcome = 'GIVEN' AND a.given_at >= :start AND a.given_at < :end)
                             + (SELECT COUNT(DISTINCT c.person_id) FROM shelter_cash_assistance c
                                JOIN shelter_cash_distribution d ON d.id = c.distribution_id WHERE d.project_line_id = l.id
                                AND d.given_at >= :start AND d.given_at < :end
                                AND NOT EXISTS (SELECT 1 FROM shelter_assistance a WHERE a.project_line_id = l.id
                                                AND a.outcome = 'GIVEN' AND a.person_id = c.person_id AND a.given_at >= :start AND a.given_at < :end))
                             + (SELECT COUNT(DISTINCT g.person_id) FROM reintegration_grant g WHERE g.project_line_id = l.id
                                AND g.granted_on BETWEEN :from AND :to
                                AND NOT EXISTS (SELECT 1 FROM shelter_assistance a WHERE a.project_line_id = l.id
                                                AND a.outcome = 'GIVEN' AND a.person_id = g.person_id AND a.given_at >= :start AND a.given_at < :end)
                                AND NOT EXISTS (SELECT 1 FROM shelter_cash_assistance c JOIN shelter_cash_distribution d
                                                ON d.id = c.distribution_id WHERE d.project_line_id = l.id AND c.person_id = g.person_id
                                                AND d.given_at >= :start AND d.given_at < :end)) AS reached
                        FROM programme_budget_line l WHERE l.project_id = :p ORDER BY l.position"""), from, to)
                .param("p", projectId)
                .query((rs, n) -> new LineSpending(rs.getObject("id", UUID.class), rs.getString("name"), rs.getLong("budget_xof"),
                        rs.getLong("spent") + rs.getLong("granted"), rs.getLong("granted"), rs.getLong("reached"))).list();
    }

    /** Distinct persons reached by the project's assistance, cash and grants, all lines together. */
    public long peopleReached(UUID projectId) {
        return peopleReached(projectId, null, null);
    }

    /** The same, reached from {@code from} to {@code to} (both included; null: no bound). */
    public long peopleReached(UUID projectId, LocalDate from, LocalDate to) {
        return bounded(jdbc.sql("""
                        SELECT COUNT(DISTINCT x.person_id) FROM (
                            SELECT a.person_id FROM shelter_assistance a JOIN programme_budget_line l ON l.id = a.project_line_id
                            WHERE l.project_id = :p AND a.outcome = 'GIVEN' AND a.given_at >= :start AND a.given_at < :end
                            UNION SELECT c.person_id FROM shelter_cash_assistance c JOIN shelter_cash_distribution d ON d.id = c.distribution_id
                            JOIN programme_budget_line l ON l.id = d.project_line_id WHERE l.project_id = :p
                            AND d.given_at >= :start AND d.given_at < :end
                            UNION SELECT g.person_id FROM reintegration_grant g JOIN programme_budget_line l ON l.id = g.project_line_id
                            WHERE l.project_id = :p AND g.granted_on BETWEEN :from AND :to) x"""), from, to)
                .param("p", projectId).query(Long.class).single();
    }

    /** Binds the days counted: {@code from}/{@code to} for dates, {@code start}/{@code end} (UTC) for instants; null ends open. */
    private static JdbcClient.StatementSpec bounded(JdbcClient.StatementSpec statement, LocalDate from, LocalDate to) {
        LocalDate first = from == null ? LocalDate.of(1900, 1, 1) : from;
        LocalDate last = to == null ? LocalDate.of(2999, 12, 31) : to;
        return statement.param("from", first).param("to", last).param("start", first.atStartOfDay().atOffset(ZoneOffset.UTC))
                .param("end", last.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
    }

    /** One row of the donor export, before the age is banded and the region named. */
    public record ExportRow(String fileNumber, boolean restricted, String sex, LocalDate birthDate, String regionCode, String regionText,
                            String item, String line, OffsetDateTime givenAt, int quantity, Long unitCostXof) {
    }

    /**
     * The assistance given under the project's lines, oldest first, with what the donor may see of
     * each person and the average unit cost of the item's receipts at that centre; cash as one
     * row per person, its item the mode of payment ({@code CASH}, {@code MOBILE_MONEY}); business
     * grants as one row each ({@code GRANT_CASH}, {@code GRANT_IN_KIND}) on their day. No name is read.
     */
    public List<ExportRow> export(UUID projectId) {
        List<ExportRow> rows = new ArrayList<>(jdbc.sql("""
                        SELECT p.file_number, p.restricted, p.sex, p.birth_date, p.origin_region_code, p.origin_region_text,
                               a.item_code, l.name AS line_name, a.given_at, a.quantity,
                               (SELECT SUM(m.quantity * m.unit_cost_xof) / NULLIF(SUM(m.quantity), 0) FROM shelter_stock_movement m
                                WHERE m.centre_id = a.centre_id AND m.item_code = a.item_code AND m.kind = 'RECEIPT'
                                  AND m.unit_cost_xof IS NOT NULL) AS unit_cost, a.id
                        FROM shelter_assistance a JOIN programme_budget_line l ON l.id = a.project_line_id
                        JOIN person p ON p.id = a.person_id
                        WHERE l.project_id = :p AND a.outcome = 'GIVEN'
                        UNION ALL
                        SELECT p.file_number, p.restricted, p.sex, p.birth_date, p.origin_region_code, p.origin_region_text,
                               d.payment_mode, l.name, d.given_at, 1, c.amount_xof, c.id
                        FROM shelter_cash_assistance c JOIN shelter_cash_distribution d ON d.id = c.distribution_id
                        JOIN programme_budget_line l ON l.id = d.project_line_id JOIN person p ON p.id = c.person_id
                        WHERE l.project_id = :p
                        ORDER BY given_at, id""")
                .param("p", projectId)
                .query((rs, n) -> new ExportRow(rs.getString("file_number"), rs.getBoolean("restricted"), rs.getString("sex"),
                        rs.getObject("birth_date", LocalDate.class), rs.getString("origin_region_code"), rs.getString("origin_region_text"),
                        rs.getString("item_code"), rs.getString("line_name"), rs.getObject("given_at", OffsetDateTime.class),
                        rs.getInt("quantity"), rs.getObject("unit_cost") == null ? null : rs.getLong("unit_cost"))).list());
        rows.addAll(grants(projectId));
        // A grant has a day, not an instant: it takes the start of its day (Bamako is UTC); the sort keeps the order of equals.
        rows.sort(Comparator.comparing(ExportRow::givenAt));
        return rows;
    }

    private List<ExportRow> grants(UUID projectId) {
        return jdbc.sql("""
                        SELECT p.file_number, p.restricted, p.sex, p.birth_date, p.origin_region_code, p.origin_region_text,
                               g.kind, l.name AS line_name, g.granted_on, g.amount_xof
                        FROM reintegration_grant g JOIN programme_budget_line l ON l.id = g.project_line_id
                        JOIN person p ON p.id = g.person_id
                        WHERE l.project_id = :p ORDER BY g.granted_on, g.created_at, g.id""")
                .param("p", projectId)
                .query((rs, n) -> new ExportRow(rs.getString("file_number"), rs.getBoolean("restricted"), rs.getString("sex"),
                        rs.getObject("birth_date", LocalDate.class), rs.getString("origin_region_code"), rs.getString("origin_region_text"),
                        "GRANT_" + rs.getString("kind"), rs.getString("line_name"),
                        rs.getObject("granted_on", LocalDate.class).atStartOfDay().atOffset(ZoneOffset.UTC), 1, rs.getLong("amount_xof"))).list();
    }
}
