package org.sira.reports.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whose services a report counts when a reader narrows it: persons who arrived through one arrival
 * point (any of their returns not removed, whatever its date), and persons one project reached
 * (an item given, cash or a business grant charged to one of its budget lines, whatever the date:
 * the people a donor's page counts as reached). Either, both or neither.
 */
public record PersonScope(String arrivalPoint, UUID project) {

    public static final PersonScope EVERYONE = new PersonScope(null, null);

    /** The persons a project reached, as the project's own page counts them. */
    static final String PROJECT_PERSONS = """
            SELECT pa.person_id FROM shelter_assistance pa JOIN programme_budget_line pl ON pl.id = pa.project_line_id
            WHERE pl.project_id = :project AND pa.outcome = 'GIVEN'
            UNION SELECT pc.person_id FROM shelter_cash_assistance pc JOIN shelter_cash_distribution pd ON pd.id = pc.distribution_id
            JOIN programme_budget_line pl ON pl.id = pd.project_line_id WHERE pl.project_id = :project
            UNION SELECT pg.person_id FROM reintegration_grant pg JOIN programme_budget_line pl ON pl.id = pg.project_line_id
            WHERE pl.project_id = :project""";

    public PersonScope {
        arrivalPoint = arrivalPoint == null || arrivalPoint.isBlank() ? null : arrivalPoint.strip();
    }

    /** Conditions ({@code AND …}, or nothing) on the person column {@code column} of a row. */
    public String persons(String column) {
        return (arrivalPoint == null ? "" : " AND " + column + " IN (SELECT rp.person_id FROM person_return rp WHERE rp.voided = FALSE"
                + " AND LOWER(rp.arrival_point) = LOWER(:point))") + reached(column);
    }

    /** The project's condition alone ({@code AND …}, or nothing) on a person column. */
    String reached(String column) {
        return project == null ? "" : " AND " + column + " IN (" + PROJECT_PERSONS + ")";
    }

    /** The project's condition ({@code AND …}, or nothing) on what was charged: a budget line column. */
    public String charged(String lineColumn) {
        return project == null ? "" : " AND " + lineColumn + " IN (SELECT pl.id FROM programme_budget_line pl WHERE pl.project_id = :project)";
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        if (arrivalPoint != null) {
            statement = statement.param("point", arrivalPoint);
        }
        return project == null ? statement : statement.param("project", project);
    }
}
