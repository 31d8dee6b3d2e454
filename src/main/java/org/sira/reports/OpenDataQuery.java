package org.sira.reports;

import java.time.LocalDate;
import java.util.List;

/**
 * What an open-data export covers: arrivals from {@code from} to {@code to} (both included, both
 * required, as for the statistics endpoint), grouped by period and broken down by the dimensions,
 * in the order given.
 */
public record OpenDataQuery(LocalDate from, LocalDate to, OpenDataPeriod period, List<OpenDataDimension> by) {

    public OpenDataQuery {
        ReturnStatistics.checkPeriod(from, to);
        by = List.copyOf(by);
    }
}
