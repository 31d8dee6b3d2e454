package org.sira.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.sira.programmes.LineSpending;

/**
 * What one project did over its whole life (or in {@code period} when one is asked: null otherwise), for its donor: the distinct persons its assistance
 * reached, what was given by item, and each budget line's spending against its budget (stock
 * bought at its unit cost, cash and business grants, as the project's own page counts it).
 */
public record DonorReport(UUID projectId, String project, String donor, LocalDate from, LocalDate to, ReportPeriod period, long peopleReached,
                          List<Item> assistance, long budgetXof, long spentXof, List<LineSpending> lines) {

    /** One item given under the project: how many, to how many distinct persons. */
    public record Item(String item, long quantity, long persons) {
    }
}
