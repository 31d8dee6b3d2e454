package org.sira.reports.internal;

import org.sira.reports.ReportPeriod;

import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Which returns a report counts: those not removed whose arrival date lies in the period, both
 * ends included, optionally at one arrival point (as written, whatever its case). Every report
 * and the statistics endpoint count through this one clause, so one figure is one figure everywhere.
 */
public record ReturnFilter(LocalDate from, LocalDate to, String arrivalPoint) {

    public ReturnFilter {
        arrivalPoint = arrivalPoint == null || arrivalPoint.isBlank() ? null : arrivalPoint.strip();
    }

    public static ReturnFilter of(ReportPeriod period, String arrivalPoint) {
        return new ReturnFilter(period.from(), period.to(), arrivalPoint);
    }

    /** The WHERE condition on the returns table named {@code r}. */
    public String where() {
        return "r.arrival_date BETWEEN :from AND :to AND r.voided = FALSE"
                + (arrivalPoint == null ? "" : " AND LOWER(r.arrival_point) = LOWER(:point)");
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        statement = statement.param("from", from).param("to", to);
        return arrivalPoint == null ? statement : statement.param("point", arrivalPoint);
    }
}
