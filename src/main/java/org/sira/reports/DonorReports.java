package org.sira.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.sira.programmes.ProjectFigures;
import org.sira.programmes.Programmes;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The donor report: a project's figures from programmes, with what its lines paid for, item by item. */
@Service
public class DonorReports {

    static final String ITEMS = """
            SELECT a.item_code, SUM(a.quantity) AS quantity, COUNT(DISTINCT a.person_id) AS persons
            FROM shelter_assistance a JOIN programme_budget_line l ON l.id = a.project_line_id
            WHERE l.project_id = :project AND a.outcome = 'GIVEN' AND a.given_at >= :start AND a.given_at < :end GROUP BY a.item_code ORDER BY a.item_code""";

    private final Programmes programmes;
    private final JdbcClient jdbc;

    DonorReports(Programmes programmes, JdbcClient jdbc) {
        this.programmes = programmes;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public DonorReport report(UUID projectId) {
        return report(projectId, null);
    }

    /** The same for what was given, paid or bought in {@code period}; null for the project's whole life. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAuthority('STATISTICS_READ')")
    public DonorReport report(UUID projectId, ReportPeriod period) {
        LocalDate from = period == null ? null : period.from();
        LocalDate to = period == null ? null : period.to();
        ProjectFigures figures = programmes.figures(projectId, from, to);
        OffsetDateTime start = (from == null ? LocalDate.of(1900, 1, 1) : from).atStartOfDay().atOffset(ZoneOffset.UTC);
        OffsetDateTime end = (to == null ? LocalDate.of(3000, 1, 1) : to.plusDays(1)).atStartOfDay().atOffset(ZoneOffset.UTC);
        var items = jdbc.sql(ITEMS).param("project", projectId).param("start", start).param("end", end)
                .query((rs, row) -> new DonorReport.Item(rs.getString("item_code"), rs.getLong("quantity"), rs.getLong("persons")))
                .list();
        var project = figures.project();
        return new DonorReport(project.id(), project.name(), project.donorName(), project.from(), project.to(), period,
                figures.peopleReached(), items, figures.budgetXof(), figures.spentXof(), figures.lines());
    }
}
