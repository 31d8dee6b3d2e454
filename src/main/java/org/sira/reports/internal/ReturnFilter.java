package org.sira.reports.internal;

import org.sira.reports.ReportPeriod;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which returns a report counts: those not removed whose arrival date lies in the period, both
 * ends included, optionally at one arrival point (as written, whatever its case) and of the persons
 * one project reached ({@link PersonScope}: a programme's returnees are those its budget lines gave
 * something to, at any date). Every report and the statistics endpoint count through this one
 * clause, so one figure is one figure everywhere.
 */
public record ReturnFilter(LocalDate from, LocalDate to, String arrivalPoint, UUID project) {

    public ReturnFilter {
        arrivalPoint = arrivalPoint == null || arrivalPoint.isBlank() ? null : arrivalPoint.strip();
    }

    public ReturnFilter(LocalDate from, LocalDate to, String arrivalPoint) {
        this(from, to, arrivalPoint, null);
    }

    public static ReturnFilter of(ReportPeriod period, PersonScope scope) {
        return new ReturnFilter(period.from(), period.to(), scope.arrivalPoint(), scope.project());
    }

    /** The WHERE condition on the returns table named {@code r}. */
    public String where() {
        return "r.arrival_date BETWEEN :from AND :to AND r.voided = FALSE"
                + (arrivalPoint == null ? "" : " AND LOWER(r.arrival_point) = LOWER(:point)")
                + new PersonScope(null, project).reached("r.person_id");
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return new PersonScope(arrivalPoint, project).bind(statement.param("from", from).param("to", to));
    }
}
