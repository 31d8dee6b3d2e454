package org.sira.reports;

import java.util.UUID;

import org.sira.reports.internal.PersonScope;
import org.sira.shared.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What a reader may narrow a report to, checked: an arrival point as written, a project that exists. */
@Component
class ReportScopes {

    /** An arrival point is matched as written; longer text is no arrival point Sira holds. */
    static final int ARRIVAL_POINT_MAX = 100;

    private final JdbcClient jdbc;

    ReportScopes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static PersonScope scope(String arrivalPoint, UUID project) {
        if (arrivalPoint != null && arrivalPoint.length() > ARRIVAL_POINT_MAX) {
            throw InvalidInputException.of("arrivalPoint", "validation.Size", ARRIVAL_POINT_MAX, 0);
        }
        return new PersonScope(arrivalPoint, project);
    }

    /** The project asked for with its names, null when none was; an id that is no project is a bad request. */
    ReportProject project(UUID id) {
        if (id == null) {
            return null;
        }
        return jdbc.sql("""
                        SELECT p.name, d.name AS donor FROM programme_project p JOIN programme_donor d ON d.id = p.donor_id
                        WHERE p.id = :id""").param("id", id)
                .query((rs, row) -> new ReportProject(id, rs.getString("name"), rs.getString("donor"))).optional()
                .orElseThrow(() -> InvalidInputException.of("project", "report.project.invalid"));
    }
}
