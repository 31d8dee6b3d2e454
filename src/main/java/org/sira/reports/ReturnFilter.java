package org.sira.reports;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which returns a report counts: those not removed whose arrival date lies in the period, both
 * ends included, optionally at one arrival point (as written, whatever its case). Every report
 * and the statistics endpoint count through this one clause, so one figure is one figure everywhere.
 */
record ReturnFilter(LocalDate from, LocalDate to, String arrivalPoint) {

    ReturnFilter {
        arrivalPoint = arrivalPoint == null || arrivalPoint.isBlank() ? null : arrivalPoint.strip();
    }

    static ReturnFilter of(ReportPeriod period, String arrivalPoint) {
        return new ReturnFilter(period.from(), period.to(), arrivalPoint);
    }

    /** The WHERE condition on the returns table named {@code r}. */
    String where() {
        return "r.arrival_date BETWEEN :from AND :to AND r.voided = FALSE"
                + (arrivalPoint == null ? "" : " AND LOWER(r.arrival_point) = LOWER(:point)");
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        statement = statement.param("from", from).param("to", to);
        return arrivalPoint == null ? statement : statement.param("point", arrivalPoint);
    }
}
